package org.factcheck.figures;

/**
 * Ratio words, read as the percentage change they state so that they compare with "rose by 100 per cent":
 * "doubled" is +100 %, "tripled" +200 %, "halved" -50 %, "fivefold" and "five-fold" +400 %, "a third more"
 * +33 %, "a quarter fewer" -25 %.
 */
final class Ratios extends Matcher {
    Ratios(Scan s) {
        super(s);
    }

    /** "doubled", "tenfold" at token i: the change as a percentage. */
    boolean word(int i) {
        Double ratio = Lexicon.RATIO_WORDS.get(tk.lower[i]);
        if (ratio == null) {
            return false;
        }
        return set(Kind.PERCENT, change(ratio), "%", i + 1);
    }

    /** "five-fold" after a number: {@code w} is the word after the hyphen, end the token after it. */
    int fold(String w, double v, int end) {
        if (!w.equals("fold")) {
            return Suffixes.NEXT;
        }
        s.step = Double.NaN;
        return set(Kind.PERCENT, change(v), "%", end) ? Suffixes.READ : Suffixes.NONE;
    }

    /** "a third more", "one quarter fewer", "a fifth less" at t0: a share added or taken away. */
    boolean shareMore(int t0) {
        if (!(tk.isWord(t0, "a") || tk.isWord(t0, "one")) || t0 + 2 >= tk.n || tk.type[t0 + 1] != Tokens.WORD) {
            return false;
        }
        String w = tk.lower[t0 + 1];
        if (w == null || w == "half" || w.endsWith("s") || !Lexicon.FRACTIONS.containsKey(w)) {
            return false;
        }
        String x = tk.lower[t0 + 2];
        double sign = x == "more" ? 1 : x == "less" || x == "fewer" ? -1 : 0;
        if (sign == 0) {
            return false;
        }
        s.step = Intervals.FRACTION_STEP;
        return set(Kind.PERCENT, sign * Lexicon.FRACTIONS.get(w), "%", t0 + 3);
    }

    /** The change a ratio makes, in per cent of the start: x2 is +100 %, x0.5 is -50 %. */
    private static double change(double ratio) {
        return Intervals.clean((ratio - 1) * 100);
    }
}
