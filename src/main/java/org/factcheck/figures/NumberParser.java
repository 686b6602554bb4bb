package org.factcheck.figures;

import static org.factcheck.figures.Tokens.NUM;
import static org.factcheck.figures.Tokens.WORD;

/**
 * Reads one number at a token: digits with an optional scale ("1.5 million", "800bn") or number
 * words up to the trillions ("twenty-eight", "two hundred and forty-five thousand", "a million").
 *
 * <p>The result is left in fields rather than returned as an object because the reader calls
 * this at every number of every article; the reader saves and restores them when it looks ahead.
 */
final class NumberParser {
    private final Tokens tk;

    /** The number read, with any scale applied. */
    double value;
    /** The token after the number (and its scale word). */
    int next;
    /** True when written in words. */
    boolean words;
    /** True when a scale word or abbreviation was part of it (also "hundred", "dozen" in words). */
    boolean scaled;
    /** The scale applied to digits (1 when none). */
    double scale;
    /** True for a bare "one" (or "a" before a scale, which never stays 1). */
    boolean one;
    /** The precision of the number as written ({@link Intervals#step}): 1 for "64", 0.1 for "3.2", 1e8 for "1.5 billion". */
    double step;

    NumberParser(Tokens tk) {
        this.tk = tk;
    }

    /** Reads a whole string as one number, or null when it is not exactly one number: for tests. */
    static Double parse(CharSequence s) {
        NumberParser p = new NumberParser(new Tokens(s));
        if (p.tk.n == 0 || !p.read(0) || p.next != p.tk.n) {
            return null;
        }
        return p.value;
    }

    void set(double value, int next, boolean words, boolean scaled, double scale, boolean one) {
        this.value = value;
        this.next = next;
        this.words = words;
        this.scaled = scaled;
        this.scale = scale;
        this.one = one;
    }

    /** Restores a saved state, step included. */
    void set(double value, int next, boolean words, boolean scaled, double scale, boolean one, double step) {
        set(value, next, words, scaled, scale, one);
        this.step = step;
    }

    /** Reads digits (with a scale word) or number words starting at token t; false when there is no number. */
    boolean read(int t) {
        words = false;
        scaled = false;
        scale = 1;
        one = false;
        step = 1;
        if (t >= tk.n) {
            return false;
        }
        if (tk.type[t] == NUM) {
            int j = t + 1;
            double half = 0;
            if (tk.frac[t] == 0 && andAHalf(j)) {
                half = 0.5;     // "2 and a half million", "3 and a half years"
                j += halfLen;
            }
            double factor = 1;
            if (j < tk.n && tk.type[j] == WORD && tk.lower[j] != null) {
                Double sc = Lexicon.SCALES.get(tk.lower[j]);
                if (sc != null && (!Lexicon.GLUED_ONLY_SCALES.contains(tk.lower[j]) || !tk.gap[j])) {
                    factor = sc;
                    j++;
                    scaled = true;
                    if (sc == 1e5 && j < tk.n && tk.type[j] == WORD && tk.lower[j] != null
                            && tk.lower[j].startsWith("crore")) {
                        factor = 1e12;  // "2.5 lakh crore"
                        j++;
                    }
                }
            }
            scale = factor;
            value = scaled(tk.mantissa[t], tk.frac[t], factor);
            // "6 billion" is as round as "6,000,000,000": with a scale, the step follows the whole value.
            step = factor > 1 ? Intervals.stepOf(value) : Intervals.step(tk.mantissa[t], tk.frac[t], 1);
            if (half > 0) {
                value += half * factor;
                step = half * factor;
            }
            next = j;
            return true;
        }
        if (tk.type[t] == WORD && tk.lower[t] != null) {
            return readWords(t);
        }
        return false;
    }

    /** mantissa × scale / 10^frac, computed so the result is the double nearest the printed number. */
    static double scaled(long mantissa, int frac, double scale) {
        double m = mantissa * scale;
        if (m < 9.007199254740992E15) {
            return m / Tokens.POW10[frac];
        }
        return (mantissa / Tokens.POW10[frac]) * scale;
    }

    private static final int START = 0;
    private static final int UNIT = 1;
    private static final int TEEN = 2;
    private static final int TEN = 3;
    private static final int HUNDRED = 4;
    private static final int SCALE = 5;
    private static final int AND = 6;
    private static final int A = 7;

    /** Number words: "twenty-eight", "two hundred and forty-five thousand", "a million", "1.5" is not here. */
    private boolean readWords(int t) {
        long total = 0;
        long current = 0;
        int state = START;
        double lastScale = Double.MAX_VALUE;
        int j = t;
        int consumedEnd = t;
        long totalAtEnd = 0;
        boolean anyScale = false;
        String first = tk.lower[t];
        if (fractionOfScale(t)) {
            return true;
        }
        if (first == "a" || first == "an") {
            String nx = j + 1 < tk.n && tk.type[j + 1] == WORD ? tk.lower[j + 1] : null;
            if (nx != "hundred" && nx != "thousand" && nx != "million" && nx != "billion" && nx != "trillion"
                    && nx != "dozen") {
                return false;
            }
            current = 1;
            state = A;
            j++;
        }
        while (j < tk.n && tk.type[j] == WORD && tk.lower[j] != null) {
            String w = tk.lower[j];
            Integer u = Lexicon.UNITS.get(w);
            if (u != null) {
                if (!(state == START || state == HUNDRED || state == SCALE || state == AND
                        || (state == TEN && u < 10))) {
                    break;
                }
                current += u;
                state = u < 10 ? UNIT : TEEN;
                j++;
                consumedEnd = j;
                totalAtEnd = total + current;
                continue;
            }
            Integer tens = Lexicon.TENS.get(w);
            if (tens != null) {
                if (!(state == START || state == HUNDRED || state == SCALE || state == AND)) {
                    break;
                }
                current += tens;
                state = TEN;
                j++;
                // "forty-five": the hyphen joins a unit word with no spaces around it.
                if (j + 1 < tk.n && tk.isHyphen(j) && tk.glued(j) && tk.glued(j + 1) && tk.type[j + 1] == WORD
                        && tk.lower[j + 1] != null) {
                    Integer u2 = Lexicon.UNITS.get(tk.lower[j + 1]);
                    if (u2 != null && u2 < 10) {
                        current += u2;
                        state = UNIT;
                        j += 2;
                    }
                }
                consumedEnd = j;
                totalAtEnd = total + current;
                continue;
            }
            if (w == "hundred" || w == "dozen") {
                if (!(state == UNIT || state == TEEN || state == A || (state == TEN && w == "dozen"))) {
                    break;
                }
                current *= w == "hundred" ? 100 : 12;
                state = HUNDRED;
                anyScale = true;
                j++;
                consumedEnd = j;
                totalAtEnd = total + current;
                continue;
            }
            Double sc = Lexicon.SCALES.get(w);
            if (sc != null && sc >= 1000 && w.length() > 2) {
                if (!(state == UNIT || state == TEEN || state == TEN || state == HUNDRED || state == A)
                        || sc >= lastScale) {
                    break;
                }
                total += (long) (current * sc);
                current = 0;
                lastScale = sc;
                state = SCALE;
                anyScale = true;
                j++;
                consumedEnd = j;
                totalAtEnd = total;
                continue;
            }
            if (w == "and" && (state == HUNDRED || state == SCALE) && j + 1 < tk.n && tk.type[j + 1] == WORD
                    && tk.lower[j + 1] != null
                    && (Lexicon.UNITS.containsKey(tk.lower[j + 1]) || Lexicon.TENS.containsKey(tk.lower[j + 1]))) {
                state = AND;
                j++;
                continue;
            }
            break;
        }
        if (consumedEnd == t || state == A) {
            return false;
        }
        value = totalAtEnd;
        next = consumedEnd;
        words = true;
        scaled = anyScale;
        one = totalAtEnd == 1;
        step = Intervals.stepOf(value);
        if (andAHalf(next)) {
            int j2 = next + halfLen;
            if (state == SCALE) {
                value += 0.5 * lastScale;   // "a million and a half"
                step = 0.5 * lastScale;
                next = j2;
                one = false;
            } else if (state == UNIT || state == TEEN || state == TEN) {
                double sc = 1;
                String w = j2 < tk.n && tk.type[j2] == WORD ? tk.lower[j2] : null;
                Double s = w == null ? null : Lexicon.SCALES.get(w);
                if (s != null && s >= 1000 && w.length() > 2) {
                    sc = s;     // "three and a half million"
                    j2++;
                    scaled = true;
                }
                value = (value + 0.5) * sc;
                step = 0.5 * sc;
                next = j2;
                one = false;
            }
        }
        return true;
    }

    /** "and a half" at token j (also hyphenated, "two-and-a-half": then {@link #halfLen} is 6 tokens). */
    private boolean andAHalf(int j) {
        if (j + 2 < tk.n && tk.gap[j] && tk.isWord(j, "and") && tk.isWord(j + 1, "a") && tk.isWord(j + 2, "half")) {
            halfLen = 3;
            return true;
        }
        if (j + 5 < tk.n && tk.isHyphen(j) && tk.glued(j) && tk.isWord(j + 1, "and") && tk.glued(j + 1)
                && tk.isHyphen(j + 2) && tk.glued(j + 2) && tk.isWord(j + 3, "a") && tk.glued(j + 3)
                && tk.isHyphen(j + 4) && tk.glued(j + 4) && tk.isWord(j + 5, "half") && tk.glued(j + 5)) {
            halfLen = 6;
            return true;
        }
        return false;
    }

    private int halfLen;

    /**
     * "half a million", "a half million", "a quarter of a million", "three-quarters of a billion",
     * "half a dozen": a fraction of a scale word. The step is the fraction of the scale.
     */
    private boolean fractionOfScale(int t) {
        int j = t;
        double f;
        String w = tk.lower[j];
        if (w == "half") {
            f = 0.5;
            j++;
            if (!(tk.isWord(j, "a") || tk.isWord(j, "an"))) {
                return false;
            }
            j++;
        } else {
            if (w == "a" || w == "an") {
                j++;
                f = 1;
            } else {
                Integer u = Lexicon.UNITS.get(w);
                if (u == null || u > 9) {
                    return false;
                }
                f = u;
                j++;
                if (tk.isHyphen(j) && tk.glued(j) && tk.glued(j + 1)) {
                    j++;
                }
            }
            String fr = j < tk.n && tk.type[j] == WORD ? tk.lower[j] : null;
            Double share = fr == null ? null : Lexicon.FRACTIONS.get(fr);
            if (share == null) {
                return false;
            }
            if (fr == "half" && f == 1 && (w == "a" || w == "an")) {
                f = 0.5;    // "a half million"
                j++;
            } else {
                if (!tk.isWord(j + 1, "of") || !(tk.isWord(j + 2, "a") || tk.isWord(j + 2, "an"))) {
                    return false;
                }
                f = f * share / 100;
                j += 3;
            }
        }
        String sw = j < tk.n && tk.type[j] == WORD ? tk.lower[j] : null;
        double sc;
        if (sw == "dozen") {
            sc = 12;
        } else if (sw == "hundred") {
            sc = 100;
        } else {
            Double s = sw == null ? null : Lexicon.SCALES.get(sw);
            if (s == null || s < 1000 || sw.length() <= 2) {
                return false;
            }
            sc = s;
        }
        value = Intervals.clean(f * sc);
        step = Intervals.clean(Math.min(f, 0.5) * sc);
        next = j + 1;
        words = true;
        scaled = true;
        scale = sc;
        one = false;
        return true;
    }
}
