package org.factcheck.figures;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.factcheck.figures.Tokens.ID;
import static org.factcheck.figures.Tokens.NUM;
import static org.factcheck.figures.Tokens.SYM;
import static org.factcheck.figures.Tokens.WORD;

/**
 * Reads figures from the token stream in one left-to-right pass.
 *
 * <p>At each token the reader tries, in order, a hedged quantity, a plain quantity (number plus
 * what follows it) and a word-led figure (month, ordinal, ratio, relative date). The first match
 * is the longest one starting there, and reading resumes after it, so "$800 billion" is one money
 * figure and never also a count of 800. State of the current match lives in fields rather than
 * in result objects: this runs over every token of every article.
 */
final class Reader {
    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2100;

    private final Tokens tk;
    private final CharSequence text;
    private final LocalDate published;
    private final List<Figure> out = new ArrayList<>();

    // The figure being built.
    private Kind kind;
    private double value;
    private String unit;
    private Double low;
    private Double high;
    private String iso;
    private boolean resolved;
    private boolean ranged;
    private int firstTok;
    private int endTok;
    /** The precision of the number as written (NaN: work it out from the value); a range has one per end. */
    private double step;
    private double stepLow;
    private double stepHigh;

    private final NumberParser num;

    private int nounEnd;
    private boolean nounCapitalised;
    /** The first noun candidate, before "member states"-style compounding; years test this one. */
    private String nounFirst;
    private boolean compoundNouns = true;
    /** Set by a matcher that recognised tokens which must not be read again, but make no figure. */
    private int skipTo;
    /** True while "early/mid/late" reads the month after it: the qualifier is its lead word. */
    private boolean qualifiedMonth;

    Reader(CharSequence text, LocalDate published) {
        this.text = text;
        this.tk = new Tokens(text);
        this.num = new NumberParser(tk);
        this.published = published;
    }

    List<Figure> read() {
        int i = 0;
        int n = tk.n;
        while (i < n) {
            if (tk.nl[i] && furniture(i)) {
                i++;
                while (i < n && !tk.nl[i]) {
                    i++;    // page furniture: the whole line holds none of the article's figures
                }
                continue;
            }
            int next = at(i);
            i = next > i ? next : i + 1;
        }
        return out;
    }

    /**
     * A line of page furniture starting at token i: a promo or cross-link line ("👉 See also: …",
     * "✨ Don't miss: …", "Read more: …", "📖 Related: …") or a listing's timestamp alone on its
     * line ("2 minutes ago"). Their figures belong to other stories.
     */
    private boolean furniture(int i) {
        int n = tk.n;
        // "2 minutes ago" alone on a line
        if (i + 2 < n && tk.type[i] == NUM && tk.lower[i + 1] != null && Lexicon.DURATIONS.containsKey(tk.lower[i + 1])
                && tk.isWord(i + 2, "ago") && (i + 3 >= n || tk.nl[i + 3])) {
            return true;
        }
        int j = i;
        while (j < n && tk.type[j] == SYM && j - i < 4 && (j == i || !tk.nl[j])) {
            j++;
        }
        if (j >= n || tk.type[j] != WORD || (j > i && tk.nl[j])) {
            return false;
        }
        if (j > i && pictograph(text.charAt(tk.start[i])) && titleCase(j)) {
            return true;    // "👉 Effingham County Jail Bookings 72 Hours": a promo headline without a label
        }
        int colon = -1;
        for (int k = j; k < n && k < j + 6 && !(k > j && tk.nl[k]); k++) {
            if (tk.isSym(k, ':')) {
                colon = k;
                break;
            }
        }
        if (colon < 0) {
            return false;
        }
        String label = text.subSequence(tk.start[j], tk.start[colon]).toString().toLowerCase(java.util.Locale.ROOT)
                .replace('’', '\'').strip();
        return Lexicon.PROMO_LABELS.contains(label);
    }

    private int at(int i) {
        byte ty = tk.type[i];
        if (ty == ID && quarterId(i)) {
            emit(i, null);
            return endTok;
        }
        if (ty == ID || (ty == WORD && tk.lower[i] == null)) {
            return i + 1;   // unknown words and ids never start a figure
        }
        skipTo = -1;
        if (negative(i)) {
            emit(i, null);
            return endTok;
        }
        if (ty == WORD && (tk.lower[i] == "aged" || tk.lower[i] == "age") && age(i)) {
            emit(i, null);
            return endTok;
        }
        Hedge.Entry h = Hedge.match(tk, i);
        if (h != null) {
            int q = i + h.words().length;
            boolean hit = quantity(q) || (q < tk.n && tk.type[q] == WORD && tk.lower[q] != null && wordFigure(q));
            // "over ten years" after a sum means "spread across", not "more than": no hedge on durations.
            boolean over = h.words()[0].equals("over") && kind == Kind.DURATION;
            if (hit && !over && (kind == Kind.MONEY || kind == Kind.PERCENT || kind == Kind.COUNT
                    || kind == Kind.DURATION || kind == Kind.AREA) && !ranged) {
                emit(i, h);
                return endTok;
            }
        }
        skipTo = -1;
        if (ty == WORD && tk.lower[i] == "between" && between(i)) {
            emit(i, null);
            return endTok;
        }
        if (quantity(i) || (ty == WORD && wordFigure(i))) {
            emit(firstTok, null);
            return endTok;
        }
        return Math.max(skipTo, i + 1);
    }

    private void emit(int startTok, Hedge.Entry h) {
        int s = tk.start[startTok];
        int e = tk.end[endTok - 1];
        Double lo = low;
        Double hi = high;
        Double readLo = low;
        Double readHi = high;
        String hedge = null;
        double v = Intervals.clean(value);
        if (h != null) {
            hedge = text.subSequence(s, tk.end[startTok + h.words().length - 1]).toString();
        }
        if (kind == Kind.DATE) {
            // a date is its period, already
        } else if (kind == Kind.ORDINAL || kind == Kind.RATIO) {
            lo = v;
            hi = v;
            readLo = v;
            readHi = v;
        } else {
            double st = Double.isNaN(step) ? Intervals.stepOf(v) : step;
            Double[] iv;
            if (ranged) {
                double sl = Double.isNaN(stepLow) ? Intervals.stepOf(low) : stepLow;
                double sh = Double.isNaN(stepHigh) ? Intervals.stepOf(high) : stepHigh;
                iv = Intervals.of(null, v, st, low, high, sl, sh);
            } else {
                iv = Intervals.of(h == null ? null : h.shape(), v, st, null, null, 0, 0);
            }
            lo = iv[0];
            hi = iv[1];
            readLo = iv[2];
            readHi = iv[3];
        }
        out.add(new Figure(s, e, text.subSequence(s, e).toString(), kind, v, unit, lo, hi, hedge, iso,
                resolved, readLo, readHi));
    }

    private void reset(int first) {
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

    private boolean set(Kind k, double v, String u, int end) {
        kind = k;
        value = v;
        unit = u;
        endTok = end;
        return true;
    }

    /**
     * "-3.2%", "−5 per cent", "minus 5 per cent", "-$5 billion": a negative percentage or sum. The sign
     * must stand apart from what precedes it, so "18-22%" stays a range.
     */
    private boolean negative(int i) {
        char c = tk.symAt(i);
        boolean sign = (c == '-' || c == '−' || c == '–') && (i == 0 || tk.gap[i]) && i + 1 < tk.n && tk.glued(i + 1)
                && (tk.type[i + 1] == NUM || tk.type[i + 1] == SYM);
        boolean word = tk.isWord(i, "minus") && i + 1 < tk.n && tk.gap[i + 1];
        if (!sign && !word) {
            return false;
        }
        if (!quantity(i + 1) || !(kind == Kind.PERCENT || kind == Kind.MONEY)) {
            return false;
        }
        value = -value;
        if (ranged) {
            double lo = low;
            low = -high;
            high = -lo;
            double sl = stepLow;
            stepLow = stepHigh;
            stepHigh = sl;
        }
        firstTok = i;
        return true;
    }

    /** "aged 34", "age 50": a person's age. */
    private boolean age(int i) {
        int t = i + 1;
        if (t >= tk.n || !tk.gap[t] || !plainInt(t) || tk.intDigits[t] > 3 || tk.mantissa[t] > 130) {
            return false;
        }
        reset(i);
        step = 1;
        return set(Kind.AGE, tk.mantissa[t], "year", t + 1);
    }

    /** "Q3 2025", "H1 2026": a quarter or a half of a year. */
    private boolean quarterId(int i) {
        int len = tk.end[i] - tk.start[i];
        if (len != 2 || i + 1 >= tk.n || !isYear(i + 1) || !tk.gap[i + 1]) {
            return false;
        }
        char a = Character.toUpperCase(text.charAt(tk.start[i]));
        int d = text.charAt(tk.start[i] + 1) - '0';
        reset(i);
        if (a == 'Q' && d >= 1 && d <= 4) {
            return part((int) tk.mantissa[i + 1], (d - 1) * 3 + 1, 3, i + 2);
        }
        if (a == 'H' && (d == 1 || d == 2)) {
            return part((int) tk.mantissa[i + 1], (d - 1) * 6 + 1, 6, i + 2);
        }
        return false;
    }

    /** A run of whole months of a year, named "2025-01/2025-03". */
    private boolean part(int year, int firstMonth, int months, int end) {
        YearMonth from = YearMonth.of(year, firstMonth);
        YearMonth to = from.plusMonths(months - 1);
        return date(from.atDay(1), to.atEndOfMonth(), from + "/" + to, end);
    }

    /** An emoji or dingbat (not a plain bullet): how promo lines are flagged in captures. */
    private static boolean pictograph(char c) {
        return Character.isSurrogate(c) || c >= 0x2600 && c <= 0x27BF || c >= 0x2B00 && c <= 0x2BFF;
    }

    /** The rest of the line from token j reads as a headline: most words of four letters or more are capitalised. */
    private boolean titleCase(int j) {
        int words = 0;
        int caps = 0;
        for (int k = j; k < tk.n && (k == j || !tk.nl[k]); k++) {
            if (tk.type[k] == WORD && tk.end[k] - tk.start[k] >= 4) {
                words++;
                if (tk.capitalised(k)) {
                    caps++;
                }
            }
        }
        return words >= 2 && caps * 5 >= words * 4;
    }

    // ---------------------------------------------------------------- quantities

    /** A number and what follows it, optionally led by a currency sign or code. */
    private boolean quantity(int t0) {
        if (t0 >= tk.n) {
            return false;
        }
        reset(t0);
        int t = t0;
        String cur = null;
        byte ty = tk.type[t0];
        if (ty == SYM) {
            cur = currencySign(tk.symAt(t0));
            if (cur == null) {
                return false;
            }
            t++;
        } else if (ty == WORD) {
            String w = tk.lower[t0];
            String pre = Lexicon.DOLLAR_PREFIXES.get(w);
            if (pre != null && tk.isSym(t0 + 1, '$') && tk.glued(t0 + 1) && allUpper(t0)) {
                cur = pre;
                t = t0 + 2;
            } else if (Lexicon.ISO_CODES.contains(w) && allUpper(t0) && t0 + 1 < tk.n && tk.type[t0 + 1] == NUM) {
                cur = w.toUpperCase(java.util.Locale.ROOT);
                t = t0 + 1;
            } else if (w == "rs" && tk.capitalised(t0)) {
                // "Rs 250 crore", "Rs. 500", "Rs500": Indian rupees
                t = t0 + 1;
                if (tk.isSym(t, '.') && tk.glued(t)) {
                    t++;
                }
                if (t < tk.n && tk.type[t] == NUM) {
                    cur = "INR";
                }
            }
        }
        if (cur != null) {
            if (t >= tk.n || tk.type[t] != NUM || !num.read(t) || hardLabel(t)) {
                return false;
            }
            double v = num.value;
            step = num.step;
            int end = num.next;
            if (range(t, end)) {
                end = num.next;
                v = value;
            }
            // "US$5 billion dollars" is rare, but "$5 billion USD" is not: swallow a repeated code.
            if (end < tk.n && tk.type[end] == WORD && cur.equalsIgnoreCase(tk.lowerOf(end))) {
                end++;
            }
            return set(Kind.MONEY, v, cur, end);
        }
        if (!num.read(t0)) {
            return fraction(t0);
        }
        step = num.step;
        if (num.words && t0 > 0 && !tk.gap[t0] && (isHyphen(t0 - 1) || tk.type[t0 - 1] == WORD)) {
            return false;   // "three-on-three", "one-on-one": the tail of a compound
        }
        if (num.words && tk.capitalised(t0) && !sentenceStart(t0)) {
            return false;   // "the Three Gorges Dam", "the Big Four", "the Group of Seven": names
        }
        boolean digits = !num.words;
        int a = num.next;
        if (digits) {
            if (isoDate(t0)) {
                return true;
            }
            if (hardLabel(t0)) {
                return false;
            }
            // "  1. Watch the Davos sidelines": a list marker, not a count.
            if (tk.nl[t0] && a == t0 + 1 && (tk.isSym(a, '.') || tk.isSym(a, ')')) && (a + 1 >= tk.n || tk.gap[a + 1])) {
                return false;
            }
            if (plainInt(t0) && tk.intDigits[t0] <= 2 && a == t0 + 1 && a < tk.n && tk.type[a] == WORD
                    && tk.gap[a] && isMonth(a)) {
                if (dayFirstDate(t0)) {
                    return true;
                }
                if (skipTo > t0) {
                    return false;
                }
            }
            if (range(t0, a)) {
                a = num.next;
            }
        }
        return suffix(t0, a, digits);
    }


    /**
     * "18-22%", "18–22 per cent", "1,000 to 1,500 troops": after the first number at t (ending at a),
     * a second one. On success the figure's low/high are set, value is the midpoint and num.next points
     * after the second number; the scale of the second applies to the first when it has none.
     */
    private boolean range(int t, int a) {
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
        stepLow = scaleBoth ? savedStep * num.scale : savedStep;
        stepHigh = num.step;
        ranged = true;
        low = lo;
        high = hi;
        value = (lo + hi) / 2;
        num.value = value;
        return true;
    }

    /** What follows the number decides the kind: percent, money, area, duration, ordinal, year or count. */
    private boolean suffix(int t0, int a, boolean digits) {
        int n = tk.n;
        String la = a < n && tk.type[a] == WORD ? tk.lower[a] : null;
        char sa = tk.symAt(a);
        double v = num.value;
        if ((la == "am" || la == "pm" || (la == "a" || la == "p") && tk.isSym(a + 1, '.') && !tk.gap[a + 1]
                && tk.isWord(a + 2, "m") && !tk.gap[a + 2])
                && digits && !ranged) {
            skipTo = a + 1;     // "3pm", "10 a.m.": a time of day, not a count
            return false;
        }
        // Percentages.
        if (sa == '%') {
            // "4.25%-4.5%": a range written with the sign on both ends
            int b = a + 1;
            char dash = tk.symAt(b);
            if (!ranged && (dash == '-' || dash == '–') && b + 2 < n && tk.type[b + 1] == NUM && tk.symAt(b + 2) == '%'
                    && tk.glued(b + 2)) {
                double hi = tk.number(b + 1);
                if (hi > v) {
                    ranged = true;
                    low = v;
                    high = hi;
                    stepLow = step;
                    stepHigh = Intervals.step(tk.mantissa[b + 1], tk.frac[b + 1], 1);
                    return set(Kind.PERCENT, (v + hi) / 2, "%", b + 3);
                }
            }
            return set(Kind.PERCENT, v, "%", a + 1);
        }
        if (la == "per" && tk.isWord(a + 1, "cent")) {
            return set(Kind.PERCENT, v, "%", a + 2);
        }
        if (la == "percent" || la == "pc") {
            return set(Kind.PERCENT, v, "%", a + 1);
        }
        if (la == "percentage" && (tk.isWord(a + 1, "points") || tk.isWord(a + 1, "point"))) {
            return set(Kind.PERCENT, v, "pp", a + 2);
        }
        if (la == "basis" && (tk.isWord(a + 1, "points") || tk.isWord(a + 1, "point"))) {
            step = step / 100;
            return set(Kind.PERCENT, v / 100, "pp", a + 2);
        }
        if (la == "in" && !ranged && a + 1 < tk.n && v >= 1) {
            // "one in five", "two in three": a share
            int savedNext = num.next;
            boolean savedWords = num.words;
            boolean savedScaled = num.scaled;
            double savedScale = num.scale;
            boolean savedOne = num.one;
            double savedStep = num.step;
            if (num.read(a + 1) && !num.scaled && num.value > v && num.value <= 1000) {
                step = Intervals.FRACTION_STEP;
                return set(Kind.PERCENT, 100 * v / num.value, "%", num.next);
            }
            num.set(v, savedNext, savedWords, savedScaled, savedScale, savedOne, savedStep);
        }
        if (num.words && la != null && Lexicon.FRACTIONS.containsKey(la) && la != "half" && la != "halves"
                && (num.one ? !la.endsWith("s") : la.endsWith("s")) && tk.isWord(a + 1, "of")) {
            step = Intervals.FRACTION_STEP;
            return set(Kind.PERCENT, v * Lexicon.FRACTIONS.get(la), "%", a + 1);
        }
        if (num.one && !num.scaled) {
            // "one" and "a" are articles far more often than figures: only "one per cent" and scales count.
            if (isHyphen(a) && tk.glued(a) && a + 1 < n && tk.glued(a + 1) && tk.lower[a + 1] != null
                    && Lexicon.FRACTIONS.containsKey(tk.lower[a + 1])) {
                step = Intervals.FRACTION_STEP;
                return set(Kind.PERCENT, Lexicon.FRACTIONS.get(tk.lower[a + 1]), "%", a + 2);
            }
            return false;
        }
        // Cents and pence: "50 cents", "20 pence", "85p"; "3 dollars and 50 cents" is read from the dollars.
        if ((la == "cents" || la == "cent") && !ranged) {
            step = step / 100;
            return set(Kind.MONEY, v / 100, "USD", a + 1);
        }
        if (la == "euro" && (tk.isWord(a + 1, "cents") || tk.isWord(a + 1, "cent")) && !ranged) {
            step = step / 100;
            return set(Kind.MONEY, v / 100, "EUR", a + 2);     // "50 euro cents"
        }
        if (la == "pence" || la == "p" && !tk.gap[a] && digits) {
            step = step / 100;
            return set(Kind.MONEY, v / 100, "GBP", a + 1);
        }
        int named = namedCurrency(a);
        if (named > a) {
            String cur = unit;
            int end = andCents(named);
            return set(Kind.MONEY, value(v, cur, named, end), cur, end);
        }
        // Money named after the number.
        if (la == "us" && a + 1 < n && tk.lower[a + 1] != null && tk.lower[a + 1].startsWith("dollar")) {
            return set(Kind.MONEY, v, "USD", a + 2);
        }
        if (la != null && Lexicon.CURRENCY_WORDS.containsKey(la)
                && (!Lexicon.ISO_CODES.contains(la) || allUpper(a))) {
            String cur = Lexicon.CURRENCY_WORDS.get(la);
            int end = andCents(a + 1);
            return set(Kind.MONEY, value(v, cur, a + 1, end), cur, end);
        }
        // Areas.
        if (area(a, v)) {
            return true;
        }
        // Hyphenated adjectives: "15-year", "two-hour", "five-fold", "two-thirds", "20-point", "32-member".
        if (isHyphen(a) && tk.glued(a) && a + 1 < n && tk.type[a + 1] == WORD && tk.glued(a + 1)) {
            String w = tk.lowerOf(a + 1);
            String du = Lexicon.DURATIONS.get(w);
            if (du != null) {
                int end = a + 2;
                if (isHyphen(end) && tk.glued(end) && tk.isWord(end + 1, "old") && tk.glued(end + 1)) {
                    return set(Kind.AGE, v, du, end + 2);     // "the 73-year-old actor": an age
                }
                return set(Kind.DURATION, v, du, end);
            }
            if (w.equals("strong") && v == Math.rint(v)) {
                // "a 20,000-strong force": what is counted follows
                compoundNouns = false;  // "a 1.2m-strong diaspora lives": the head is singular here
                String noun = noun(a + 2);
                compoundNouns = true;
                return noun == null ? set(Kind.COUNT, v, null, a + 2) : set(Kind.COUNT, v, noun, nounEnd);
            }
            if (w.equals("fold")) {
                return set(Kind.RATIO, v, null, a + 2);
            }
            if (num.words && Lexicon.FRACTIONS.containsKey(w) && w.endsWith("s")) {
                step = Intervals.FRACTION_STEP;
                return set(Kind.PERCENT, v * Lexicon.FRACTIONS.get(w), "%", a + 2);
            }
            if (Lexicon.STOP.contains(w) || w.equals("like") || w.equals("way") || !Character.isLetter(w.charAt(0))) {
                return false;
            }
            // A count is whole: "5.8-magnitude" is a measurement we do not read.
            if (v == Math.rint(v) && (digits ? !softLabel(t0) : Lexicon.WORD_COMPOUND_NOUNS.contains(w))) {
                return set(Kind.COUNT, v, w, a + 2);
            }
            return false;
        }
        // Durations, and "N units ago" as a date when there is a published date to count back from.
        if (la != null && Lexicon.DURATIONS.containsKey(la)) {
            String du = Lexicon.DURATIONS.get(la);
            if (tk.isWord(a + 1, "ago") && published != null && !ranged) {
                return ago(v, du, a + 2);
            }
            if (tk.isWord(a + 1, "old") && !ranged) {
                return set(Kind.AGE, v, du, a + 2);       // "50 years old"
            }
            return set(Kind.DURATION, v, du, a + 1);
        }
        if (la == "decade" || la == "decades") {
            if (tk.isWord(a + 1, "ago") && published != null && !ranged) {
                return ago(v * 10, "year", a + 2);
            }
            step *= 10;
            return set(Kind.DURATION, v * 10, "year", a + 1);
        }
        if (la == "times") {
            return set(Kind.COUNT, v, "times", a + 1);
        }
        if (digits && !ranged) {
            // Glued suffixes: "1990s", "1990's", "47th".
            if (a < n && !tk.gap[a] && la != null && plainInt(t0)) {
                if (la == "s" && tk.intDigits[t0] == 4 && decade(t0, a + 1)) {
                    return true;
                }
                if (Lexicon.ORDINAL_SUFFIXES.contains(la)) {
                    return set(Kind.ORDINAL, v, null, a + 1);
                }
            }
            if ((sa == '\'' || sa == '’') && !tk.gap[a] && tk.isWord(a + 1, "s") && !tk.gap[a + 1]
                    && plainInt(t0) && tk.intDigits[t0] == 4 && decade(t0, a + 2)) {
                return true;
            }
            if (plainInt(t0) && tk.intDigits[t0] == 4 && !num.scaled && v >= MIN_YEAR && v <= MAX_YEAR) {
                noun(a);
                String noun = nounFirst;
                if (noun == null || !noun.endsWith("s") || nounCapitalised) {
                    int y = (int) v;
                    return date(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), Integer.toString(y), t0 + 1);
                }
            }
            if (softLabel(t0)) {
                return false;
            }
            if (apposedAge(t0, a)) {
                step = 1;
                return set(Kind.AGE, v, "year", a);
            }
        }
        String noun = noun(a);
        if (noun == null || num.words && nounCapitalised) {
            if (num.words) {
                return false;   // "three" alone in prose is not worth a figure, nor "Three Gorges"
            }
            return set(Kind.COUNT, v, null, a);
        }
        return set(Kind.COUNT, v, noun, nounEnd);
    }

    /** "Angelina Jolie, 50, is…", "Trump, 79, said": a number set off by commas after a name is an age. */
    private boolean apposedAge(int t0, int a) {
        if (!plainInt(t0) || tk.intDigits[t0] > 3 || tk.mantissa[t0] < 1 || tk.mantissa[t0] > 120 || t0 < 2
                || a != t0 + 1 || !tk.gap[t0]) {
            return false;
        }
        if (!tk.isSym(t0 - 1, ',') || tk.gap[t0 - 1] || !(tk.isSym(a, ',') || tk.isSym(a, ')')) || tk.gap[a]) {
            return false;
        }
        int p = t0 - 2;
        if (tk.type[p] != WORD || !tk.capitalised(p) || allUpper(p)) {
            return false;
        }
        String w = tk.lower[p];
        return w == null || !(Lexicon.STOP.contains(w) || Lexicon.MONTHS.containsKey(w) || Lexicon.WEEKDAYS.containsKey(w));
    }

    /**
     * A currency named in words after the number: "Australian dollars", "Swiss francs", "Indian
     * rupees". Sets {@code unit} and returns the token after the name, or {@code a} when there is none.
     */
    private int namedCurrency(int a) {
        int n = tk.n;
        if (a + 1 >= n || tk.type[a] != WORD || !tk.capitalised(a) || !tk.gap[a] || tk.lower[a] == null
                || !Lexicon.NAMED_CURRENCY_FIRST.contains(tk.lower[a])) {
            return a;
        }
        String one = tk.lower[a];
        for (int len = 3; len >= 2; len--) {
            if (a + len - 1 >= n) {
                continue;
            }
            StringBuilder sb = new StringBuilder(one);
            boolean ok = true;
            for (int k = 1; k < len && ok; k++) {
                ok = tk.type[a + k] == WORD && tk.gap[a + k];
                if (ok) {
                    sb.append(' ').append(tk.lowerOf(a + k));
                }
            }
            String code = ok ? Lexicon.NAMED_CURRENCIES.get(sb.toString()) : null;
            if (code != null) {
                unit = code;
                return a + len;
            }
        }
        return a;
    }

    /** After a sum in words, "and 50 cents" / "and 20 pence": the token after them, or {@code end}. */
    private int andCents(int end) {
        if (tk.isWord(end, "and") && end + 2 < tk.n && tk.type[end + 1] == NUM && plainInt(end + 1)
                && tk.intDigits[end + 1] <= 2 && (tk.isWord(end + 2, "cents") || tk.isWord(end + 2, "pence"))) {
            return end + 3;
        }
        return end;
    }

    /** The value of a sum in words, with the cents of "3 dollars and 50 cents" added. */
    private double value(double v, String cur, int afterCurrency, int end) {
        if (end == afterCurrency) {
            return v;
        }
        step = 0.01;
        return v + tk.mantissa[afterCurrency + 1] / 100.0;
    }

    private boolean area(int a, double v) {
        int n = tk.n;
        if (a >= n) {
            return false;
        }
        String la = tk.type[a] == WORD ? tk.lower[a] : null;
        if (la == "square" || la == "sq") {
            int b = a + 1;
            if (tk.isSym(b, '.') && !tk.gap[b]) {
                b++;
            }
            String lb = b < n && tk.type[b] == WORD ? tk.lower[b] : null;
            if (lb == "miles" || lb == "mile" || lb == "mi") {
                step *= Lexicon.SQ_MILE_KM2;
                return set(Kind.AREA, v * Lexicon.SQ_MILE_KM2, "km2", b + 1);
            }
            if (lb == "kilometres" || lb == "kilometers" || lb == "kilometre" || lb == "kilometer" || lb == "km") {
                return set(Kind.AREA, v, "km2", b + 1);
            }
            return false;
        }
        if (la == "km" && tk.symAt(a + 1) == '²' && !tk.gap[a + 1]) {
            return set(Kind.AREA, v, "km2", a + 2);
        }
        if (tk.type[a] == ID && tk.gap[a]) {
            String id = tk.textOf(a);
            if (id.equalsIgnoreCase("km2")) {
                return set(Kind.AREA, v, "km2", a + 1);
            }
            if (id.equalsIgnoreCase("mi2")) {
                step *= Lexicon.SQ_MILE_KM2;
                return set(Kind.AREA, v * Lexicon.SQ_MILE_KM2, "km2", a + 1);
            }
        }
        if (la != null && Lexicon.AREA_WORDS.containsKey(la)) {
            step *= Lexicon.AREA_WORDS.get(la);
            return set(Kind.AREA, v * Lexicon.AREA_WORDS.get(la), "km2", a + 1);
        }
        return false;
    }

    /** "half of", "a third of", "a quarter of": a share, read as a percentage. */
    private boolean fraction(int t0) {
        reset(t0);
        if (tk.isWord(t0, "half") && (tk.isWord(t0 + 1, "of") || tk.isWord(t0 + 1, "the"))) {
            // "the first half of the year" is a period, not a share.
            String prev = t0 > 0 && tk.type[t0 - 1] == WORD ? tk.lower[t0 - 1] : null;
            if (prev == "first" || prev == "second" || prev == "other" || prev == "last" || textIs(t0 - 1, "latter")
                    || textIs(t0 - 1, "back")) {
                return false;
            }
            step = Intervals.FRACTION_STEP;
            return set(Kind.PERCENT, 50, "%", t0 + 1);
        }
        if ((tk.isWord(t0, "a") || tk.isWord(t0, "one")) && t0 + 2 < tk.n && tk.type[t0 + 1] == WORD) {
            String w = tk.lower[t0 + 1];
            if (w != null && w != "half" && Lexicon.FRACTIONS.containsKey(w) && !w.endsWith("s")
                    && (tk.isWord(t0 + 2, "of") || afterBy(t0))) {
                step = Intervals.FRACTION_STEP;
                return set(Kind.PERCENT, Lexicon.FRACTIONS.get(w), "%", t0 + 2);
            }
        }
        return false;
    }

    /** "fell by a fifth", "shrank by almost a third": "by", perhaps with a hedge between. */
    private boolean afterBy(int t0) {
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

    /** "between 1,000 and 1,500 troops": the second quantity carries the unit for both. */
    private boolean between(int i) {
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
        if (!quantity(num.next + 1) || ranged || kind == Kind.DATE || kind == Kind.ORDINAL) {
            return false;
        }
        if (!loScaled && num.scaled) {
            lo *= num.scale;
            loStep *= num.scale;
        }
        if (num.value != 0 && value != num.value) {
            lo *= value / num.value;   // a conversion the unit applied to the second number (sq mi → km2)
            loStep *= value / num.value;
        }
        if (!(value > lo)) {
            return false;
        }
        stepLow = loStep;
        stepHigh = Double.isNaN(step) ? Intervals.stepOf(value) : step;
        firstTok = i;
        ranged = true;
        low = lo;
        high = value;
        value = (lo + value) / 2;
        return true;
    }

    // ---------------------------------------------------------------- word-led figures

    private boolean wordFigure(int i) {
        reset(i);
        String w = tk.lower[i];
        Integer month = Lexicon.MONTHS.get(w);
        if (month != null && tk.capitalised(i)) {
            return monthDate(i, month);
        }
        if ((w == "early" || w == "mid" || w == "late") && qualified(i, w)) {
            return true;
        }
        if ((w == "first" || w == "second" || w == "third" || w == "fourth") && partOfYear(i, w)) {
            return true;
        }
        Integer weekday = Lexicon.WEEKDAYS.get(w);
        if (weekday != null && published != null && tk.capitalised(i) && weekday(i, weekday, i, 0)) {
            return true;
        }
        if (w == "half" && (tk.isWord(i + 1, "a") || tk.isWord(i + 1, "an")) && i + 2 < tk.n
                && tk.lower[i + 2] != null && !tk.lower[i + 2].endsWith("s")) {
            String du = Lexicon.DURATIONS.get(tk.lower[i + 2]);
            if (du != null) {
                step = 0.5;
                return set(Kind.DURATION, 0.5, du, i + 3);  // "half a year", "half an hour"
            }
            if (tk.lower[i + 2] == "decade") {
                step = 5;
                return set(Kind.DURATION, 5, "year", i + 3);
            }
        }
        if ((w == "a" || w == "an") && i + 1 < tk.n && tk.lower[i + 1] != null && i + 4 < tk.n
                && tk.isWord(i + 2, "and") && tk.isWord(i + 3, "a") && tk.isWord(i + 4, "half")) {
            String x = tk.lower[i + 1];
            String du = Lexicon.DURATIONS.get(x);
            if (du != null && !x.endsWith("s")) {
                step = 0.5;
                return set(Kind.DURATION, 1.5, du, i + 5);  // "a year and a half", "an hour and a half"
            }
            if (x == "decade") {
                step = 5;
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
        Double ratio = Lexicon.RATIO_WORDS.get(w);
        if (ratio != null) {
            return set(Kind.RATIO, ratio, null, i + 1);
        }
        if (w == "a" && tk.isWord(i + 1, "decade")) {
            if (tk.isWord(i + 2, "ago") && published != null) {
                return ago(10, "year", i + 3);
            }
            return set(Kind.DURATION, 10, "year", i + 2);
        }
        if (published != null) {
            return relative(i, w);
        }
        return false;
    }

    /**
     * "early/mid/late" before a month ("late March", "mid-April 2025") or a year ("early 2026",
     * "mid-2025"): days 1–10, 11–20, 21 to the end of a month; January–April, May–August,
     * September–December of a year.
     */
    private boolean qualified(int i, String w) {
        int j = i + 1;
        if (isHyphen(j) && tk.glued(j) && tk.glued(j + 1)) {
            j++;
        } else if (j >= tk.n || !tk.gap[j]) {
            return false;
        }
        if (j >= tk.n) {
            return false;
        }
        int part = w == "early" ? 0 : w == "mid" ? 1 : 2;
        if (isYear(j) && (j + 1 >= tk.n || !tk.glued(j + 1) || tk.type[j + 1] == SYM && !isHyphen(j + 1)
                && tk.symAt(j + 1) != '\'' && tk.symAt(j + 1) != '’')) {
            reset(i);
            return this.part((int) tk.mantissa[j], part * 4 + 1, 4, j + 1);
        }
        Integer m = tk.type[j] == WORD && tk.lower[j] != null ? Lexicon.MONTHS.get(tk.lower[j]) : null;
        if (m == null || !tk.capitalised(j) || Lexicon.MONTH_ABBREVIATIONS.contains(tk.lower[j])) {
            return false;
        }
        qualifiedMonth = true;
        boolean ok = monthDate(j, m);
        qualifiedMonth = false;
        if (!ok || iso.length() != 7) {
            return false;   // a day was given ("early on March 3"): not a part of the month
        }
        LocalDate first = LocalDate.ofEpochDay(low.longValue());
        LocalDate last = LocalDate.ofEpochDay(high.longValue());
        LocalDate from = first.withDayOfMonth(part * 10 + 1);
        LocalDate to = part == 2 ? last : first.withDayOfMonth(part * 10 + 10);
        boolean res = resolved;
        date(from, to, from + "/" + to, endTok);
        resolved = res;
        firstTok = i;
        return true;
    }

    /** "the second half of 2024", "the first quarter of 2025": a part of a year named with its year. */
    private boolean partOfYear(int i, String w) {
        String x = i + 1 < tk.n ? tk.lower[i + 1] : null;
        if ((x != "half" && x != "quarter") || !tk.isWord(i + 2, "of") || !isYear(i + 3)) {
            return false;
        }
        int k = w == "first" ? 0 : w == "second" ? 1 : w == "third" ? 2 : 3;
        int year = (int) tk.mantissa[i + 3];
        if (x == "half") {
            return k < 2 && part(year, k * 6 + 1, 6, i + 4);
        }
        return part(year, k * 3 + 1, 3, i + 4);
    }

    /**
     * A weekday resolved from the published date: "on Friday" is the last Friday on or before it,
     * or the next one on or after it after a future cue ("will meet on Friday"); "last Friday" is
     * strictly before, "next Friday" strictly after. Needs a lead word, so a name is not read.
     */
    private boolean weekday(int i, int dow, int first, int step) {
        if (step == 0) {
            String prev = i > 0 && tk.type[i - 1] == WORD ? tk.lower[i - 1] : null;
            if (prev == null || !Lexicon.WEEKDAY_LEADS.contains(prev)) {
                return false;
            }
        }
        if (tk.isSym(i + 1, ',') && i + 2 < tk.n && tk.type[i + 2] == WORD && tk.lower[i + 2] != null
                && Lexicon.MONTHS.containsKey(tk.lower[i + 2])) {
            return false;   // "on Monday, Aug. 18": the date follows, and is read
        }
        int pd = published.getDayOfWeek().getValue();
        LocalDate d;
        if (step < 0) {
            int back = (pd - dow + 7) % 7;
            d = published.minusDays(back == 0 ? 7 : back);
        } else if (step > 0) {
            int fwd = (dow - pd + 7) % 7;
            d = published.plusDays(fwd == 0 ? 7 : fwd);
        } else if (futureCue(i, 30)) {
            // a weekday is near: the cue may open a long sentence ("will join … at the White House on Monday")
            d = published.plusDays((dow - pd + 7) % 7);
        } else {
            d = published.minusDays((pd - dow + 7) % 7);
        }
        reset(first);
        resolved = true;
        return date(d, d, d.toString(), i + 1);
    }

    /** "last July", "this year", "next month", "earlier this month": resolved against the published date. */
    private boolean relative(int i, String w) {
        int j = i;
        if (w == "earlier" || w == "later") {
            if (!tk.isWord(i + 1, "this")) {
                return false;
            }
            j = i + 1;
            w = "this";
        }
        if (w != "last" && w != "this" && w != "next") {
            return false;
        }
        if (j == i && i > 0 && (tk.isWord(i - 1, "the") || tk.isWord(i - 1, "a"))) {
            return false;   // "over the last year" is the past twelve months, not last calendar year
        }
        int step = w == "last" ? -1 : w == "next" ? 1 : 0;
        String x = j + 1 < tk.n && tk.type[j + 1] == WORD ? tk.lower[j + 1] : null;
        if (x == null) {
            return false;
        }
        resolved = true;
        if (x == "year") {
            int y = published.getYear() + step;
            return date(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), Integer.toString(y), j + 2);
        }
        if (x == "month") {
            YearMonth ym = YearMonth.from(published).plusMonths(step);
            return date(ym.atDay(1), ym.atEndOfMonth(), ym.toString(), j + 2);
        }
        if (x == "week") {
            LocalDate monday = published.minusDays(published.getDayOfWeek().getValue() - 1L).plusWeeks(step);
            LocalDate sunday = monday.plusDays(6);
            return date(monday, sunday, monday + "/" + sunday, j + 2);
        }
        Integer dow = Lexicon.WEEKDAYS.get(x);
        if (dow != null && tk.capitalised(j + 1) && j == i && step != 0) {
            return weekday(j + 1, dow, i, step);
        }
        Integer m = Lexicon.MONTHS.get(x);
        if (m != null && tk.capitalised(j + 1) && !Lexicon.MONTH_ABBREVIATIONS.contains(x)) {
            int pm = published.getMonthValue();
            int y = published.getYear();
            if (step < 0 && m >= pm) {
                y--;
            } else if (step > 0 && m <= pm) {
                y++;
            }
            YearMonth ym = YearMonth.of(y, m);
            return date(ym.atDay(1), ym.atEndOfMonth(), ym.toString(), j + 2);
        }
        resolved = false;
        return false;
    }

    /** Counts back from the published date; the precision follows the unit (years → a year, days → a day). */
    private boolean ago(double v, String du, int end) {
        if (v != Math.rint(v) || v > 2000) {
            // "2.5 years ago" has no clear period; "5,000 years ago" is history, not a date we can check.
            return set(Kind.DURATION, v, du, end - 1);
        }
        long k = (long) v;
        resolved = true;
        switch (du) {
            case "year": {
                int y = published.getYear() - (int) k;
                return date(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), Integer.toString(y), end);
            }
            case "month": {
                YearMonth ym = YearMonth.from(published).minusMonths(k);
                return date(ym.atDay(1), ym.atEndOfMonth(), ym.toString(), end);
            }
            case "week": {
                LocalDate d = published.minusWeeks(k);
                return date(d, d, d.toString(), end);
            }
            case "day": {
                LocalDate d = published.minusDays(k);
                return date(d, d, d.toString(), end);
            }
            default: {
                LocalDate d = published;   // hours and minutes ago: still the day of publication
                return date(d, d, d.toString(), end);
            }
        }
    }

    // ---------------------------------------------------------------- dates

    private boolean date(LocalDate first, LocalDate last, String isoName, int end) {
        kind = Kind.DATE;
        value = first.toEpochDay();
        low = (double) first.toEpochDay();
        high = (double) last.toEpochDay();
        unit = null;
        iso = isoName;
        endTok = end;
        return true;
    }

    private boolean isMonth(int t) {
        return tk.type[t] == WORD && tk.lower[t] != null && Lexicon.MONTHS.containsKey(tk.lower[t])
                && tk.capitalised(t);
    }

    /** "August 15, 2025", "Aug. 15, 2025", "January 17", "February 2025", "in February". */
    private boolean monthDate(int i, int month) {
        boolean abbr = Lexicon.MONTH_ABBREVIATIONS.contains(tk.lower[i]);
        int j = i + 1;
        if (abbr && tk.isSym(j, '.') && !tk.gap[j]) {
            j++;
        }
        int n = tk.n;
        if (j < n && tk.type[j] == NUM && tk.gap[j] && plainInt(j) && tk.intDigits[j] <= 2) {
            int day = (int) tk.mantissa[j];
            int k = j + 1;
            if (k < n && !tk.gap[k] && tk.type[k] == WORD && Lexicon.ORDINAL_SUFFIXES.contains(tk.lower[k])) {
                k++;
            }
            int year = -1;
            int end = k;
            if (tk.isSym(k, ',') && isYear(k + 1)) {
                year = (int) tk.mantissa[k + 1];
                end = k + 2;
            } else if (isYear(k) && tk.gap[k]) {
                year = (int) tk.mantissa[k];
                end = k + 1;
            }
            if (year < 0) {
                if (published == null) {
                    skipTo = end;   // "January 17" without a year to give it: the 17 is not a count either
                    return false;
                }
                year = yearFor(month, i);
                resolved = true;
            }
            if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
                return false;
            }
            LocalDate d = LocalDate.of(year, month, day);
            return date(d, d, d.toString(), end);
        }
        if (j < n && tk.isSym(j, ',') && isYear(j + 1) && !abbr) {
            j++;    // "February, 2025"
        }
        if (isYear(j) && tk.gap[j]) {
            YearMonth ym = YearMonth.of((int) tk.mantissa[j], month);
            return date(ym.atDay(1), ym.atEndOfMonth(), ym.toString(), j + 1);
        }
        if (abbr || published == null || i == 0) {
            return false;
        }
        if (!qualifiedMonth) {
            String prev = tk.type[i - 1] == WORD ? tk.lower[i - 1] : null;
            if (prev == null || !(month == 5 ? Lexicon.MAY_LEADS : Lexicon.MONTH_LEADS).contains(prev)) {
                return false;
            }
            if (isHyphen(i - 1)) {
                return false;
            }
        }
        int year = yearFor(month, i);
        resolved = true;
        YearMonth ym = YearMonth.of(year, month);
        return date(ym.atDay(1), ym.atEndOfMonth(), ym.toString(), i + 1);
    }

    /**
     * The year of a month named without one. A year printed earlier in the same sentence sets it
     * ("returns in 2026, with … a meeting in early January"). Otherwise the most recent such month
     * up to the published month ("in October" written in January means last October), or, with a
     * future cue earlier in the sentence ("could happen in January"), the next one from the
     * published month on.
     */
    private int yearFor(int month, int at) {
        int stated = yearEarlierInSentence(at);
        if (stated > 0) {
            return stated;
        }
        int pm = published.getMonthValue();
        int y = published.getYear();
        if (futureCue(at)) {
            return month < pm ? y + 1 : y;
        }
        return month > pm ? y - 1 : y;
    }

    /** The nearest year printed before token {@code at} in its sentence, or 0. */
    private int yearEarlierInSentence(int at) {
        for (int k = at - 1, seen = 0; k >= 0 && seen < 40; k--, seen++) {
            if (tk.type[k] == SYM && ".!?;".indexOf(tk.symAt(k)) >= 0) {
                return 0;
            }
            if (isYear(k)) {
                return (int) tk.mantissa[k];
            }
        }
        return 0;
    }

    private boolean futureCue(int at) {
        return futureCue(at, 8);
    }

    /** A future cue within {@code window} tokens before {@code at} in its sentence. */
    private boolean futureCue(int at, int window) {
        for (int k = at - 1, seen = 0; k >= 0 && seen < window; k--, seen++) {
            if (tk.type[k] == SYM) {
                char c = tk.symAt(k);
                if (c == '.' || c == '!' || c == '?' || c == ';') {
                    return false;
                }
                continue;
            }
            if (textIs(k, "effect") && (textIs(k - 1, "take") || textIs(k - 1, "takes"))) {
                return true;    // "the tariffs take effect in early April": present tense of a schedule
            }
            // A capitalised cue inside a sentence is a name ("the Coalition of the Will"), not a verb.
            if (tk.type[k] == WORD && tk.lower[k] != null && Lexicon.FUTURE_CUES.contains(tk.lower[k])
                    && !(tk.capitalised(k) && !sentenceStart(k))) {
                return true;
            }
        }
        return false;
    }

    /** "15 August 2025", "6 January". */
    private boolean dayFirstDate(int t0) {
        int day = (int) tk.mantissa[t0];
        int m = Lexicon.MONTHS.get(tk.lower[t0 + 1]);
        int j = t0 + 2;
        if (Lexicon.MONTH_ABBREVIATIONS.contains(tk.lower[t0 + 1]) && tk.isSym(j, '.') && !tk.gap[j]) {
            j++;
        }
        int year;
        int end;
        if (isYear(j) && tk.gap[j]) {
            year = (int) tk.mantissa[j];
            end = j + 1;
        } else if (published != null) {
            year = yearFor(m, t0);
            resolved = true;
            end = j;
        } else {
            skipTo = j;
            return false;
        }
        if (day < 1 || day > YearMonth.of(year, m).lengthOfMonth()) {
            resolved = false;
            return false;
        }
        LocalDate d = LocalDate.of(year, m, day);
        return date(d, d, d.toString(), end);
    }

    /** "2025-08-15". */
    private boolean isoDate(int t0) {
        int n = tk.n;
        if (t0 + 4 >= n || !plainInt(t0) || tk.intDigits[t0] != 4 || !isHyphen(t0 + 1) || !tk.glued(t0 + 1)
                || !isHyphen(t0 + 3) || !tk.glued(t0 + 3) || !dayOrMonth(t0 + 2) || !dayOrMonth(t0 + 4)) {
            return false;
        }
        try {
            LocalDate d = LocalDate.of((int) tk.mantissa[t0], (int) tk.mantissa[t0 + 2], (int) tk.mantissa[t0 + 4]);
            return date(d, d, d.toString(), t0 + 5);
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }

    /** One or two digits glued to what precedes, leading zero allowed: the "08" of "2025-08-15". */
    private boolean dayOrMonth(int t) {
        return tk.glued(t) && tk.type[t] == NUM && (tk.flags[t] & (Tokens.GROUPED | Tokens.DECIMAL)) == 0
                && tk.intDigits[t] <= 2;
    }

    private boolean decade(int t0, int end) {
        long y = tk.mantissa[t0];
        if (y % 10 != 0 || y < MIN_YEAR - 100 || y > MAX_YEAR) {
            return false;
        }
        int from = (int) y;
        return date(LocalDate.of(from, 1, 1), LocalDate.of(from + 9, 12, 31), from + "/" + (from + 9), end);
    }

    private boolean isYear(int t) {
        return t < tk.n && tk.type[t] == NUM && plainInt(t) && tk.intDigits[t] == 4 && tk.mantissa[t] >= MIN_YEAR
                && tk.mantissa[t] <= MAX_YEAR;
    }

    // ---------------------------------------------------------------- labels and nouns

    /**
     * Digits glued into a name: "B-2", "F-16", "Covid-19", "ABC-12345", "24/7", "#5", "10:30".
     * A year glued to "mid-", "pre-" or "post-" is still a year.
     */
    private boolean hardLabel(int t) {
        if (t > 0 && !tk.gap[t]) {
            int p = t - 1;
            char c = tk.symAt(p);
            if (isHyphen(p)) {
                if (p > 0 && !tk.gap[p]) {
                    if (tk.type[p - 1] == WORD) {
                        String w = tk.lower[p - 1];
                        return w == null || !Lexicon.YEAR_PREFIXES.contains(w);
                    }
                    if (isYear(p - 1) && isYear(t)) {
                        return false;   // "2019-2023": two years
                    }
                    return tk.type[p - 1] != SYM;
                }
            } else if (c == '/') {
                return p > 0 && tk.type[p - 1] == NUM;   // "24/7", but "six bedroom/10 bathroom" counts
            } else if (c == '#' || c == '.' || c == ':' || c == '_' || c == '@' || c == '&' || c == '№'
                    || c == '\\') {
                return true;
            } else if (tk.type[p] == ID || tk.type[p] == WORD || tk.type[p] == NUM) {
                return true;
            }
        }
        int a = t + 1;
        if (a + 1 < tk.n && !tk.gap[a] && !tk.gap[a + 1] && tk.type[a + 1] == NUM) {
            char c = tk.symAt(a);
            return c == '/' || c == ':' || c == '_' || c == '@' || c == '.' || c == '\\';
        }
        return false;
    }

    /**
     * A number right after a capitalised word that is not sentence-initial is a name: "Article 5",
     * "Section 230", "Boeing 737", "Russia 24". Function words, hedges and months do not make labels.
     */
    private boolean softLabel(int t) {
        int p = t - 1;
        if (p >= 0 && tk.gap[t] && tk.type[p] == WORD && tk.lower[p] != null && !tk.capitalised(p)
                && Lexicon.LABEL_WORDS.contains(tk.lower[p])) {
            return true;    // "page 3", "magnitude 6.2", "day 3"
        }
        if (p > 0 && tk.isSym(p, '.') && !tk.gap[p] && tk.isWord(p - 1, "no") && tk.capitalised(p - 1)) {
            return true;    // "No. 10"
        }
        if (p < 0 || !tk.gap[t] || tk.type[p] != WORD || !tk.capitalised(p)) {
            return false;
        }
        String w = tk.lower[p];
        // Even at the start of a sentence ("Article 5, at the heart of..."): the function words that
        // usually open a sentence before a number are all in NOT_LABEL.
        return w == null || !Lexicon.NOT_LABEL.contains(w);
    }

    /** True at the start of the text, a line or a sentence (after . ! ? : or an opening quote or bracket). */
    private boolean sentenceStart(int t) {
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

    /**
     * The counted noun after a number: the first lower-case content word, skipping up to three
     * modifiers ("35 European countries", "two very different worldviews", "1,500 US troops").
     */
    private String noun(int a) {
        nounCapitalised = false;
        nounFirst = null;
        int j = a;
        int skips = 0;
        int n = tk.n;
        while (j < n && skips <= 3) {
            if (tk.type[j] != WORD || !tk.gap[j]) {
                return null;
            }
            String lw = tk.lower[j];
            if ((lw == "most" || lw == "least") && j + 2 < n && isHyphen(j + 2) && tk.glued(j + 2)) {
                j++;        // "the two most talked-about men"
                skips++;
                continue;
            }
            if (lw != null && Lexicon.STOP.contains(lw)) {
                return null;
            }
            boolean compound = j + 2 < n && isHyphen(j + 1) && tk.glued(j + 1) && tk.glued(j + 2)
                    && tk.type[j + 2] == WORD;
            if (compound) {
                j += 3;
                skips++;
                continue;
            }
            char c = text.charAt(tk.start[j]);
            if (lw != null && Lexicon.MODIFIERS.contains(lw)) {
                j++;
                skips++;
                continue;
            }
            if (Character.isUpperCase(c)) {
                boolean contentNext = j + 1 < n && tk.type[j + 1] == WORD && tk.gap[j + 1]
                        && Character.isLowerCase(text.charAt(tk.start[j + 1]))
                        && (tk.lower[j + 1] == null || !Lexicon.STOP.contains(tk.lower[j + 1]));
                if (contentNext) {
                    j++;    // "1,500 US troops", "35 European countries"
                    skips++;
                    continue;
                }
                // "150,000 Ukrainians have come": a capitalised plural noun is what is counted.
                if (lw == null && endsWith(j, "s") && !allUpper(j)) {
                    nounCapitalised = true;
                    nounFirst = tk.lowerOf(j);
                    nounEnd = j + 1;
                    return tk.lowerOf(j);
                }
                return null;
            }
            if (!Character.isLowerCase(c) || tk.end[j] - tk.start[j] < 2 || endsWith(j, "ly")
                    || (endsWith(j, "ed") && lw == null && !Lexicon.CASUALTIES.contains(tk.lowerOf(j)))) {
                return null;
            }
            nounEnd = j + 1;
            String noun = tk.lowerOf(j);
            nounFirst = noun;
            // "27 member states", "5,000 air defence missiles": singular words before a plural one modify it.
            for (int k = j + 1; compoundNouns && !noun.endsWith("s") && k < n && k <= j + 2; k++) {
                if (tk.type[k] != WORD || !tk.gap[k] || !Character.isLowerCase(text.charAt(tk.start[k]))
                        || (tk.lower[k] != null && Lexicon.STOP.contains(tk.lower[k])) || endsWith(k, "ly")) {
                    break;
                }
                if (endsWith(k, "s") && !endsWith(k, "ss")) {
                    nounEnd = k + 1;
                    return tk.lowerOf(k);
                }
            }
            return noun;
        }
        return null;
    }

    // ---------------------------------------------------------------- small helpers

    private boolean endsWith(int t, String suffix) {
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
    private boolean textIs(int t, String w) {
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

    private boolean isHyphen(int t) {
        return tk.isHyphen(t);
    }

    private boolean plainInt(int t) {
        return tk.type[t] == NUM && tk.flags[t] == 0;
    }

    private boolean allUpper(int t) {
        for (int k = tk.start[t]; k < tk.end[t]; k++) {
            if (!Character.isUpperCase(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static String currencySign(char c) {
        return switch (c) {
            case '$' -> "USD";
            case '€' -> "EUR";
            case '£' -> "GBP";
            case '₴' -> "UAH";
            case '₽' -> "RUB";
            case '¥' -> "JPY";
            case '₹' -> "INR";
            default -> null;
        };
    }
}
