package org.factcheck.figures;

import static org.factcheck.figures.Tokens.WORD;

/** Figures led by a word: months, "early/mid/late", weekdays, "half a year", ordinals, "a fortnight", relative dates. */
final class WordFigures extends Matcher {
    WordFigures(Scan s) {
        super(s);
    }

    boolean wordFigure(int i) {
        reset(i);
        String w = tk.lower[i];
        Integer month = Lexicon.MONTHS.get(w);
        if (month != null && tk.capitalised(i)) {
            return s.dates.monthDate(i, month);
        }
        if ((w == "early" || w == "mid" || w == "late") && s.dates.qualified(i, w)) {
            return true;
        }
        if ((w == "first" || w == "second" || w == "third" || w == "fourth") && s.dates.partOfYear(i, w)) {
            return true;
        }
        Integer weekday = Lexicon.WEEKDAYS.get(w);
        if (weekday != null && published != null && tk.capitalised(i) && s.dates.weekday(i, weekday, i, 0)) {
            return true;
        }
        if (w == "half" && (tk.isWord(i + 1, "a") || tk.isWord(i + 1, "an")) && i + 2 < tk.n
                && tk.lower[i + 2] != null && !tk.lower[i + 2].endsWith("s")) {
            String du = Lexicon.DURATIONS.get(tk.lower[i + 2]);
            if (du != null) {
                s.step = 0.5;
                return set(Kind.DURATION, 0.5, du, i + 3);  // "half a year", "half an hour"
            }
            if (tk.lower[i + 2] == "decade") {
                s.step = 5;
                return set(Kind.DURATION, 5, "year", i + 3);
            }
        }
        if ((w == "a" || w == "an") && i + 1 < tk.n && tk.lower[i + 1] != null && i + 4 < tk.n
                && tk.isWord(i + 2, "and") && tk.isWord(i + 3, "a") && tk.isWord(i + 4, "half")) {
            String x = tk.lower[i + 1];
            String du = Lexicon.DURATIONS.get(x);
            if (du != null && !x.endsWith("s")) {
                s.step = 0.5;
                return set(Kind.DURATION, 1.5, du, i + 5);  // "a year and a half", "an hour and a half"
            }
            if (x == "decade") {
                s.step = 5;
                return set(Kind.DURATION, 15, "year", i + 5);
            }
        }
        Integer ord = Lexicon.ORDINALS.get(w);
        if (ord != null && !(tk.capitalised(i) && !sentenceStart(i))) {     // "the Fourth of July" is a name
            String prev = i > 0 && tk.type[i - 1] == WORD ? tk.lower[i - 1] : null;
            if (prev != null && Lexicon.UNITS.containsKey(prev)) {
                return false;   // "two fifths": a share, handled elsewhere
            }
            return set(Kind.ORDINAL, ord, null, i + 1);
        }
        if (s.ratios.word(i)) {
            return true;
        }
        if ((w == "a") && tk.isWord(i + 1, "fortnight") && !(i > 0 && tk.type[i - 1] == WORD
                && (tk.lower[i - 1] == "once" || tk.lower[i - 1] == "twice" || tk.lower[i - 1] == "per"))) {
            // "for a fortnight"; "once a fortnight" is a rate, not a duration
            if (tk.isWord(i + 2, "ago") && published != null) {
                return s.dates.ago(1, "fortnight", i + 3);
            }
            s.step = 1;
            return set(Kind.DURATION, 1, "fortnight", i + 2);
        }
        if (w == "a" && tk.isWord(i + 1, "decade")) {
            if (tk.isWord(i + 2, "ago") && published != null) {
                return s.dates.ago(10, "year", i + 3);
            }
            return set(Kind.DURATION, 10, "year", i + 2);
        }
        if (published != null) {
            return s.dates.relative(i, w);
        }
        return false;
    }
}
