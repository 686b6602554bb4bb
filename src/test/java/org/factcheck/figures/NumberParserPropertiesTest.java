package org.factcheck.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Formatting a number in any style the extractor supports and reading it back gives the number. */
class NumberParserPropertiesTest {

    private static final String[] UNITS = {"", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety"};

    private static double parse(String s) {
        Double v = NumberParser.parse(s);
        assertNotNull(v, () -> "could not read \"" + s + "\"");
        return v;
    }

    @Property
    void digitsWithThousandsSeparators(@ForAll @LongRange(min = 0, max = 999_999_999_999_999L) long n,
                                       @ForAll("separators") String sep) {
        String s = group(Long.toString(n), sep);
        assertEquals((double) n, parse(s), s);
    }

    @Property
    void plainDigits(@ForAll @LongRange(min = 0, max = 999_999_999_999_999L) long n) {
        assertEquals((double) n, parse(Long.toString(n)));
    }

    @Property
    void decimalsWithScaleWords(@ForAll @IntRange(min = 1, max = 99_999) int mantissa,
                                @ForAll @IntRange(min = 0, max = 2) int decimals,
                                @ForAll("scales") String scale, @ForAll boolean space) {
        String digits = new BigDecimal(mantissa).movePointLeft(decimals).toPlainString();
        String s = digits + (space || scale.length() > 2 ? " " : "") + scale;
        double expected = new BigDecimal(digits).multiply(BigDecimal.valueOf(Lexicon.SCALES.get(scale)))
                .doubleValue();
        assertEquals(expected, parse(s), Math.ulp(expected), s);
    }

    @Property
    void gluedAbbreviations(@ForAll @IntRange(min = 1, max = 9_999) int mantissa,
                            @ForAll @IntRange(min = 0, max = 1) int decimals,
                            @ForAll("abbreviations") String abbr) {
        String digits = new BigDecimal(mantissa).movePointLeft(decimals).toPlainString();
        String s = digits + abbr;
        double expected = new BigDecimal(digits).multiply(BigDecimal.valueOf(Lexicon.SCALES.get(abbr)))
                .doubleValue();
        assertEquals(expected, parse(s), Math.ulp(expected), s);
    }

    @Property
    void numberWords(@ForAll @LongRange(min = 1, max = 999_999_999) long n, @ForAll boolean british,
                     @ForAll boolean hyphenated) {
        String s = words(n, british, hyphenated);
        assertEquals((double) n, parse(s), s);
    }

    @Property
    void numberWordsWithALeadingArticle(@ForAll("aScales") String scale, @ForAll @IntRange(min = 0, max = 99) int rest) {
        // "a million", "a hundred and five", "a thousand and twenty-one"
        String s = "a " + scale + (rest == 0 ? "" : " and " + words(rest, false, true));
        double expected = Lexicon.SCALES.get(scale) + rest;
        assertEquals(expected, parse(s), s);
    }

    @Property
    void digitsThenScaleWord(@ForAll @IntRange(min = 1, max = 999) int n, @ForAll("wordScales") String scale) {
        String s = n + " " + scale;
        assertEquals(n * Lexicon.SCALES.get(scale), parse(s), s);
    }

    @Provide
    Arbitrary<String> separators() {
        return Arbitraries.of(",", " ", "\u00a0", "\u2009", "\u202f");
    }

    @Provide
    Arbitrary<String> scales() {
        return Arbitraries.of("thousand", "million", "billion", "trillion", "bn", "mn", "tn");
    }

    @Provide
    Arbitrary<String> abbreviations() {
        return Arbitraries.of("k", "m", "mn", "bn", "b", "tn");
    }

    @Provide
    Arbitrary<String> aScales() {
        return Arbitraries.of("hundred", "thousand", "million", "billion");
    }

    @Provide
    Arbitrary<String> wordScales() {
        return Arbitraries.of("thousand", "million", "billion", "trillion");
    }

    /** Groups digits by three with the separator: "1,234,567". */
    static String group(String digits, String sep) {
        StringBuilder sb = new StringBuilder();
        int lead = digits.length() % 3;
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (i - lead) % 3 == 0) {
                sb.append(sep);
            }
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }

    /** English words: "two hundred and forty-five thousand" (British "and", optional hyphen). */
    static String words(long n, boolean british, boolean hyphenated) {
        long[] scales = {1_000_000_000L, 1_000_000L, 1_000L, 1L};
        String[] names = {"billion", "million", "thousand", ""};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < scales.length; i++) {
            int g = (int) (n / scales[i] % 1000);
            if (g == 0) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(' ');
                if (british && g < 100 && i == scales.length - 1) {
                    sb.append("and ");
                }
            }
            sb.append(three(g, british, hyphenated));
            if (!names[i].isEmpty()) {
                sb.append(' ').append(names[i]);
            }
        }
        return sb.toString();
    }

    private static String three(int g, boolean british, boolean hyphenated) {
        int h = g / 100;
        int r = g % 100;
        StringBuilder sb = new StringBuilder();
        if (h > 0) {
            sb.append(UNITS[h]).append(" hundred");
        }
        if (r > 0) {
            if (h > 0) {
                sb.append(british ? " and " : " ");
            }
            if (r < 20) {
                sb.append(UNITS[r]);
            } else {
                sb.append(TENS[r / 10]);
                if (r % 10 > 0) {
                    sb.append(hyphenated ? "-" : " ").append(UNITS[r % 10]);
                }
            }
        }
        return sb.toString();
    }
}
