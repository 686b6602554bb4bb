package org.factcheck.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FigureExtractorTest {

    private static Figure only(String text) {
        return only(text, null);
    }

    private static Figure only(String text, LocalDate published) {
        List<Figure> fs = FigureExtractor.extract(text, published);
        assertEquals(1, fs.size(), () -> "one figure in '" + text + "' but got " + fs);
        Figure f = fs.get(0);
        assertEquals(text.substring(f.start(), f.end()), f.text());
        return f;
    }

    @Test
    void moneyWithScaleWords() {
        for (String s : new String[] {"$800 billion", "$0.8 trillion", "$800bn", "US$800bn"}) {
            Figure f = only(s);
            assertEquals(Kind.MONEY, f.kind());
            assertEquals(8e11, f.value());
            assertEquals("USD", f.unit());
            assertEquals("800,000,000,000 USD", f.normalised());
        }
        assertEquals("EUR", only("€700 billion").unit());
        assertEquals(6.65e10, only("a $66.5 billion deal").value());
    }

    @Test
    void moneyNeedsANumber() {
        assertTrue(FigureExtractor.extract("the billions in U.S. aid and the multi-billion dollar question").isEmpty());
    }

    @Test
    void percentages() {
        assertEquals(88.0, only("Around 88 per cent of the Donbas").value());
        Figure f = only("roughly 20% of their country");
        assertEquals(Kind.PERCENT, f.kind());
        assertEquals("roughly", f.hedge());
        assertEquals("18–22 %", f.normalised());
        assertEquals("%", only("100 percent").unit());
    }

    @Test
    void durations() {
        Figure f = only("a 15-year term");
        assertEquals(Kind.DURATION, f.kind());
        assertEquals(15.0, f.value());
        assertEquals("year", f.unit());
        assertEquals("15-year", f.text());
        assertEquals("hour", only("their two-hour session").unit());
        assertEquals(3.0, only("three hours of closed-door intensity").value());
        assertEquals("day", only("a 50-day deadline").unit());
        Figure sixty = only("a ceasefire lasting at least 60 days");
        assertEquals("≥ 60 day", sixty.normalised());
        assertEquals(60.0, sixty.low());
        assertNull(sixty.high());
    }

    @Test
    void countsWithNouns() {
        assertEquals("drones", only("launching 55,000 drones into Ukraine").unit());
        assertEquals(55000.0, only("launching 55,000 drones into Ukraine").value());
        assertEquals("countries", only("a promise from 35 countries").unit());
        Figure h = only("more than 9,000 households in the Kyiv region");
        assertEquals("≥ 9,000 households", h.normalised());
        assertEquals("times", only("cut off from external power 12 times since").unit());
        Figure p = only("a 20-point peace plan");
        assertEquals("point", p.unit());
        assertEquals(20.0, p.value());
        assertEquals("member", only("the 32-member military alliance").unit());
        Figure personnel = only("around 600,000 personnel.");
        // 600,000: a single round digit, step 50,000
        assertEquals(550000.0, personnel.low());
        assertEquals(650000.0, personnel.high());
    }

    @Test
    void hedgesAsIntervals() {
        Figure nearly = only("nearly 44,600 square miles");
        assertEquals(Kind.AREA, nearly.kind());
        assertEquals(44600 * 2.589988110336, nearly.value(), 1e-6);
        assertEquals(nearly.value(), nearly.high(), 1e-9);
        // 44,600: step 100 square miles
        assertEquals((44600 - 100) * 2.589988110336, nearly.low(), 1e-6);
        Figure upTo = only("up to 1,500 troops");
        assertNull(upTo.low());
        assertEquals(1500.0, upTo.high());
        assertEquals("about", only("about 90%").hedge());
    }

    @Test
    void dates() {
        Figure full = only("on August 15, 2025,");
        assertEquals(Kind.DATE, full.kind());
        assertEquals("2025-08-15", full.iso());
        assertEquals("2025-08-15", full.jsonValue());
        assertEquals((double) LocalDate.of(2025, 8, 15).toEpochDay(), full.value());
        Figure month = only("the February 2025 meeting");
        assertEquals("2025-02", month.iso());
        assertEquals("2025-02-28", month.jsonHigh());
        assertEquals("2025-08-15", only("15 August 2025").iso());
        assertEquals("2025-08-15", only("Aug. 15, 2025").iso());
    }

    @Test
    void labelsAreNotFigures() {
        assertTrue(FigureExtractor.extract("Article 5, B-2, G20, World War III, F-16, Covid-19, COP29, 24/7, 5G, "
                + "Boeing 737, Section 230, 020 7946 0958, +1 555 123 4567, ABC-12345, 3f9a2c").isEmpty());
        assertTrue(FigureExtractor.extract("one of the few, a one-on-one meeting, a three-on-three session, "
                + "a one-off, no one").isEmpty());
    }

    @Test
    void longestMatchWins() {
        List<Figure> fs = FigureExtractor.extract("Trump offered $800 billion in reconstruction money.");
        assertEquals(1, fs.size());
        assertEquals("$800 billion", fs.get(0).text());
    }

    @Test
    void boundsCarryNoFloatingPointNoise() {
        Figure f = only("about $14 million");
        assertEquals(1.3e7, f.low());
        assertEquals(1.5e7, f.high());
        assertEquals("13,000,000–15,000,000 USD", f.normalised());
        Figure p = only("inflation of 3.2%");
        assertEquals(3.16, p.readLow());
        assertEquals(3.24, p.readHigh());
    }

    @Test
    void hyphenatedHalves() {
        Figure f = only("a two-and-a-half-year term");
        assertEquals(Kind.DURATION, f.kind());
        assertEquals(2.5, f.value());
        assertEquals("year", f.unit());
    }

    @Test
    void aNumberWordBeforeOfTheWholeIsACount() {
        List<Figure> fs = FigureExtractor.extract("Oskary will take five of the nine seats on the board.");
        assertEquals(2, fs.size(), fs.toString());
        assertEquals("five", fs.get(0).text());
        assertEquals(Kind.COUNT, fs.get(0).kind());
        assertEquals(5, fs.get(0).value());
        assertEquals("nine seats", fs.get(1).text());
        assertTrue(FigureExtractor.extract("Three of them stayed behind.").isEmpty(), "no whole after it: prose");
    }
}
