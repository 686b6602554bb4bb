package org.factcheck.anchor;

/**
 * Folds the typography that differs between a capture and a quote copied by hand — curly and
 * straight quotes, the dash family, runs of white space and line breaks — and nothing else.
 * Each folded text remembers, for every character, where it came from in the original.
 */
public final class Typography {

    private Typography() {
    }

    /** A folded text with the original offset of each of its characters. */
    public record Folded(String text, int[] origin, int originalLength) {

        /** The original start offset of the folded range starting at {@code start}. */
        public int originalStart(int start) {
            return start < origin.length ? origin[start] : originalLength;
        }

        /** The original end offset (exclusive) of the folded range ending at {@code end}. */
        public int originalEnd(int end) {
            return end == 0 ? originalStart(0) : origin[end - 1] + 1;
        }
    }

    /** Folds one character; white space becomes a space (runs are collapsed by {@link #fold}). */
    static char fold(char c) {
        // Most characters are ASCII; deciding them without Character's tables keeps anchoring fast.
        if (c < 0x80) {
            if (c > ' ') {
                return c == '`' ? '\'' : c;
            }
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F) ? ' ' : c;
        }
        switch (c) {
            case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u2032': case '\u02BC': case '`':
                return '\'';
            case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u2033': case '\u00AB': case '\u00BB':
                return '"';
            case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015': case '\u2212':
                return '-';
            default:
                return Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' ' : c;
        }
    }

    /** Folds {@code text}: typography unified, white space runs collapsed to one space. */
    public static Folded fold(CharSequence text) {
        int n = text.length();
        char[] out = new char[n];
        int[] origin = new int[n];
        int length = 0;
        boolean lastSpace = false;
        for (int i = 0; i < n; i++) {
            char c = fold(text.charAt(i));
            if (c == ' ') {
                if (lastSpace) {
                    continue;
                }
                lastSpace = true;
            } else {
                lastSpace = false;
            }
            origin[length] = i;
            out[length++] = c;
        }
        return new Folded(new String(out, 0, length), length == n ? origin : java.util.Arrays.copyOf(origin, length), n);
    }

    /** The quote as it is searched for: folded, with leading and trailing space dropped. */
    public static String foldQuote(String quote) {
        return fold(quote.strip()).text().strip();
    }
}
