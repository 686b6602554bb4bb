package org.factcheck.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The same figure written two ways reads as the same value with overlapping reading intervals,
 * and a reading interval always holds the stated one.
 */
class ReadingPropertiesTest {

    private static final String[] UNITS = {"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};

    private static Figure only(String text) {
        List<Figure> fs = FigureExtractor.extract(text);
        assertEquals(1, fs.size(), () -> text + " -> " + fs);
        return fs.get(0);
    }

    private static boolean overlap(Figure a, Figure b) {
        double al = a.readLow() == null ? Double.NEGATIVE_INFINITY : a.readLow();
        double ah = a.readHigh() == null ? Double.POSITIVE_INFINITY : a.readHigh();
        double bl = b.readLow() == null ? Double.NEGATIVE_INFINITY : b.readLow();
        double bh = b.readHigh() == null ? Double.POSITIVE_INFINITY : b.readHigh();
        return al <= bh && bl <= ah;
    }

    @Property
    void halvesInWordsDigitsAndScales(@ForAll @IntRange(min = 1, max = 9) int n) {
        Figure words = only("The state employs " + UNITS[n] + " and a half million people.");
        Figure decimal = only("The state employs " + n + ".5 million people.");
        Figure digits = only("The state employs " + String.format("%,d", n * 1_000_000 + 500_000) + " people.");
        assertEquals(decimal.value(), words.value());
        assertEquals(digits.value(), words.value());
        assertTrue(overlap(words, decimal) && overlap(words, digits) && overlap(decimal, digits),
                words + " / " + decimal + " / " + digits);
    }

    @Property
    void scaleWordsAndDigits(@ForAll @IntRange(min = 1, max = 999) int n) {
        Figure scaled = only("They pledged $" + n + " billion.");
        Figure digits = only("They pledged $" + String.format("%,d", n * 1_000_000_000L) + ".");
        assertEquals(digits.value(), scaled.value());
        assertEquals(digits.readLow(), scaled.readLow());
        assertEquals(digits.readHigh(), scaled.readHigh());
    }

    @Property
    void fractionsOfAMillion(@ForAll @IntRange(min = 0, max = 2) int k) {
        String[] words = {"a quarter of a million", "half a million", "three-quarters of a million"};
        int[] values = {250_000, 500_000, 750_000};
        Figure w = only("The city has " + words[k] + " residents.");
        Figure d = only("The city has " + String.format("%,d", values[k]) + " residents.");
        assertEquals(d.value(), w.value());
        assertTrue(overlap(w, d), w + " / " + d);
    }

    @Property
    void readingHoldsTheStatedInterval(@ForAll @IntRange(min = 1, max = 100_000) int n,
                                       @ForAll @IntRange(min = 0, max = 5) int hedge) {
        String[] hedges = {"", "about ", "nearly ", "just over ", "more than ", "up to "};
        Figure f = only("They counted " + hedges[hedge] + String.format("%,d", n) + " drones.");
        assertTrue(f.low() == null || f.readLow() <= f.low(), f::toString);
        assertTrue(f.high() == null || f.readHigh() >= f.high(), f::toString);
        assertTrue(f.readLow() == null || f.readLow() <= f.value() && f.readLow() >= f.value() * 0.85, f::toString);
        assertTrue(f.readHigh() == null || f.readHigh() >= f.value() && f.readHigh() <= f.value() * 1.15, f::toString);
    }
}
