package org.factcheck.figures;

import static org.factcheck.figures.Tokens.NUM;
import static org.factcheck.figures.Tokens.SYM;
import static org.factcheck.figures.Tokens.WORD;

/**
 * A number and what follows it: the quantity matcher. A currency sign or code may lead; after the number the
 * {@link Suffixes} table decides the kind. Also ranges ("18-22%", "between 1,000 and 1,500"), shares ("half of")
 * and signed sums ("-3.2%").
 */
final class Quantities extends Matcher {
    Quantities(Scan s) {
        super(s);
    }

    /** A number and what follows it, optionally led by a currency sign or code. */
    boolean quantity(int t0) {
        if (t0 >= tk.n) {
            return false;
        }
        reset(t0);
        int led = s.money.led(t0);
        if (led != Suffixes.NEXT) {
            return led == Suffixes.READ;    // a currency sign or code leads: money, or nothing
        }
        if (!num.read(t0)) {
            return fraction(t0);
        }
        s.step = num.step;
        if (num.words && t0 > 0 && !tk.gap[t0] && (isHyphen(t0 - 1) || tk.type[t0 - 1] == WORD)) {
            return false;   // "three-on-three", "one-on-one": the tail of a compound
        }
        if (num.words && tk.capitalised(t0) && !sentenceStart(t0)) {
            return false;   // "the Three Gorges Dam", "the Big Four", "the Group of Seven": names
        }
        boolean digits = !num.words;
        int a = num.next;
        if (digits) {
            if (s.dates.isoDate(t0)) {
                return true;
            }
            if (s.labels.hardLabel(t0)) {
                return false;
            }
            // "  1. Watch the Davos sidelines": a list marker, not a count.
            if (tk.nl[t0] && a == t0 + 1 && (tk.isSym(a, '.') || tk.isSym(a, ')')) && (a + 1 >= tk.n || tk.gap[a + 1])) {
                return false;
            }
            if (plainInt(t0) && tk.intDigits[t0] <= 2 && a == t0 + 1 && a < tk.n && tk.type[a] == WORD
                    && tk.gap[a] && isMonth(a)) {
                if (s.dates.dayFirstDate(t0)) {
                    return true;
                }
                if (s.skipTo > t0) {
                    return false;
                }
            }
            if (range(t0, a)) {
                a = num.next;
            }
        }
        return s.suffixes.read(t0, a, digits);
    }

    /**
     * "18-22%", "18–22 per cent", "1,000 to 1,500 troops": after the first number at t (ending at a),
     * a second one. On success the figure's low/high are set, value is the midpoint and num.next points
     * after the second number; the scale of the second applies to the first when it has none.
     */
    boolean range(int t, int a) {
        if (a + 1 >= tk.n || tk.type[t] != NUM) {
            return false;
        }
        char c = tk.symAt(a);
        boolean dash = (c == '-' || c == '–' || c == '—') && (tk.glued(a) == tk.glued(a + 1) || c == '–');
        boolean to = tk.isWord(a, "to");
        if (!(dash || to) || tk.type[a + 1] != NUM) {
            return false;
        }
        boolean firstScaled = num.scaled;
        double lo = num.value;
        boolean yearish = plainInt(t) && tk.intDigits[t] == 4;
        if (yearish && plainInt(a + 1) && tk.intDigits[a + 1] == 4) {
            return false;   // "2022-2025" is two years, read one by one
        }
        if (dash && tk.glued(a) && plainInt(t) && tk.intDigits[t] >= 3 && tk.intDigits[a + 1] >= 4) {
            return false;   // "555-1234"
        }
        int savedNext = num.next;
        boolean savedWords = num.words;
        double savedScale = num.scale;
        boolean savedOne = num.one;
        double savedStep = num.step;
        if (!num.read(a + 1)) {
            num.set(lo, savedNext, savedWords, firstScaled, savedScale, savedOne, savedStep);
            return false;
        }
        double hi = num.value;
        boolean scaleBoth = !firstScaled && num.scaled;
        double loScaled = scaleBoth ? lo * num.scale : lo;
        if (!(hi > loScaled)) {
            num.set(lo, savedNext, savedWords, firstScaled, savedScale, savedOne, savedStep);
            return false;   // "voted 51 to 49" is a tally, not a range
        }
        lo = loScaled;
        s.stepLow = scaleBoth ? savedStep * num.scale : savedStep;
        s.stepHigh = num.step;
        s.ranged = true;
        s.low = lo;
        s.high = hi;
        s.value = (lo + hi) / 2;
        num.value = s.value;
        return true;
    }

    /** "between 1,000 and 1,500 troops": the second quantity carries the unit for both. */
    boolean between(int i) {
        if (i + 3 >= tk.n || tk.type[i + 1] != NUM && tk.symAt(i + 1) == 0) {
            return false;
        }
        int t = i + 1;
        if (tk.type[t] == SYM) {
            t++;
        }
        if (!num.read(t) || !tk.isWord(num.next, "and")) {
            return false;
        }
        double lo = num.value;
        boolean loScaled = num.scaled;
        double loStep = num.step;
        if (!quantity(num.next + 1) || s.ranged || s.kind == Kind.DATE || s.kind == Kind.ORDINAL) {
            return false;
        }
        if (!loScaled && num.scaled) {
            lo *= num.scale;
            loStep *= num.scale;
        }
        if (num.value != 0 && s.value != num.value) {
            lo *= s.value / num.value;   // a conversion the unit applied to the second number (sq mi → km2)
            loStep *= s.value / num.value;
        }
        if (!(s.value > lo)) {
            return false;
        }
        s.stepLow = loStep;
        s.stepHigh = Double.isNaN(s.step) ? Intervals.stepOf(s.value) : s.step;
        s.firstTok = i;
        s.ranged = true;
        s.low = lo;
        s.high = s.value;
        s.value = (lo + s.value) / 2;
        return true;
    }

    /** "half of", "a third of", "a quarter of": a share, read as a percentage. */
    boolean fraction(int t0) {
        reset(t0);
        if (s.ratios.shareMore(t0)) {
            return true;
        }
        if (tk.isWord(t0, "half") && (tk.isWord(t0 + 1, "of") || tk.isWord(t0 + 1, "the"))) {
            // "the first half of the year" is a period, not a share.
            String prev = t0 > 0 && tk.type[t0 - 1] == WORD ? tk.lower[t0 - 1] : null;
            if (prev == "first" || prev == "second" || prev == "other" || prev == "last" || textIs(t0 - 1, "latter")
                    || textIs(t0 - 1, "back")) {
                return false;
            }
            s.step = Intervals.FRACTION_STEP;
            return set(Kind.PERCENT, 50, "%", t0 + 1);
        }
        if ((tk.isWord(t0, "a") || tk.isWord(t0, "one")) && t0 + 2 < tk.n && tk.type[t0 + 1] == WORD) {
            String w = tk.lower[t0 + 1];
            if (w != null && w != "half" && Lexicon.FRACTIONS.containsKey(w) && !w.endsWith("s")
                    && (tk.isWord(t0 + 2, "of") || afterBy(t0))) {
                s.step = Intervals.FRACTION_STEP;
                return set(Kind.PERCENT, Lexicon.FRACTIONS.get(w), "%", t0 + 2);
            }
        }
        return false;
    }

    /** "fell by a fifth", "shrank by almost a third": "by", perhaps with a hedge between. */
    boolean afterBy(int t0) {
        for (int k = t0 - 1; k >= 0 && k >= t0 - 3; k--) {
            if (tk.isWord(k, "by")) {
                return true;
            }
            if (tk.type[k] != WORD || tk.lower[k] == null || !Hedge.words().contains(tk.lower[k])) {
                return false;
            }
        }
        return false;
    }

    /**
     * "-3.2%", "−5 per cent", "minus 5 per cent", "-$5 billion": a negative percentage or sum. The sign
     * must stand apart from what precedes it, so "18-22%" stays a range.
     */
    boolean negative(int i) {
        char c = tk.symAt(i);
        boolean sign = (c == '-' || c == '−' || c == '–') && (i == 0 || tk.gap[i]) && i + 1 < tk.n && tk.glued(i + 1)
                && (tk.type[i + 1] == NUM || tk.type[i + 1] == SYM);
        boolean word = tk.isWord(i, "minus") && i + 1 < tk.n && tk.gap[i + 1];
        if (!sign && !word) {
            return false;
        }
        s.minusSign = true;
        boolean read = quantity(i + 1);
        s.minusSign = false;
        if (!read || !(s.kind == Kind.PERCENT || s.kind == Kind.MONEY || s.kind == Kind.TEMPERATURE)) {
            return false;
        }
        s.firstTok = i;
        if (s.kind == Kind.TEMPERATURE) {
            return true;    // the sign was applied before converting from Fahrenheit
        }
        s.value = -s.value;
        if (s.ranged) {
            double lo = s.low;
            s.low = -s.high;
            s.high = -lo;
            double sl = s.stepLow;
            s.stepLow = s.stepHigh;
            s.stepHigh = sl;
        }
        s.firstTok = i;
        return true;
    }
}
