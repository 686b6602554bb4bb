package org.factcheck.figures;

/**
 * A single left-to-right pass that cuts text into number, word, symbol and id tokens.
 *
 * <p>Everything the reader needs later is decided here once: digit grouping ("55,000",
 * "55 000"), decimals, words glued to numbers ("800bn", "47th", "1990s"), and tokens that only
 * look like numbers (phone numbers, "3f9a2c", "G20", "5G") which become {@link #ID} and are never
 * read as figures. Tokens live in parallel arrays so a 16 MB text does not become millions of objects.
 */
final class Tokens {
    static final byte NUM = 1;
    static final byte WORD = 2;
    static final byte SYM = 3;
    static final byte ID = 4;

    /** Flags on NUM tokens. */
    static final int GROUPED = 1;
    static final int DECIMAL = 2;
    static final int LEADING_ZERO = 4;

    /** "元", the yuan sign: a letter to Unicode, a currency sign to the reader ("100元"), so a symbol token. */
    static final char YUAN = '元';

    /** Words longer than this are never vocabulary, so their lower-case form is built only on demand. */
    private static final int MAX_LOWER = 14;

    final CharSequence text;
    int n;
    byte[] type;
    int[] start;
    int[] end;
    boolean[] gap;      // whitespace before this token
    boolean[] nl;       // a line break before this token (or it is the first)
    String[] lower;     // lower-case word (WORD tokens up to MAX_LOWER chars), else null
    long[] mantissa;    // NUM: all digits without separators or the decimal point
    byte[] frac;        // NUM: digits after the decimal point
    byte[] flags;       // NUM: GROUPED, DECIMAL, LEADING_ZERO
    byte[] intDigits;   // NUM: digits before the decimal point

    private final char[] buf = new char[MAX_LOWER];

    Tokens(CharSequence text) {
        this.text = text;
        int cap = Math.max(16, text.length() / 4);
        type = new byte[cap];
        start = new int[cap];
        end = new int[cap];
        gap = new boolean[cap];
        nl = new boolean[cap];
        lower = new String[cap];
        mantissa = new long[cap];
        frac = new byte[cap];
        flags = new byte[cap];
        intDigits = new byte[cap];
        scan();
    }

    double number(int t) {
        return (double) mantissa[t] / POW10[frac[t]];
    }

    boolean isWord(int t, String w) {
        return t >= 0 && t < n && type[t] == WORD && w.equals(lower[t]);
    }

    boolean isSym(int t, char c) {
        return t >= 0 && t < n && type[t] == SYM && text.charAt(start[t]) == c;
    }

    char symAt(int t) {
        return t >= 0 && t < n && type[t] == SYM ? text.charAt(start[t]) : 0;
    }

    boolean isHyphen(int t) {
        char c = symAt(t);
        return c == '-' || c == '‑' || c == '‐';
    }

    boolean glued(int t) {
        return t < n && !gap[t];
    }

    boolean capitalised(int t) {
        return Character.isUpperCase(text.charAt(start[t]));
    }

    String textOf(int t) {
        return text.subSequence(start[t], end[t]).toString();
    }

    String lowerOf(int t) {
        return lower[t] != null ? lower[t] : textOf(t).toLowerCase(java.util.Locale.ROOT);
    }

    static final double[] POW10 = new double[19];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    private void scan() {
        CharSequence s = text;
        int len = s.length();
        int i = 0;
        boolean sawGap = true;
        boolean sawNl = true;
        while (i < len) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                sawGap = true;
                if (c == '\n' || c == '\r') {
                    sawNl = true;
                }
                i++;
                continue;
            }
            int t = n;
            ensure();
            gap[t] = sawGap;
            nl[t] = sawNl;
            sawGap = false;
            sawNl = false;
            start[t] = i;
            if (c >= '0' && c <= '9') {
                i = scanNumber(t, i, len);
            } else if (Character.isLetter(c) && c != YUAN) {
                i = scanWord(t, i, len);
            } else if (c == '+' && i + 1 < len && isDigit(s.charAt(i + 1))) {
                i = scanPhone(t, i + 1, len);
            } else {
                type[t] = SYM;
                lower[t] = null;
                i++;
                end[t] = i;
            }
            n++;
        }
    }

    private int scanWord(int t, int i, int len) {
        CharSequence s = text;
        int j = i;
        boolean digits = false;
        while (j < len) {
            char c = s.charAt(j);
            if (Character.isLetter(c) && c != YUAN) {
                j++;
            } else if (isDigit(c)) {
                digits = true;
                j++;
            } else {
                break;
            }
        }
        end[t] = j;
        if (digits && isoCodeBeforeNumber(i, j)) {
            // "CHF2.4bn", "USD5m": a currency code glued to its sum is a word, then the number.
            j = i + 3;
            digits = false;
            end[t] = j;
        }
        if (digits) {
            // "G20", "COP29", "B2B": a name, not a figure.
            type[t] = ID;
            lower[t] = null;
        } else {
            type[t] = WORD;
            lower[t] = lowerCase(i, j);
        }
        return j;
    }

    /**
     * The word at {@code i..j} is an upper-case ISO currency code followed by digits ("CHF2", "USD5")
     * that end the word or run into a number's decimals or scale ("CHF2.4bn", "USD5m"), not a name
     * with more letters after its digits ("USD2A").
     */
    private boolean isoCodeBeforeNumber(int i, int j) {
        CharSequence s = text;
        if (j - i < 4 || !isDigit(s.charAt(i + 3))) {
            return false;
        }
        for (int k = i; k < i + 3; k++) {
            char c = s.charAt(k);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        if (!Lexicon.ISO_CODES.contains(s.subSequence(i, i + 3).toString().toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        int k = i + 3;
        while (k < j && isDigit(s.charAt(k))) {
            k++;
        }
        String tail = s.subSequence(k, j).toString().toLowerCase(java.util.Locale.ROOT);
        return tail.isEmpty() || Lexicon.SCALES.containsKey(tail);
    }

    private String lowerCase(int from, int to) {
        int len = to - from;
        if (len > MAX_LOWER) {
            return null;
        }
        for (int k = 0; k < len; k++) {
            char c = text.charAt(from + k);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
            } else if (c == '’') {
                c = '\'';
            } else if (c > 127) {
                c = Character.toLowerCase(c);
            }
            buf[k] = c;
        }
        return Lexicon.intern(buf, len);
    }

    private int scanNumber(int t, int i, int len) {
        CharSequence s = text;
        long m = 0;
        int digits = 0;
        int j = i;
        boolean overflow = false;
        while (j < len && isDigit(s.charAt(j))) {
            if (digits < 18) {
                m = m * 10 + (s.charAt(j) - '0');
            } else {
                overflow = true;
            }
            digits++;
            j++;
        }
        int first = digits;
        int f = 0;
        boolean grouped = false;
        boolean phone = false;
        boolean leadingZero = s.charAt(i) == '0' && digits > 1;
        if (leadingZero && digits > 2) {
            // "020 7946 0958": numbers do not start with a zero; phone numbers and codes do.
            return scanPhone(t, i, len);
        }
        if (first <= 3) {
            char sep = 0;
            while (j + 3 < len + 1 && j < len) {
                char c = s.charAt(j);
                boolean comma = c == ',';
                boolean space = c == ' ' || c == '\u00a0' || c == '\u2009' || c == '\u202f';
                if (!(comma || space) || (sep != 0 && sep != (comma ? ',' : ' '))) {
                    break;
                }
                if (j + 3 >= len || !isDigit(s.charAt(j + 1)) || !isDigit(s.charAt(j + 2)) || !isDigit(s.charAt(j + 3))
                        || (j + 4 < len && isDigit(s.charAt(j + 4)))) {
                    if (space && sep == ' ' && j + 1 < len && isDigit(s.charAt(j + 1))) {
                        phone = true;   // "555 123 4567": groups that are not thousands
                    }
                    break;
                }
                sep = comma ? ',' : ' ';
                for (int k = 1; k <= 3; k++) {
                    if (digits < 18) {
                        m = m * 10 + (s.charAt(j + k) - '0');
                    } else {
                        overflow = true;
                    }
                    digits++;
                }
                grouped = true;
                j += 4;
            }
        }
        if (phone || hyphenatedGroups(j, len, first)) {
            return scanPhone(t, i, len);
        }
        if (j + 1 < len && s.charAt(j) == '.' && isDigit(s.charAt(j + 1))) {
            j++;
            while (j < len && isDigit(s.charAt(j))) {
                if (digits < 18) {
                    m = m * 10 + (s.charAt(j) - '0');
                    f++;
                } else {
                    overflow = true;
                }
                digits++;
                j++;
            }
        }
        if (j < len && Character.isLetter(s.charAt(j)) && s.charAt(j) != YUAN) {
            // "800bn", "47th", "1990s" split into number + glued word; "3f9a2c", "5G4" stay one id.
            int k = j;
            while (k < len && Character.isLetter(s.charAt(k))) {
                k++;
            }
            // A glued "C" or "F" ("-12C", "54F") stays a word: the reader decides whether it is a temperature.
            if (k < len && isDigit(s.charAt(k)) || (k - j == 1 && Character.isUpperCase(s.charAt(j)) && "MKBTCF".indexOf(s.charAt(j)) < 0)
                    || (k < len && (s.charAt(k) == '-' ) && k + 1 < len && isDigit(s.charAt(k + 1)))) {
                while (k < len && (Character.isLetterOrDigit(s.charAt(k)))) {
                    k++;
                }
                type[t] = ID;
                end[t] = k;
                return k;
            }
        }
        type[t] = overflow ? ID : NUM;
        end[t] = j;
        mantissa[t] = m;
        frac[t] = (byte) f;
        intDigits[t] = (byte) Math.min(127, digits - f);
        flags[t] = (byte) ((grouped ? GROUPED : 0) | (f > 0 ? DECIMAL : 0) | (leadingZero ? LEADING_ZERO : 0));
        lower[t] = null;
        return j;
    }

    /**
     * "555-123-4567", "1-800-555-0199": three or more digit groups joined by hyphens are a phone
     * number or a code. "2025-08-15" (4-2-2) is left to be read as an ISO date.
     */
    private boolean hyphenatedGroups(int j, int len, int firstLen) {
        CharSequence s = text;
        int groups = 1;
        int k = j;
        int[] lens = new int[3];
        lens[0] = firstLen;
        while (k + 1 < len && s.charAt(k) == '-' && isDigit(s.charAt(k + 1))) {
            int g = k + 1;
            while (g < len && isDigit(s.charAt(g))) {
                g++;
            }
            if (groups < 3) {
                lens[groups] = g - k - 1;
            }
            groups++;
            k = g;
        }
        if (groups < 3) {
            return false;
        }
        boolean isoDate = groups == 3 && lens[0] == 4 && lens[1] <= 2 && lens[2] <= 2;
        return !isoDate;
    }

    /** Swallows a phone-number-like run of digit groups separated by single spaces or hyphens. */
    private int scanPhone(int t, int i, int len) {
        CharSequence s = text;
        int j = i;
        while (true) {
            while (j < len && isDigit(s.charAt(j))) {
                j++;
            }
            if (j + 1 < len && (s.charAt(j) == ' ' || s.charAt(j) == '-' || s.charAt(j) == '\u00a0')
                    && isDigit(s.charAt(j + 1))) {
                j++;
                continue;
            }
            break;
        }
        type[t] = ID;
        end[t] = j;
        lower[t] = null;
        return j;
    }

    private void ensure() {
        if (n < type.length) {
            return;
        }
        int cap = type.length * 2;
        type = java.util.Arrays.copyOf(type, cap);
        start = java.util.Arrays.copyOf(start, cap);
        end = java.util.Arrays.copyOf(end, cap);
        gap = java.util.Arrays.copyOf(gap, cap);
        nl = java.util.Arrays.copyOf(nl, cap);
        lower = java.util.Arrays.copyOf(lower, cap);
        mantissa = java.util.Arrays.copyOf(mantissa, cap);
        frac = java.util.Arrays.copyOf(frac, cap);
        flags = java.util.Arrays.copyOf(flags, cap);
        intDigits = java.util.Arrays.copyOf(intDigits, cap);
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\u00a0' || c == '\u2009'
                || c == '\u202f' || c == '\u2002' || c == '\u2003' || c == '\f';
    }
}
