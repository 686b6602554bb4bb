package org.factcheck.figures;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /** A figure with an explicit reading interval, as the reader makes it once precision is applied. */
    private static Figure read(Kind kind, double value, String unit, double readLow, double readHigh) {
        return new Figure(0, 1, Numbers.format(value), kind, value, unit, value, value, null, null, false, readLow, readHigh);
    }

    private static Comparison cmp(String a, String b) {
        return Figures.compare(fig(a), fig(b));
    }

    /**
     * The extracted figure read exactly as stated (reading interval = stated interval): tests of
     * the comparison's own rules and wording, independent of the reader's precision table.
     */
    private static Figure stated(String text) {
        Figure f = fig(text);
        return new Figure(f.start(), f.end(), f.text(), f.kind(), f.value(), f.unit(), f.low(), f.high(), f.hedge(), f.iso(),
                f.resolved(), f.low(), f.high());
    }

    private static Comparison stated(String a, String b) {
        return Figures.compare(stated(a), stated(b));
    }

    /** A figure built by hand: its stated interval is also its reading. */
    private static Figure hand(String text, Kind kind, String unit, double value, Double low, Double high) {
        return new Figure(0, text.length(), text, kind, value, unit, low, high, null, null);
    }

    @Test
    void exactInsideHedged() {
        Comparison c = Figures.compare(hand("19 per cent", Kind.PERCENT, "%", 19, 19.0, 19.0),
                hand("roughly 20%", Kind.PERCENT, "%", 20, 18.0, 22.0));
        assertEquals(Verdict.AGREE, c.verdict());
        assertEquals("19 per cent vs roughly 20%: both percentages, compared in points; 19 % lies inside 18–22 %", c.reason());
        assertEquals(new Quantity(Kind.PERCENT, "%"), c.a());
        assertEquals(c.a(), c.b());
    }

    @Test
    void equalDurations() {
        Comparison c = stated("a 15-year term", "15 years");
        assertEquals(Verdict.AGREE, c.verdict());
        assertEquals("15-year vs 15 years: both durations, compared in years; equal at 15 years", c.reason());
    }

    @Test
    void differentKindsSayWhatToDo() {
        Comparison c = cmp("44,600 km2", "88 per cent");
        assertEquals(Verdict.INCOMPARABLE, c.verdict());
        assertEquals("44,600 km2 vs 88 per cent: different kinds (area in km², percentage): figures of different kinds are "
                + "never compared; name the figure the claim is about with `figure:`, or split the claim", c.reason());
        assertFalse(c.compared());
    }

    @Test
    void differentCurrenciesAreNeverConvertedWithoutAStatedRate() {
        Comparison c = cmp("$50 billion", "€50 billion");
        assertEquals(Verdict.INCOMPARABLE, c.verdict());
        assertEquals("$50 billion vs €50 billion: different currencies (USD, EUR) and the claim states no rate between them: "
                + "to compare them, state the rate and where it comes from in the claim's `rates:` (e.g. `{from: USD, to: EUR, "
                + "rate: …, source: …}`); otherwise cite sources in one currency or split the claim", c.reason());
        // A rate for another pair changes nothing.
        Comparison other = Figures.compare(fig("$50 billion"), null, fig("€50 billion"), null, null,
                java.util.List.of(new Rate("GBP", "USD", 1.3, "BoE")));
        assertEquals(Verdict.INCOMPARABLE, other.verdict());
    }

    @Test
    void aStatedRateConvertsOneSumByMultiplyingItsIntervalAndTheUsualRuleDecides() {
        java.util.List<Rate> rates = java.util.List.of(new Rate("EUR", "USD", 1.08, "ECB"));
        Comparison agree = Figures.compare(fig("$2.7 billion"), null, fig("€2.5 billion"), null, null, rates);
        assertEquals(Verdict.AGREE, agree.verdict(), agree.reason());
        assertEquals("$2.7 billion vs €2.5 billion: both in USD, €2.5 billion converted at the claim's rate of 1.08 USD per EUR "
                + "(ECB); 2,660,000,000–2,740,000,000 USD overlaps 2,656,800,000–2,743,200,000 USD", agree.reason());
        // Either order of the figures, the same verdict; the rate's "from" sum is the one converted.
        Comparison swapped = Figures.compare(fig("€2.5 billion"), null, fig("$2.7 billion"), null, null, rates);
        assertEquals(Verdict.AGREE, swapped.verdict(), swapped.reason());
        assertTrue(swapped.conversion().first());
        Comparison apart = Figures.compare(fig("$2.8 billion"), null, fig("€2.5 billion"), null, null, rates);
        assertEquals(Verdict.DISAGREE, apart.verdict(), apart.reason());
        // One-sided hedges keep their meaning after conversion: "more than €2.5 billion" is above $2.7 billion.
        Comparison hedged = Figures.compare(fig("nearly $2.7 billion"), null, fig("more than €2.5 billion"), null, null, rates);
        assertEquals(Verdict.DISAGREE, hedged.verdict(), hedged.reason());
    }

    @Test
    void aRateNeverConvertsAnythingButMoney() {
        java.util.List<Rate> rates = java.util.List.of(new Rate("EUR", "USD", 1.08, "ECB"));
        assertEquals(Verdict.INCOMPARABLE, Figures.compare(fig("$50 billion"), null, fig("50 billion people"), null, null, rates)
                .verdict());
        assertEquals(Verdict.INCOMPARABLE, Figures.compare(fig("€50 billion"), null, fig("50 per cent"), null, null, rates)
                .verdict());
    }

    @Test
    void dollarAliasesAreOneCurrency() {
        for (String other : new String[] {"US$50 billion", "USD 50 billion", "50 billion dollars", "$50bn"}) {
            Comparison c = cmp("$50 billion", other);
            assertEquals(Verdict.AGREE, c.verdict(), c.reason());
            assertEquals(new Quantity(Kind.MONEY, "USD"), c.b());
        }
        assertEquals(Verdict.AGREE, cmp("$800bn", "$0.8 trillion").verdict());
        // The editor's override names a currency in any of its spellings.
        Figure printed = fig("50 billion");
        for (String unit : new String[] {"$", "US$", "usd", "dollars", "US dollars"}) {
            assertEquals(Verdict.AGREE, Figures.compare(fig("$50 billion"), null, moneyOf(printed), unit, null).verdict(), unit);
        }
        assertEquals(Verdict.INCOMPARABLE, Figures.compare(fig("$50 billion"), null, moneyOf(printed), "euros", null).verdict());
    }

    private static Figure moneyOf(Figure f) {
        return new Figure(f.start(), f.end(), f.text(), Kind.MONEY, f.value(), null, f.low(), f.high(), null, null);
    }

    @Test
    void disagreeingPercentagesDifferInPoints() {
        Comparison c = stated("19 per cent", "25%");
        assertEquals(Verdict.DISAGREE, c.verdict());
        assertEquals("19 per cent vs 25%: both percentages, compared in points; 19 % and 25 % differ by 6 points", c.reason());
    }

    @Test
    void noDefaultToleranceButTheClaimsWidening() {
        assertEquals(Verdict.DISAGREE, stated("19 per cent", "20%").verdict());
        Comparison c = Figures.compare(stated("19 per cent"), stated("20%"), 0.05);
        assertEquals(Verdict.AGREE, c.verdict());
        assertEquals("19 per cent vs 20%: both percentages, compared in points; 18.05–19.95 % overlaps 19–21 % "
                + "(each widened by the claim's tolerance of ±5 %)", c.reason());
    }

    @Test
    void precisionInTheReadingIntervalIsWhatAgrees() {
        // "$66.5bn" read to its last digit (66.45–66.55bn) holds "$66.47 billion": no hidden tolerance needed.
        Figure a = read(Kind.MONEY, 66.5e9, "USD", 66.45e9, 66.55e9);
        Figure b = read(Kind.MONEY, 66.47e9, "USD", 66.465e9, 66.475e9);
        Comparison c = Figures.compare(a, b);
        assertEquals(Verdict.AGREE, c.verdict());
        assertEquals("66,500,000,000 vs 66,470,000,000: both in USD; 66,450,000,000–66,550,000,000 USD overlaps "
                + "66,465,000,000–66,475,000,000 USD", c.reason());
        // The stated values alone (low = high) would not meet: the reading interval decides.
        Figure bare = new Figure(0, 1, "x", Kind.MONEY, 66.47e9, "USD", 66.47e9, 66.47e9, null, null);
        assertEquals(Verdict.DISAGREE, Figures.compare(new Figure(0, 1, "y", Kind.MONEY, 66.5e9, "USD", 66.5e9, 66.5e9,
                null, null), bare).verdict());
        Figure around64 = read(Kind.PERCENT, 64, "%", 63, 65);
        assertEquals(Verdict.DISAGREE, Figures.compare(around64, read(Kind.PERCENT, 58, "%", 57.5, 58.5)).verdict());
        assertEquals(Verdict.AGREE, Figures.compare(around64, read(Kind.PERCENT, 65, "%", 64.5, 65.5)).verdict());
    }

    @Test
    void hedgedIntervals() {
        assertEquals(Verdict.AGREE, cmp("more than 9,000 households", "9,400 households").verdict());
        Comparison open = stated("fewer than 5,000 households", "more than 9,000 households");
        assertEquals(Verdict.DISAGREE, open.verdict());
        assertEquals("fewer than 5,000 households vs more than 9,000 households: both count households; ≤ 5,000 does not "
                + "overlap ≥ 9,000", open.reason());
        Comparison c = Figures.compare(hand("nearly 20%", Kind.PERCENT, "%", 20, 18.0, 20.0),
                hand("about 21%", Kind.PERCENT, "%", 21, 18.9, 23.1));
        assertEquals(Verdict.AGREE, c.verdict());
        assertEquals("nearly 20% vs about 21%: both percentages, compared in points; 18–20 % overlaps 18.9–23.1 %", c.reason());
        assertEquals(Verdict.DISAGREE, cmp("nearly 20%", "about 25%").verdict());
    }

    @Test
    void countsNeedTheSameThing() {
        assertEquals(Verdict.AGREE, cmp("35 countries", "35 country").verdict());
        Comparison c = cmp("35 countries", "35 drones");
        assertEquals(Verdict.INCOMPARABLE, c.verdict());
        assertEquals("35 countries vs 35 drones: different things counted (countries, drones): if they are the same "
                + "thing, set `unit:` on a source", c.reason());
    }

    @Test
    void synonymsOfCountedNouns() {
        Comparison c = cmp("12,000 servicemen", "9,000 soldiers");
        assertEquals(Verdict.DISAGREE, c.verdict());
        assertTrue(c.reason().startsWith("12,000 servicemen vs 9,000 soldiers: both count soldiers; "), c.reason());
        assertEquals("12,000 servicemen vs 9,000 soldiers: both count soldiers; 12,000 and 9,000 differ by 3,000",
                stated("12,000 servicemen", "9,000 soldiers").reason());
        assertEquals("count of soldiers", c.a().label());
        for (String s : new String[] {"12,000 troops", "12,000 service members", "12,000 military personnel",
            "12,000 personnel", "12,000 servicewomen"}) {
            assertEquals(Verdict.AGREE, cmp("12,000 soldiers", s).verdict(), s);
        }
        assertEquals(Verdict.AGREE, cmp("35 nations", "35 countries").verdict());
        assertEquals(Verdict.AGREE, cmp("27 member states", "27 countries").verdict());
        assertEquals(Verdict.AGREE, cmp("400 people", "400 individuals").verdict());
        assertEquals(Verdict.AGREE, cmp("400 UAVs", "400 drones").verdict());
        assertEquals(Verdict.AGREE, cmp("40 killed", "40 deaths").verdict());
        // Conservative: a wider or different group is not the same thing.
        assertEquals(Verdict.INCOMPARABLE, cmp("27 states", "27 countries").verdict());
        assertEquals(Verdict.INCOMPARABLE, cmp("400 members", "400 soldiers").verdict());
        assertEquals(Verdict.INCOMPARABLE, cmp("400 civilians", "400 people").verdict());
        assertEquals(Verdict.INCOMPARABLE, cmp("30 missiles", "30 drones").verdict());
    }

    @Test
    void quantityKeys() {
        assertEquals(new Quantity(Kind.COUNT, "soldier"), Quantity.of(fig("12,000 troops"), null));
        assertEquals(new Quantity(Kind.COUNT, "soldier"), Quantity.of(fig("12,000"), "US troops"));
        assertEquals(new Quantity(Kind.COUNT, "drone"), Quantity.of(fig("12,000 soldiers"), "drones"));
        assertEquals(new Quantity(Kind.COUNT, "medical personnel"), Quantity.of(fig("12,000"), "medical personnel"));
        assertEquals(new Quantity(Kind.COUNT, null), Quantity.of(fig("12,000"), null));
        assertEquals(new Quantity(Kind.DURATION, "day"), Quantity.of(fig("six weeks"), null));
        assertEquals(new Quantity(Kind.PERCENT, "pp"), Quantity.of(fig("3 per cent"), "percentage points"));
        // unit: never turns a printed currency into another: the printed one stands, and check reports the unit
        assertEquals(new Quantity(Kind.MONEY, "USD"), Quantity.of(fig("$5 billion"), "€"));
        assertTrue(Quantity.unitError(fig("$5 billion"), "€").contains("currencies are never converted"));
        assertEquals(new Quantity(Kind.DATE, null), Quantity.of(fig("August 2025"), "days"));
        assertEquals("count of people", Quantity.of(fig("400 persons"), null).label());
        assertEquals("money in USD", Quantity.of(fig("$5 billion"), null).label());
        assertTrue(Figures.comparable(Quantity.of(fig("12,000 troops"), null), Quantity.of(fig("5 servicemen"), null)));
        assertFalse(Figures.comparable(Quantity.of(fig("12,000 troops"), null), Quantity.of(fig("5 tanks"), null)));
    }

    @Test
    void singularRule() {
        String[][] pairs = {{"countries", "country"}, {"drones", "drone"}, {"servicemen", "serviceman"},
            {"people", "person"}, {"glasses", "glass"}, {"churches", "church"}, {"Ukrainians", "ukrainian"},
            {"personnel", "personnel"}, {"aircraft", "aircraft"}, {"women", "woman"}, {"lives", "life"},
            {"buses", "bus"}, {"status", "status"}, {"analysis", "analysis"}};
        for (String[] p : pairs) {
            assertEquals(p[1], Quantity.singular(p[0]), p[0]);
            assertEquals(p[1], Quantity.singular(p[1]), p[1]);
        }
        assertEquals("countries", Quantity.plural("country"));
        assertEquals("people", Quantity.plural("person"));
        assertEquals("servicemen", Quantity.plural("serviceman"));
        assertEquals("germans", Quantity.plural("german"));
        assertEquals("churches", Quantity.plural("church"));
    }

    @Test
    void calendarUnitsAreIntervalsOfDays() {
        // Agreement read from print holds whatever precision the reader adds (a wider reading never disagrees).
        assertEquals(Verdict.AGREE, cmp("three months", "90 days").verdict());
        assertEquals(Verdict.AGREE, cmp("40 to 45 days", "six weeks").verdict());
        Comparison months = stated("three months", "90 days");
        assertEquals(Verdict.AGREE, months.verdict());
        assertEquals("three months vs 90 days: both durations, compared in days; 90 days lies inside 89–92 days",
                months.reason());
        Comparison weeks = stated("40 to 45 days", "six weeks");
        assertEquals(Verdict.AGREE, weeks.verdict());
        assertEquals("40 to 45 days vs six weeks: both durations, compared in days; 42 days lies inside 40–45 days",
                weeks.reason());
        assertEquals(Verdict.AGREE, cmp("twelve months", "a 1-year term").verdict());
        assertEquals(Verdict.AGREE, cmp("18 months", "1.5 years").verdict());
        assertEquals(Verdict.AGREE, cmp("1 month", "31 days").verdict());
        assertEquals(Verdict.AGREE, cmp("1 month", "28 days").verdict());
        assertEquals(Verdict.DISAGREE, stated("1 month", "27 days").verdict());
        assertEquals(Verdict.DISAGREE, stated("three months", "95 days").verdict());
        assertEquals(Verdict.DISAGREE, stated("1 year", "360 days").verdict());
        assertEquals(Verdict.AGREE, cmp("four years", "1,461 days").verdict());
        assertEquals(Verdict.DISAGREE, stated("two weeks", "10 days").verdict());
        assertEquals(Verdict.AGREE, cmp("24 hours", "a 1-day truce").verdict());
        // In one printed unit, no conversion loosens the comparison.
        Comparison same = stated("3 months", "4 months");
        assertEquals("3 months vs 4 months: both durations, compared in months; 3 months and 4 months differ by 1 month",
                same.reason());
    }

    @Test
    void monthRunsFollowTheCalendar() {
        assertArrayEquals(new long[] {28, 31}, Quantity.monthRun(1));
        assertArrayEquals(new long[] {59, 62}, Quantity.monthRun(2));
        assertArrayEquals(new long[] {89, 92}, Quantity.monthRun(3));
        assertArrayEquals(new long[] {181, 184}, Quantity.monthRun(6));
        assertArrayEquals(new long[] {365, 366}, Quantity.monthRun(12));
        assertArrayEquals(new long[] {1460, 1461}, Quantity.monthRun(48));
        assertArrayEquals(new long[] {146_097, 146_097}, Quantity.monthRun(4800));
        assertEquals(3651 + 146_097, Quantity.monthRun(4920)[0]);
    }

    @Test
    void dates() {
        Comparison inside = cmp("August 15, 2025", "August 2025");
        assertEquals(Verdict.AGREE, inside.verdict());
        assertEquals("August 15, 2025 vs August 2025: both dates; 2025-08-15 lies inside 2025-08-01–2025-08-31",
                inside.reason());
        Comparison off = Figures.compare(fig("August 15, 2025"), fig("August 16, 2025"), 0.5);
        assertEquals(Verdict.DISAGREE, off.verdict());
        assertEquals("August 15, 2025 vs August 16, 2025: both dates; 2025-08-15 and 2025-08-16 are 1 day apart", off.reason());
        assertEquals(Verdict.DISAGREE, cmp("in 2024", "the 2025 blowout").verdict());
        Comparison resolved = Figures.compare(fig("six months ago", LocalDate.of(2025, 8, 17)), fig("in February 2025"));
        assertEquals(Verdict.AGREE, resolved.verdict());
        assertEquals("six months ago vs February 2025: both dates; both read 2025-02-01–2025-02-28", resolved.reason());
    }

    @Test
    void ranges() {
        Comparison c = stated("21%", "18-22%");
        assertEquals(Verdict.AGREE, c.verdict());
        assertEquals("21% vs 18-22%: both percentages, compared in points; 21 % lies inside 18–22 %", c.reason());
        Comparison d = stated("between 1,000 and 1,500 troops", "2,000 troops");
        assertEquals(Verdict.DISAGREE, d.verdict());
        assertEquals("between 1,000 and 1,500 troops vs 2,000 troops: both count soldiers; 2,000 lies outside 1,000–1,500",
                d.reason());
    }

    @Test
    void percentagePointsAreNotPercent() {
        Comparison c = cmp("0.4 percentage points", "0.4%");
        assertEquals(Verdict.INCOMPARABLE, c.verdict());
        assertEquals("0.4 percentage points vs 0.4%: a percentage and a change in percentage points are different measures: "
                + "if both are changes in points, set `unit: pp` on the other source; otherwise split the claim", c.reason());
        assertEquals(Verdict.AGREE, Figures.compare(fig("0.4 percentage points"), null, fig("0.4%"), "pp", null).verdict());
    }

    @Test
    void countWithoutNounIsOnlyComparedWithAnother() {
        Comparison c = cmp("turn 18 in July", "18 drones");
        assertEquals(Verdict.INCOMPARABLE, c.verdict());
        assertEquals("18 vs 18 drones: only one says what it counts (nothing named, drones): if the bare number counts "
                + "drones too, set `unit: drones` on its source", c.reason());
        Figure bare = hand("18", Kind.COUNT, null, 18, 18.0, 18.0);
        assertEquals(Verdict.AGREE, Figures.compare(bare, hand("18", Kind.COUNT, null, 18, 18.0, 18.0)).verdict());
        assertEquals(Verdict.INCOMPARABLE, Figures.compare(bare, hand("18 drones", Kind.COUNT, "drones", 18, 18.0, 18.0))
                .verdict());
        assertEquals(Verdict.AGREE, Figures.compare(fig("turn 18 in July"), "drones", fig("18 drones"), null, null).verdict());
    }

    @Test
    void ordinalsAndRatios() {
        assertEquals("sixth vs 6th: both ordinals; equal at 6th", cmp("their sixth meeting", "the 6th round").reason());
        assertEquals(Verdict.DISAGREE, cmp("the 47th President", "the 45th President").verdict());
        assertEquals(Verdict.DISAGREE, Figures.compare(fig("the 47th President"), fig("the 45th President"), 0.5).verdict());
        assertEquals(Verdict.AGREE, cmp("a five-fold increase", "rose fivefold").verdict());
        assertEquals(Verdict.DISAGREE, cmp("tripled", "doubled").verdict());
    }

    /** A ratio word is the percentage change it states, so it meets the same change written in per cent. */
    @Test
    void ratioWordsAreChangesInPerCent() {
        assertEquals(Verdict.AGREE, cmp("Exports doubled", "Exports rose by 100 per cent").verdict());
        assertEquals(Verdict.AGREE, cmp("Prices tripled", "Prices rose 200%").verdict());
        assertEquals(Verdict.DISAGREE, cmp("Prices tripled", "Prices rose 300%").verdict());
        assertEquals(Verdict.AGREE, cmp("a two-fold increase", "doubled").verdict());
        assertEquals(Verdict.AGREE, cmp("Sales halved", "Sales changed by -50%").verdict());
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

    @Test
    void aFortnightAgreesWithFourteenDaysNotWithAMonth() {
        assertEquals(Verdict.AGREE, cmp("The port has been closed for a fortnight.", "The port has been closed for 14 days.").verdict());
        assertEquals(Verdict.AGREE, cmp("Talks were suspended for two fortnights.", "Talks were suspended for four weeks.").verdict());
        assertEquals(Verdict.DISAGREE, cmp("The port has been closed for a fortnight.", "The port has been closed for 30 days.")
                .verdict());
        assertEquals(Verdict.DISAGREE, cmp("The port has been closed for a fortnight.", "The port has been closed for 10 days.")
                .verdict());
    }

    @Test
    void aCurrencyCodeGluedToItsSumIsThatCurrency() {
        Comparison c = cmp("Nestlé booked a CHF2.4bn write-down.", "UBS booked a loss of 2.4 billion Swiss francs.");
        assertEquals(Verdict.AGREE, c.verdict());
        assertEquals(new Quantity(Kind.MONEY, "CHF"), c.a());
        assertEquals(Verdict.DISAGREE, cmp("The lender set aside GBP1.2bn.", "The lender set aside £2bn.").verdict());
        assertEquals(Verdict.AGREE, cmp("The fund raised USD5m.", "The fund raised $5 million.").verdict());
        // never converted: Swiss francs and dollars are not compared
        assertEquals(Verdict.INCOMPARABLE, cmp("Nestlé booked a CHF2.4bn write-down.", "Nestlé booked a $2.4bn write-down.")
                .verdict());
    }

    @Test
    void temperaturesAreComparedInCelsius() {
        Comparison c = cmp("Overnight lows hit -12C in Kyiv.", "The temperature fell to minus 12 degrees Celsius.");
        assertEquals(Verdict.AGREE, c.verdict(), c::reason);
        assertEquals(new Quantity(Kind.TEMPERATURE, "°C"), c.a());
        assertEquals("temperature in °C", c.a().label());
        assertEquals(Verdict.DISAGREE, cmp("Overnight lows hit -12C in Kyiv.", "Overnight lows hit -5C in Kyiv.").verdict());
        assertEquals(Verdict.AGREE, cmp("Temperatures dropped to −12°C overnight.", "Overnight lows hit -12C in Kyiv.").verdict());
        assertEquals(Verdict.AGREE, cmp("It was 12 °C in Paris.", "It was 12C in Paris, the weather service said.").verdict());
        // Fahrenheit is converted when read: 54F is 12.2°C, and -4F is -20°C (the sign before the conversion)
        assertEquals(Verdict.AGREE, cmp("The high was 54F in New York.", "The high was 12.2C in New York.").verdict());
        assertEquals(Verdict.DISAGREE, cmp("The high was 54F in New York.", "The high was 54C in New York.").verdict());
        assertEquals(-20, fig("Lows of -4F are forecast.").value(), 1e-9);
        assertEquals("-4F", fig("Lows of -4F are forecast.").text());
    }

    @Test
    void aBareDegreesHasNoScaleUntilTheEditorNamesOne() {
        Figure bare = fig("The thermometer showed minus 12 degrees at dawn.");
        assertEquals(Kind.TEMPERATURE, bare.kind());
        assertEquals(null, bare.unit());
        Figure celsius = fig("Overnight lows hit -12C in Kyiv.");
        Comparison c = Figures.compare(bare, celsius);
        assertEquals(Verdict.INCOMPARABLE, c.verdict());
        assertTrue(c.reason().contains("unit: C"), c.reason());
        assertEquals(Verdict.AGREE, Figures.compare(bare, "C", celsius, null, null).verdict());
        // the editor says the bare degrees were Fahrenheit: -12°F is -24.4°C, not -12°C
        assertEquals(Verdict.DISAGREE, Figures.compare(bare, "F", celsius, null, null).verdict());
        assertEquals(Verdict.AGREE, Figures.compare(bare, "F", fig("Lows hit -24.4C in Kyiv."), null, null).verdict());
    }

    @Test
    void anglesAddressesAndChangesAreNotTemperatures() {
        assertEquals(Kind.COUNT, fig("The ship turned 20 degrees to port.").kind());
        assertTrue(FigureExtractor.extract("She lives in Flat 4C.", null).isEmpty());
        assertTrue(FigureExtractor.extract("Warming must be held to a 1.5C rise.", null).isEmpty());
        assertTrue(FigureExtractor.extract("Temperatures rose by 2C.", null).isEmpty());
    }
}
