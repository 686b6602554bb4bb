package org.factcheck.search;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * How the site's search splits text into terms: NFD, marks dropped, lower case, split on anything
 * but letters and digits, stop words and one-letter terms dropped; {@code assets/search.js} does the
 * same to a query. Plain ASCII text takes a fast path that gives the same terms.
 */
public final class SearchTerms {

    private SearchTerms() {
    }

    private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    static final Set<String> STOP = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "had",
            "has", "have", "he", "her", "his", "i", "in", "is", "it", "its", "of", "on", "or", "our", "she", "that", "the",
            "their", "them", "there", "they", "this", "to", "was", "we", "were", "which", "who", "will", "with", "would",
            "you");

    static final int STOP_LONGEST = STOP.stream().mapToInt(String::length).max().orElse(0);

    /** The distinct index terms of a text, sorted. */
    static Set<String> terms(String text) {
        return new TreeSet<>(termSet(text));
    }

    /** The distinct index terms of a text, in no particular order. */
    static Set<String> termSet(String text) {
        Set<String> terms = new java.util.HashSet<>();
        if (text == null) {
            return terms;
        }
        if (simple(text)) {
            asciiTerms(text, 0, text.length(), terms);
            return terms;
        }
        chunks(text, (from, to) -> asciiTerms(text, from, to, terms), chunk -> generalTerms(chunk, terms));
        return terms;
    }

    /** A stretch of a text, by its bounds. */
    interface Span {
        void accept(int from, int to);
    }

    /**
     * Splits a text at ASCII white space and hands each chunk to {@code simple} (bounds) when it is
     * {@linkplain #simple simple}, else to {@code general} (the chunk). Only the chunks that hold
     * letters, marks or digits outside ASCII need the general path: white space is a separator for
     * both, unchanged by NFD and lower-casing, and ends a word for lower-casing's one context rule
     * (final sigma).
     */
    static void chunks(String text, Span simple, java.util.function.Consumer<String> general) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && asciiSpace(text.charAt(i))) {
                i++;
            }
            int start = i;
            boolean plain = true;
            while (i < n && !asciiSpace(text.charAt(i))) {
                char c = text.charAt(i++);
                plain &= c < 0x80 || separator(c);
            }
            if (plain) {
                simple.accept(start, i);
            } else {
                general.accept(text.substring(start, i));
            }
        }
    }

    private static boolean asciiSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r';
    }

    /** NFD, marks dropped, lower case, split on anything but letters and digits: what search.js does. */
    static void generalTerms(String text, Set<String> terms) {
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
        for (String t : SPLIT.split(folded)) {
            if (t.codePointCount(0, t.length()) >= 2 && !STOP.contains(t)) {
                terms.add(t);
            }
        }
    }

    /**
     * True when every character is ASCII or a {@linkplain #separator separator} outside ASCII (curly
     * quotes, dashes, no-break spaces…): then normalising, dropping marks and lower-casing change
     * nothing but ASCII letters' case, and {@link #asciiTerms} gives exactly what the general path does
     * at a fraction of its cost. Captures in English are nearly always simple.
     */
    static boolean simple(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && !separator(c)) {
                return false;
            }
        }
        return true;
    }

    /** {@link #isSeparator} for U+0080 to U+2FFF (Latin-1, general punctuation, currency, arrows, symbols…), computed once. */
    private static final boolean[] SEPARATORS = new boolean[0x3000 - 0x80];

    static {
        for (int c = 0x80; c < 0x3000; c++) {
            SEPARATORS[c - 0x80] = isSeparator((char) c);
        }
    }

    /** A non-ASCII character the general path treats as a separator, whatever surrounds it. */
    private static boolean separator(char c) {
        return c < 0x3000 ? SEPARATORS[c - 0x80] : isSeparator(c);
    }

    private static boolean isSeparator(char c) {
        if (Character.isSurrogate(c)) {
            return false;
        }
        boolean punctuationOrSymbol = switch (Character.getType(c)) {
            case Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION,
                    Character.CONNECTOR_PUNCTUATION, Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                    Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL, Character.CONTROL, Character.FORMAT -> true;
            default -> false;
        };
        String s = String.valueOf(c);
        // Unchanged by NFD and by lower-casing, so it stays one non-letter, non-digit, non-mark character.
        return punctuationOrSymbol && Normalizer.isNormalized(s, Normalizer.Form.NFD) && s.toLowerCase(Locale.ROOT).equals(s);
    }

    /** The terms of a {@linkplain #simple simple} text: runs of ASCII letters and digits, lower-cased. */
    private static void asciiTerms(String text, int from, int to, Set<String> terms) {
        int n = to;
        char[] buf = new char[32];
        int i = from;
        while (i < n) {
            while (i < n && !asciiWord(text.charAt(i))) {
                i++;
            }
            int len = 0;
            while (i < n && asciiWord(text.charAt(i))) {
                char c = text.charAt(i++);
                if (len == buf.length) {
                    buf = java.util.Arrays.copyOf(buf, len * 2);
                }
                buf[len++] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            }
            if (len >= 2) {
                String t = new String(buf, 0, len);
                if (len > STOP_LONGEST || !STOP.contains(t)) {
                    terms.add(t);
                }
            }
        }
    }

    static boolean asciiWord(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
