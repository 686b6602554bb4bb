package org.factcheck.figures;

/** Ratio words: "doubled", "tripled", "halved", "fivefold", and "five-fold" after a number. */
final class Ratios extends Matcher {
    Ratios(Scan s) {
        super(s);
    }

    /** "doubled", "tenfold" at token i: a ratio. */
    boolean word(int i) {
        Double ratio = Lexicon.RATIO_WORDS.get(tk.lower[i]);
        if (ratio == null) {
            return false;
        }
        return set(Kind.RATIO, ratio, null, i + 1);
    }

    /** "five-fold" after a number: {@code w} is the word after the hyphen, end the token after it. */
    int fold(String w, double v, int end) {
        if (!w.equals("fold")) {
            return Suffixes.NEXT;
        }
        return set(Kind.RATIO, v, null, end) ? Suffixes.READ : Suffixes.NONE;
    }
}
