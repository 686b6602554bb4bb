package org.factcheck.figures;

import java.time.LocalDate;
import java.util.List;

import static org.factcheck.figures.Tokens.ID;
import static org.factcheck.figures.Tokens.NUM;
import static org.factcheck.figures.Tokens.WORD;

/**
 * What follows a number decides its kind: the suffix rules, as a table tried in order. Each rule looks
 * at the number (its value in {@link NumberParser}, its first token {@code t0}) and the token after it
 * ({@code a}) and answers {@link #READ} (it set the figure), {@link #NONE} (nothing here is a figure; stop)
 * or {@link #NEXT} (not this rule's form). The last rule reads a count of the noun that follows. A new
 * form after a number is one row here, or one rule in the matcher that owns its form.
 */
final class Suffixes extends Matcher {
    /** The rule set the figure. */
    static final int READ = 1;
    /** The rule recognised its form and there is no figure: stop. */
    static final int NONE = -1;
    /** Not this rule's form: try the next one. */
    static final int NEXT = 0;

    /** One suffix rule. */
    @FunctionalInterface
    interface Rule {
        /** READ, NONE or NEXT for the number at t0 whose suffix starts at a ({@code digits}: written in digits). */
        int read(int t0, int a, boolean digits);
    }

    private final List<Rule> rules;

    Suffixes(Scan s) {
        super(s);
        rules = List.of(
                this::timeOfDay,
                (t0, a, d) -> s.temperatures.temperature(t0, a),
                this::percentSign,
                this::percentWords,
                this::share,
                this::fractionOf,
                this::bareOne,
                (t0, a, d) -> s.money.subunit(a, d),
                (t0, a, d) -> s.money.currencyAfter(a),
                this::area,
                this::hyphenated,
                this::duration,
                this::decades,
                this::times,
                this::gluedOrLabel,
                this::count);
    }

    /** Reads the kind of the number at t0 from what follows it at a; true when a figure was set. */
    boolean read(int t0, int a, boolean digits) {
        for (Rule r : rules) {
            int o = r.read(t0, a, digits);
            if (o != NEXT) {
                return o == READ;
            }
        }
        return false;
    }

    private String la(int a) {
        return a < tk.n && tk.type[a] == WORD ? tk.lower[a] : null;
    }

    private static int read(boolean set) {
        return set ? READ : NONE;
    }

    /** "3pm", "10 a.m.": a time of day, not a count. */
    private int timeOfDay(int t0, int a, boolean digits) {
        String la = la(a);
        if ((la == "am" || la == "pm" || (la == "a" || la == "p") && tk.isSym(a + 1, '.') && !tk.gap[a + 1]
                && tk.isWord(a + 2, "m") && !tk.gap[a + 2])
                && digits && !s.ranged) {
            s.skipTo = a + 1;
            return NONE;
        }
        return NEXT;
    }

    /** "19%", and "4.25%-4.5%": a range written with the sign on both ends. */
    private int percentSign(int t0, int a, boolean digits) {
        if (tk.symAt(a) != '%') {
            return NEXT;
        }
        double v = num.value;
        int b = a + 1;
        char dash = tk.symAt(b);
        if (!s.ranged && (dash == '-' || dash == '–') && b + 2 < tk.n && tk.type[b + 1] == NUM && tk.symAt(b + 2) == '%'
                && tk.glued(b + 2)) {
            double hi = tk.number(b + 1);
            if (hi > v) {
                s.ranged = true;
                s.low = v;
                s.high = hi;
                s.stepLow = s.step;
                s.stepHigh = Intervals.step(tk.mantissa[b + 1], tk.frac[b + 1], 1);
                return read(set(Kind.PERCENT, (v + hi) / 2, "%", b + 3));
            }
        }
        return read(set(Kind.PERCENT, v, "%", a + 1));
    }

    /** "per cent", "percent", "pc", "percentage points", "basis points". */
    private int percentWords(int t0, int a, boolean digits) {
        String la = la(a);
        double v = num.value;
        if (la == "per" && tk.isWord(a + 1, "cent")) {
            return read(set(Kind.PERCENT, v, "%", a + 2));
        }
        if (la == "percent" || la == "percents" || la == "pc"
                || la == "percentage" && !tk.isWord(a + 1, "points") && !tk.isWord(a + 1, "point")) {
            return read(set(Kind.PERCENT, v, "%", a + 1));
        }
        if (la == "percentage" && (tk.isWord(a + 1, "points") || tk.isWord(a + 1, "point"))) {
            return read(set(Kind.PERCENT, v, "pp", a + 2));
        }
        if (la == "basis" && (tk.isWord(a + 1, "points") || tk.isWord(a + 1, "point"))) {
            s.step = s.step / 100;
            return read(set(Kind.PERCENT, v / 100, "pp", a + 2));
        }
        return NEXT;
    }

    /** "one in five", "two in three": a share. */
    private int share(int t0, int a, boolean digits) {
        double v = num.value;
        if (la(a) != "in" || s.ranged || a + 1 >= tk.n || v < 1) {
            return NEXT;
        }
        int savedNext = num.next;
        boolean savedWords = num.words;
        boolean savedScaled = num.scaled;
        double savedScale = num.scale;
        boolean savedOne = num.one;
        double savedStep = num.step;
        if (num.read(a + 1) && !num.scaled && num.value > v && num.value <= 1000) {
            s.step = Intervals.FRACTION_STEP;
            return read(set(Kind.PERCENT, 100 * v / num.value, "%", num.next));
        }
        num.set(v, savedNext, savedWords, savedScaled, savedScale, savedOne, savedStep);
        return NEXT;
    }

    /** "two thirds of", "one fifth of": a share in words. */
    private int fractionOf(int t0, int a, boolean digits) {
        String la = la(a);
        if (num.words && la != null && Lexicon.FRACTIONS.containsKey(la) && la != "half" && la != "halves"
                && (num.one ? !la.endsWith("s") : la.endsWith("s")) && tk.isWord(a + 1, "of")) {
            s.step = Intervals.FRACTION_STEP;
            return read(set(Kind.PERCENT, num.value * Lexicon.FRACTIONS.get(la), "%", a + 1));
        }
        return NEXT;
    }

    /** "one" and "a" are articles far more often than figures: only "one-third" and the rules above count. */
    private int bareOne(int t0, int a, boolean digits) {
        if (!num.one || num.scaled) {
            return NEXT;
        }
        if (isHyphen(a) && tk.glued(a) && a + 1 < tk.n && tk.glued(a + 1) && tk.lower[a + 1] != null
                && Lexicon.FRACTIONS.containsKey(tk.lower[a + 1])) {
            s.step = Intervals.FRACTION_STEP;
            return read(set(Kind.PERCENT, Lexicon.FRACTIONS.get(tk.lower[a + 1]), "%", a + 2));
        }
        return s.money.onePenny(a);
    }

    /** "44,600 square miles", "1,000 km²", "300 hectares": an area in km². */
    private int area(int t0, int a, boolean digits) {
        int n = tk.n;
        if (a >= n) {
            return NEXT;
        }
        double v = num.value;
        String la = la(a);
        if (la == "square" || la == "sq") {
            int b = a + 1;
            if (tk.isSym(b, '.') && !tk.gap[b]) {
                b++;
            }
            String lb = b < n && tk.type[b] == WORD ? tk.lower[b] : null;
            if (lb == "miles" || lb == "mile" || lb == "mi") {
                s.step *= Lexicon.SQ_MILE_KM2;
                return read(set(Kind.AREA, v * Lexicon.SQ_MILE_KM2, "km2", b + 1));
            }
            if (lb == "kilometres" || lb == "kilometers" || lb == "kilometre" || lb == "kilometer" || lb == "km") {
                return read(set(Kind.AREA, v, "km2", b + 1));
            }
            return NEXT;
        }
        if (la == "km" && tk.symAt(a + 1) == '²' && !tk.gap[a + 1]) {
            return read(set(Kind.AREA, v, "km2", a + 2));
        }
        if (tk.type[a] == ID && tk.gap[a]) {
            String id = tk.textOf(a);
            if (id.equalsIgnoreCase("km2")) {
                return read(set(Kind.AREA, v, "km2", a + 1));
            }
            if (id.equalsIgnoreCase("mi2")) {
                s.step *= Lexicon.SQ_MILE_KM2;
                return read(set(Kind.AREA, v * Lexicon.SQ_MILE_KM2, "km2", a + 1));
            }
        }
        if (la != null && Lexicon.AREA_WORDS.containsKey(la)) {
            s.step *= Lexicon.AREA_WORDS.get(la);
            return read(set(Kind.AREA, v * Lexicon.AREA_WORDS.get(la), "km2", a + 1));
        }
        return NEXT;
    }

    /** Hyphenated adjectives: "15-year", "two-hour", "five-fold", "two-thirds", "20-point", "32-member", "12-cent". */
    private int hyphenated(int t0, int a, boolean digits) {
        if (!(isHyphen(a) && tk.glued(a) && a + 1 < tk.n && tk.type[a + 1] == WORD && tk.glued(a + 1))) {
            return NEXT;
        }
        double v = num.value;
        String w = tk.lowerOf(a + 1);
        String du = Lexicon.DURATIONS.get(w);
        if (du != null) {
            int end = a + 2;
            if (isHyphen(end) && tk.glued(end) && tk.isWord(end + 1, "old") && tk.glued(end + 1)) {
                return read(set(Kind.AGE, v, du, end + 2));     // "the 73-year-old actor": an age
            }
            return read(set(Kind.DURATION, v, du, end));
        }
        if (w.equals("strong") && v == Math.rint(v)) {
            // "a 20,000-strong force": what is counted follows
            s.compoundNouns = false;  // "a 1.2m-strong diaspora lives": the head is singular here
            String noun = s.labels.noun(a + 2);
            s.compoundNouns = true;
            return read(noun == null ? set(Kind.COUNT, v, null, a + 2) : set(Kind.COUNT, v, noun, s.nounEnd));
        }
        int fold = s.ratios.fold(w, v, a + 2);
        if (fold != NEXT) {
            return fold;
        }
        int cent = s.money.centAdjective(w, v, a + 2);
        if (cent != NEXT) {
            return cent;
        }
        if (num.words && Lexicon.FRACTIONS.containsKey(w) && w.endsWith("s")) {
            s.step = Intervals.FRACTION_STEP;
            return read(set(Kind.PERCENT, v * Lexicon.FRACTIONS.get(w), "%", a + 2));
        }
        if (Lexicon.STOP.contains(w) || w.equals("like") || w.equals("way") || !Character.isLetter(w.charAt(0))) {
            return NONE;
        }
        // A count is whole: "5.8-magnitude" is a measurement we do not read.
        if (v == Math.rint(v) && (digits ? !s.labels.softLabel(t0) : Lexicon.WORD_COMPOUND_NOUNS.contains(w))) {
            return read(set(Kind.COUNT, v, w, a + 2));
        }
        return NONE;
    }

    /** Durations, "50 years old", and "N units ago" as a date when there is a published date to count back from. */
    private int duration(int t0, int a, boolean digits) {
        String la = la(a);
        if (la == null || !Lexicon.DURATIONS.containsKey(la)) {
            return NEXT;
        }
        double v = num.value;
        String du = Lexicon.DURATIONS.get(la);
        if (tk.isWord(a + 1, "ago") && published != null && !s.ranged) {
            return read(s.dates.ago(v, du, a + 2));
        }
        if (tk.isWord(a + 1, "old") && !s.ranged) {
            return read(set(Kind.AGE, v, du, a + 2));       // "50 years old"
        }
        return read(set(Kind.DURATION, v, du, a + 1));
    }

    /** "two decades", "three decades ago". */
    private int decades(int t0, int a, boolean digits) {
        String la = la(a);
        if (la != "decade" && la != "decades") {
            return NEXT;
        }
        double v = num.value;
        if (tk.isWord(a + 1, "ago") && published != null && !s.ranged) {
            return read(s.dates.ago(v * 10, "year", a + 2));
        }
        s.step *= 10;
        return read(set(Kind.DURATION, v * 10, "year", a + 1));
    }

    /** "three times": counted as times. */
    private int times(int t0, int a, boolean digits) {
        return la(a) == "times" ? read(set(Kind.COUNT, num.value, "times", a + 1)) : NEXT;
    }

    /** Digits only: glued "1990s", "1990's", "47th"; a year; a label ("Article 5"); an age set off by commas. */
    private int gluedOrLabel(int t0, int a, boolean digits) {
        if (!digits || s.ranged) {
            return NEXT;
        }
        String la = la(a);
        char sa = tk.symAt(a);
        double v = num.value;
        if (a < tk.n && !tk.gap[a] && la != null && plainInt(t0)) {
            if (la == "s" && tk.intDigits[t0] == 4 && s.dates.decade(t0, a + 1)) {
                return READ;
            }
            if (Lexicon.ORDINAL_SUFFIXES.contains(la)) {
                return read(set(Kind.ORDINAL, v, null, a + 1));
            }
        }
        if ((sa == '\'' || sa == '’') && !tk.gap[a] && tk.isWord(a + 1, "s") && !tk.gap[a + 1]
                && plainInt(t0) && tk.intDigits[t0] == 4 && s.dates.decade(t0, a + 2)) {
            return READ;
        }
        if (plainInt(t0) && tk.intDigits[t0] == 4 && !num.scaled && v >= Scan.MIN_YEAR && v <= Scan.MAX_YEAR) {
            s.labels.noun(a);
            String noun = s.nounFirst;
            // "In 2000 people…" after a preposition stays a year; "2000 servicemen" is a count, like "2000 troops".
            boolean irregular = noun != null && !noun.endsWith("s") && t0 > 0 && tk.type[t0 - 1] == WORD
                    && tk.lower[t0 - 1] != null && Lexicon.MONTH_LEADS.contains(tk.lower[t0 - 1]);
            if (noun == null || !s.labels.plural(noun) || s.nounCapitalised || irregular) {
                int y = (int) v;
                return read(date(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), Integer.toString(y), t0 + 1));
            }
        }
        if (s.labels.softLabel(t0)) {
            return NONE;
        }
        if (s.ages.apposedAge(t0, a)) {
            s.step = 1;
            return read(set(Kind.AGE, v, "year", a));
        }
        return NEXT;
    }

    /** The last rule: a count of the noun after the number, or of nothing named ("a crowd of 82,000"). */
    private int count(int t0, int a, boolean digits) {
        double v = num.value;
        String noun = s.labels.noun(a);
        if (noun == null && num.words && partOfAWhole(a)) {
            // "five of the nine seats": the part is a count, as the 38 of "38 of the 60 seats" is; what it counts
            // is the whole's noun, which a source's unit: names
            return read(set(Kind.COUNT, v, null, a));
        }
        if (noun == null || num.words && s.nounCapitalised) {
            if (num.words) {
                return NONE;   // "three" alone in prose is not worth a figure, nor "Three Gorges"
            }
            return read(set(Kind.COUNT, v, s.labels.collective(t0), a));
        }
        return read(set(Kind.COUNT, v, noun, s.nounEnd));
    }

    /** Whether "of", an optional "the", "its" or "their", then a number follow at a: "(five) of the nine". */
    private boolean partOfAWhole(int a) {
        if (!tk.isWord(a, "of")) {
            return false;
        }
        int b = a + 1;
        if (tk.isWord(b, "the") || tk.isWord(b, "its") || tk.isWord(b, "their")) {
            b++;
        }
        return b < tk.n && (tk.type[b] == Tokens.NUM || tk.type[b] == Tokens.WORD && tk.lower[b] != null
                && (Lexicon.UNITS.containsKey(tk.lower[b]) || Lexicon.TENS.containsKey(tk.lower[b])));
    }
}
