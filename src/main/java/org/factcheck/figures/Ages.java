package org.factcheck.figures;

import static org.factcheck.figures.Tokens.WORD;

/** A person's age: "aged 34", "Trump, 79,", "the president, 79,". */
final class Ages extends Matcher {
    Ages(Scan s) {
        super(s);
    }

    /** "aged 34", "age 50": a person's age. */
    boolean age(int i) {
        int t = i + 1;
        if (t >= tk.n || !tk.gap[t] || !plainInt(t) || tk.intDigits[t] > 3 || tk.mantissa[t] > 130) {
            return false;
        }
        reset(i);
        s.step = 1;
        return set(Kind.AGE, tk.mantissa[t], "year", t + 1);
    }

    /**
     * "Angelina Jolie, 50, is…", "Trump, 79, said", "the envoy, 73,": a number set off by commas after a name or
     * after a noun for a person ({@link Lexicon#ROLE_NOUNS}) is an age.
     */
    boolean apposedAge(int t0, int a) {
        if (!plainInt(t0) || tk.intDigits[t0] > 3 || tk.mantissa[t0] < 1 || tk.mantissa[t0] > 120 || t0 < 2
                || a != t0 + 1 || !tk.gap[t0]) {
            return false;
        }
        if (!tk.isSym(t0 - 1, ',') || tk.gap[t0 - 1] || !(tk.isSym(a, ',') || tk.isSym(a, ')')) || tk.gap[a]) {
            return false;
        }
        int p = t0 - 2;
        if (tk.type[p] == WORD && !tk.capitalised(p) && tk.lower[p] != null && Lexicon.ROLE_NOUNS.contains(tk.lower[p])) {
            return true;    // "the president, 79,", "her husband, 81,": a person named by a role
        }
        if (tk.type[p] != WORD || !tk.capitalised(p) || allUpper(p)) {
            return false;
        }
        String w = tk.lower[p];
        return w == null || !(Lexicon.STOP.contains(w) || Lexicon.MONTHS.containsKey(w) || Lexicon.WEEKDAYS.containsKey(w));
    }
}
