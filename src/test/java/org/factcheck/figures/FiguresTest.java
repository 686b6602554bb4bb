package org.factcheck.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.factcheck.figures.Comparison.Verdict;
import org.junit.jupiter.api.Test;

class FiguresTest {

    private static Figure fig(String text) {
        return fig(text, null);
    }

    private static Figure fig(String text, LocalDate published) {
        var fs = FigureExtractor.extract(text, published);
        assertEquals(1, fs.size(), () -> text + " -> " + fs);
        return fs.get(0);
    }

    @Test
    void exactInsideHedged() {
        Comparison c = Figures.compare(fig("19 per cent"), fig("roughly 20%"));
        assertEquals(Verdict.AGREE, c.verdict());
        assertEquals("19 % lies inside roughly 20 % = 18–22 %", c.reason());
    }

    @Test
    void equalDurations() {
        Comparison c = Figures.compare(fig("a 15-year term"), fig("15 years"));
        assertEquals(Verdict.AGREE, c.verdict());
        assertEquals("15 year equals 15 year", c.reason());
    }

    @Test
    void differentKinds() {
        Comparison c = Figures.compare(fig("44,600 km2"), fig("88 per cent"));
        assertEquals(Verdict.INCOMPARABLE, c.verdict());
        assertEquals("44,600 km2 vs 88 %: different kinds (area, percent), not compared", c.reason());
    }

    @Test
    void differentCurrencies() {
        Comparison c = Figures.compare(fig("$800 billion"), fig("€700 billion"));
        assertEquals(Verdict.INCOMPARABLE, c.verdict());
        assertEquals("$800 billion (800,000,000,000 USD) vs €700 billion (700,000,000,000 EUR): different "
                + "currencies, not compared", c.reason());
    }

    @Test
    void sameMoneyDifferentSpelling() {
        Comparison c = Figures.compare(fig("$800bn"), fig("$0.8 trillion"));
        assertEquals(Verdict.AGREE, c.verdict());
    }

    @Test
    void disagreeingExactFigures() {
        Comparison c = Figures.compare(fig("19 per cent"), fig("25%"));
        assertEquals(Verdict.DISAGREE, c.verdict());
        assertEquals("19 % differs from 25 %, more than the ±1 % tolerance", c.reason());
    }

    @Test
    void toleranceOverride() {
        assertEquals(Verdict.DISAGREE, Figures.compare(fig("19 per cent"), fig("20%")).verdict());
        Comparison c = Figures.compare(fig("19 per cent"), fig("20%"), 0.05);
        assertEquals(Verdict.AGREE, c.verdict());
        assertEquals("19 % is within 5 % of 20 %", c.reason());
    }

    @Test
    void hedgedIntervals() {
        assertEquals(Verdict.AGREE, Figures.compare(fig("more than 9,000 households"),
                fig("9,400 households")).verdict());
        assertEquals(Verdict.DISAGREE, Figures.compare(fig("fewer than 5,000 households"),
                fig("more than 9,000 households")).verdict());
        Comparison c = Figures.compare(fig("nearly 20%"), fig("about 21%"));
        assertEquals(Verdict.AGREE, c.verdict());
        assertEquals("nearly 20 % = 18–20 % overlaps about 21 % = 20–22 %", c.reason());
        Comparison d = Figures.compare(fig("nearly 20%"), fig("about 25%"));
        assertEquals(Verdict.DISAGREE, d.verdict());
        assertEquals("nearly 20 % = 18–20 % does not overlap about 25 % = 24–26 %", d.reason());
    }

    @Test
    void countsNeedTheSameNoun() {
        assertEquals(Verdict.AGREE, Figures.compare(fig("35 countries"), fig("35 country")).verdict());
        assertEquals(Verdict.INCOMPARABLE, Figures.compare(fig("35 countries"), fig("35 drones")).verdict());
    }

    @Test
    void dates() {
        Comparison inside = Figures.compare(fig("August 15, 2025"), fig("August 2025"));
        assertEquals(Verdict.AGREE, inside.verdict());
        assertEquals("2025-08-15 lies inside 2025-08 (2025-08-01–2025-08-31)", inside.reason());
        Comparison off = Figures.compare(fig("August 15, 2025"), fig("August 16, 2025"), 0.5);
        assertEquals(Verdict.DISAGREE, off.verdict());
    }

    @Test
    void durationsInDifferentUnits() {
        Comparison c = Figures.compare(fig("24 hours"), fig("a 1-day truce"));
        assertEquals(Verdict.AGREE, c.verdict());
        assertEquals("24 hour equals 1 day (compared in days)", c.reason());
    }

    @Test
    void ranges() {
        Comparison c = Figures.compare(fig("21%"), fig("18-22%"));
        assertEquals(Verdict.AGREE, c.verdict());
        assertEquals("21 % lies inside 18–22 %", c.reason());
        Comparison d = Figures.compare(fig("between 1,000 and 1,500 troops"), fig("2,000 troops"));
        assertEquals(Verdict.DISAGREE, d.verdict());
        assertEquals("2,000 troops lies outside 1,000–1,500 troops", d.reason());
    }

    @Test
    void percentagePointsAreNotPercent() {
        Comparison c = Figures.compare(fig("0.4 percentage points"), fig("0.4%"));
        assertEquals(Verdict.INCOMPARABLE, c.verdict());
        assertEquals("0.4 pp vs 0.4 %: different units (pp, %), not compared", c.reason());
    }

    @Test
    void countWithoutNounIsOnlyComparedWithAnother() {
        assertEquals(Verdict.INCOMPARABLE, Figures.compare(fig("turn 18 in July"), fig("18 drones")).verdict());
        assertEquals(Verdict.AGREE, Figures.compare(fig("turn 18 in July"), fig("scored 18, he")).verdict());
    }

    @Test
    void ordinalsAndRatios() {
        assertEquals("6th equals 6th", Figures.compare(fig("their sixth meeting"), fig("the 6th round")).reason());
        assertEquals(Verdict.DISAGREE, Figures.compare(fig("the 47th President"), fig("the 45th President"))
                .verdict());
        assertEquals("×5 equals ×5", Figures.compare(fig("a five-fold increase"), fig("rose fivefold")).reason());
        assertEquals(Verdict.DISAGREE, Figures.compare(fig("tripled"), fig("doubled")).verdict());
    }

    @Test
    void dateToleranceIsNeverApplied() {
        Comparison c = Figures.compare(fig("August 15, 2025"), fig("August 16, 2025"), 0.5);
        assertEquals("2025-08-15 differs from 2025-08-16", c.reason());
        Comparison y = Figures.compare(fig("in 2024"), fig("the 2025 blowout"));
        assertEquals(Verdict.DISAGREE, y.verdict());
        Comparison resolved = Figures.compare(fig("six months ago", LocalDate.of(2025, 8, 17)), fig("in February 2025"));
        assertEquals(Verdict.AGREE, resolved.verdict());
        assertEquals("2025-02 equals 2025-02", resolved.reason());
    }

    @Test
    void durationsInDays() {
        Comparison c = Figures.compare(fig("two weeks"), fig("10 days"));
        assertEquals(Verdict.DISAGREE, c.verdict());
        assertEquals("2 week differs from 10 day (compared in days)", c.reason());
        assertEquals(Verdict.AGREE, Figures.compare(fig("twelve months"), fig("a 1-year term")).verdict());
    }

    @Test
    void moneyRoundingIsWithinDefaultTolerance() {
        Comparison c = Figures.compare(fig("$66.5bn"), fig("$66.47 billion"));
        assertEquals(Verdict.AGREE, c.verdict());
        assertEquals("$66.5bn (66,500,000,000 USD) is within 1 % of $66.47 billion (66,470,000,000 USD)", c.reason());
        assertEquals(0.01, Figures.defaultTolerance(Kind.MONEY));
        assertEquals(0.0, Figures.defaultTolerance(Kind.DURATION));
    }

    @Test
    void jsonForms() {
        Figure money = fig("$800 billion");
        assertEquals(800_000_000_000L, money.jsonValue());
        assertEquals(800_000_000_000L, money.jsonLow());
        Figure pct = fig("3.4pc");
        assertEquals(3.4, pct.jsonValue());
        Figure up = fig("up to 1,500 troops");
        assertEquals(null, up.jsonLow());
        assertEquals(1500L, up.jsonHigh());
        assertEquals("≤ 1,500 troops", up.normalised());
        Figure decade = fig("the 1990s");
        assertEquals("1990/1999", decade.jsonValue());
        assertEquals("1990-01-01", decade.jsonLow());
        assertEquals("1999-12-31", decade.jsonHigh());
        Figure resolved = fig("last July", LocalDate.of(2026, 1, 17));
        assertEquals(true, resolved.resolved());
        assertEquals("2025-07", resolved.normalised());
    }
}
