package org.factcheck.figures;

import java.time.LocalDate;
import java.time.YearMonth;

import static org.factcheck.figures.Tokens.NUM;
import static org.factcheck.figures.Tokens.WORD;

/**
 * The state every matcher shares while the text is read: the token stream, the published date, the
 * number parser, and the figure being built. State of the current match lives in fields rather than
 * in result objects: this runs over every token of every article. The matchers are created here, so
 * each can hand a sub-reading to another ("between 1,000 and 1,500 troops" reads its second half as
 * a quantity).
 */
final class Scan {
    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2100;

    final Tokens tk;
    final CharSequence text;
    final LocalDate published;
    final NumberParser num;

    // The figure being built.
    Kind kind;
    double value;
    String unit;
    Double low;
    Double high;
    String iso;
    boolean resolved;
    boolean ranged;
    int firstTok;
    int endTok;
    /** The precision of the number as written (NaN: work it out from the value); a range has one per end. */
    double step;
    double stepLow;
    double stepHigh;

    int nounEnd;
    boolean nounCapitalised;
    /** The first noun candidate, before "member states"-style compounding; years test this one. */
    String nounFirst;
    boolean compoundNouns = true;
    /** Set by a matcher that recognised tokens which must not be read again, but make no figure. */
    int skipTo;
    /** True while "early/mid/late" reads the month after it: the qualifier is its lead word. */
    boolean qualifiedMonth;
    /** A minus sign or "minus" stands before the number being read ({@link Quantities#negative}). */
    boolean minusSign;

    final Furniture furniture;
    final Labels labels;
    final Quantities quantities;
    final Suffixes suffixes;
    final Money money;
    final Dates dates;
    final WordFigures words;
    final Temperatures temperatures;
    final Ages ages;
    final Ratios ratios;

    Scan(CharSequence text, LocalDate published) {
        this.text = text;
        this.tk = new Tokens(text);
        this.num = new NumberParser(tk);
        this.published = published;
        furniture = new Furniture(this);
        labels = new Labels(this);
        quantities = new Quantities(this);
        suffixes = new Suffixes(this);
        money = new Money(this);
        dates = new Dates(this);
        words = new WordFigures(this);
        temperatures = new Temperatures(this);
        ages = new Ages(this);
        ratios = new Ratios(this);
    }

    void reset(int first) {
        firstTok = first;
        iso = null;
        unit = null;
        resolved = false;
        ranged = false;
        low = null;
        high = null;
        step = Double.NaN;
        stepLow = Double.NaN;
        stepHigh = Double.NaN;
    }

    boolean set(Kind k, double v, String u, int end) {
        kind = k;
        value = v;
        unit = u;
        endTok = end;
        return true;
    }

    boolean date(LocalDate first, LocalDate last, String isoName, int end) {
        kind = Kind.DATE;
        value = first.toEpochDay();
        low = (double) first.toEpochDay();
        high = (double) last.toEpochDay();
        unit = null;
        iso = isoName;
        endTok = end;
        return true;
    }

    /** A run of whole months of a year, named "2025-01/2025-03". */
    boolean part(int year, int firstMonth, int months, int end) {
        YearMonth from = YearMonth.of(year, firstMonth);
        YearMonth to = from.plusMonths(months - 1);
        return date(from.atDay(1), to.atEndOfMonth(), from + "/" + to, end);
    }

    boolean isYear(int t) {
        return t < tk.n && tk.type[t] == NUM && plainInt(t) && tk.intDigits[t] == 4 && tk.mantissa[t] >= MIN_YEAR
                && tk.mantissa[t] <= MAX_YEAR;
    }

    boolean plainInt(int t) {
        return tk.type[t] == NUM && tk.flags[t] == 0;
    }

    boolean isHyphen(int t) {
        return tk.isHyphen(t);
    }

    boolean allUpper(int t) {
        for (int k = tk.start[t]; k < tk.end[t]; k++) {
            if (!Character.isUpperCase(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    boolean endsWith(int t, String suffix) {
        int len = tk.end[t] - tk.start[t];
        if (len <= suffix.length() + 1) {
            return false;
        }
        for (int k = 0; k < suffix.length(); k++) {
            if (Character.toLowerCase(text.charAt(tk.end[t] - suffix.length() + k)) != suffix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The word at t is {@code w} (lower case), for words kept out of the vocabulary because they are
     * common and only matter in rare spots ("latter", "effect"): keeping them out keeps the reader's
     * fast path skipping them.
     */
    boolean textIs(int t, String w) {
        if (t < 0 || t >= tk.n || tk.type[t] != WORD || tk.end[t] - tk.start[t] != w.length()) {
            return false;
        }
        for (int k = 0; k < w.length(); k++) {
            if (Character.toLowerCase(text.charAt(tk.start[t] + k)) != w.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** True at the start of the text, a line or a sentence (after . ! ? : or an opening quote or bracket). */
    boolean sentenceStart(int t) {
        if (t == 0 || tk.nl[t]) {
            return true;
        }
        char c = tk.symAt(t - 1);
        if (c == 0) {
            return false;
        }
        if (c == '"' || c == '“' || c == '‘' || c == '\'' || c == '(' || c == '[' || c == '•' || c == '*') {
            return t - 1 == 0 || tk.nl[t - 1] || tk.gap[t - 1] || ".!?:".indexOf(tk.symAt(t - 2)) >= 0;
        }
        return ".!?:;–—".indexOf(c) >= 0;
    }

    boolean sentenceEnd(int k) {
        char c = tk.symAt(k);
        return c == '.' || c == '!' || c == '?';
    }

    boolean isMonth(int t) {
        return tk.type[t] == WORD && tk.lower[t] != null && Lexicon.MONTHS.containsKey(tk.lower[t])
                && tk.capitalised(t);
    }
}
