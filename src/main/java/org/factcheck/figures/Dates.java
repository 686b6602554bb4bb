package org.factcheck.figures;

import java.time.LocalDate;
import java.time.YearMonth;

import static org.factcheck.figures.Tokens.NUM;
import static org.factcheck.figures.Tokens.SYM;
import static org.factcheck.figures.Tokens.WORD;

/**
 * Dates: day-month and month-day dates, months and years, ISO dates, decades, quarters and halves, parts of a
 * month or year, weekdays, and dates relative to the published date ("last July", "six months ago").
 */
final class Dates extends Matcher {
    Dates(Scan s) {
        super(s);
    }

    /** "Q3 2025", "H1 2026": a quarter or a half of a year. */
    boolean quarterId(int i) {
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

    /** "August 15, 2025", "Aug. 15, 2025", "January 17", "February 2025", "in February". */
    boolean monthDate(int i, int month) {
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
                    s.skipTo = end;   // "January 17" without a year to give it: the 17 is not a count either
                    return false;
                }
                year = yearFor(month, i);
                s.resolved = true;
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
        if (!s.qualifiedMonth) {
            String prev = tk.type[i - 1] == WORD ? tk.lower[i - 1] : null;
            if (prev == null || !(month == 5 ? Lexicon.MAY_LEADS : Lexicon.MONTH_LEADS).contains(prev)) {
                return false;
            }
            if (isHyphen(i - 1)) {
                return false;
            }
        }
        int year = yearFor(month, i);
        s.resolved = true;
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
    int yearFor(int month, int at) {
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
    int yearEarlierInSentence(int at) {
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

    boolean futureCue(int at) {
        return futureCue(at, 8);
    }

    /** A future cue within {@code window} tokens before {@code at} in its sentence. */
    boolean futureCue(int at, int window) {
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
    boolean dayFirstDate(int t0) {
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
            s.resolved = true;
            end = j;
        } else {
            s.skipTo = j;
            return false;
        }
        if (day < 1 || day > YearMonth.of(year, m).lengthOfMonth()) {
            s.resolved = false;
            return false;
        }
        LocalDate d = LocalDate.of(year, m, day);
        return date(d, d, d.toString(), end);
    }

    /** "2025-08-15". */
    boolean isoDate(int t0) {
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
    boolean dayOrMonth(int t) {
        return tk.glued(t) && tk.type[t] == NUM && (tk.flags[t] & (Tokens.GROUPED | Tokens.DECIMAL)) == 0
                && tk.intDigits[t] <= 2;
    }

    boolean decade(int t0, int end) {
        long y = tk.mantissa[t0];
        if (y % 10 != 0 || y < Scan.MIN_YEAR - 100 || y > Scan.MAX_YEAR) {
            return false;
        }
        int from = (int) y;
        return date(LocalDate.of(from, 1, 1), LocalDate.of(from + 9, 12, 31), from + "/" + (from + 9), end);
    }

    /**
     * "early/mid/late" before a month ("late March", "mid-April 2025") or a year ("early 2026",
     * "mid-2025"): days 1–10, 11–20, 21 to the end of a month; January–April, May–August,
     * September–December of a year.
     */
    boolean qualified(int i, String w) {
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
        s.qualifiedMonth = true;
        boolean ok = monthDate(j, m);
        s.qualifiedMonth = false;
        if (!ok || s.iso.length() != 7) {
            return false;   // a day was given ("early on March 3"): not a part of the month
        }
        LocalDate first = LocalDate.ofEpochDay(s.low.longValue());
        LocalDate last = LocalDate.ofEpochDay(s.high.longValue());
        LocalDate from = first.withDayOfMonth(part * 10 + 1);
        LocalDate to = part == 2 ? last : first.withDayOfMonth(part * 10 + 10);
        boolean res = s.resolved;
        date(from, to, from + "/" + to, s.endTok);
        s.resolved = res;
        s.firstTok = i;
        return true;
    }

    /** "the second half of 2024", "the first quarter of 2025": a part of a year named with its year. */
    boolean partOfYear(int i, String w) {
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
    boolean weekday(int i, int dow, int first, int dir) {
        if (dir == 0) {
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
        if (dir < 0) {
            int back = (pd - dow + 7) % 7;
            d = published.minusDays(back == 0 ? 7 : back);
        } else if (dir > 0) {
            int fwd = (dow - pd + 7) % 7;
            d = published.plusDays(fwd == 0 ? 7 : fwd);
        } else if (futureCue(i, 30)) {
            // a weekday is near: the cue may open a long sentence ("will join … at the White House on Monday")
            d = published.plusDays((dow - pd + 7) % 7);
        } else {
            d = published.minusDays((pd - dow + 7) % 7);
        }
        reset(first);
        s.resolved = true;
        return date(d, d, d.toString(), i + 1);
    }

    /** "last July", "this year", "next month", "earlier this month": resolved against the published date. */
    boolean relative(int i, String w) {
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
        int dir = w == "last" ? -1 : w == "next" ? 1 : 0;
        String x = j + 1 < tk.n && tk.type[j + 1] == WORD ? tk.lower[j + 1] : null;
        if (x == null) {
            return false;
        }
        s.resolved = true;
        if (x == "year") {
            int y = published.getYear() + dir;
            return date(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), Integer.toString(y), j + 2);
        }
        if (x == "month") {
            YearMonth ym = YearMonth.from(published).plusMonths(dir);
            return date(ym.atDay(1), ym.atEndOfMonth(), ym.toString(), j + 2);
        }
        if (x == "week") {
            LocalDate monday = published.minusDays(published.getDayOfWeek().getValue() - 1L).plusWeeks(dir);
            LocalDate sunday = monday.plusDays(6);
            return date(monday, sunday, monday + "/" + sunday, j + 2);
        }
        Integer dow = Lexicon.WEEKDAYS.get(x);
        if (dow != null && tk.capitalised(j + 1) && j == i && dir != 0) {
            return weekday(j + 1, dow, i, dir);
        }
        Integer m = Lexicon.MONTHS.get(x);
        if (m != null && tk.capitalised(j + 1) && !Lexicon.MONTH_ABBREVIATIONS.contains(x)) {
            int pm = published.getMonthValue();
            int y = published.getYear();
            if (dir < 0 && m >= pm) {
                y--;
            } else if (dir > 0 && m <= pm) {
                y++;
            }
            YearMonth ym = YearMonth.of(y, m);
            return date(ym.atDay(1), ym.atEndOfMonth(), ym.toString(), j + 2);
        }
        s.resolved = false;
        return false;
    }

    /** Counts back from the published date; the precision follows the unit (years → a year, days → a day). */
    boolean ago(double v, String du, int end) {
        if (v != Math.rint(v) || v > 2000) {
            // "2.5 years ago" has no clear period; "5,000 years ago" is history, not a date we can check.
            return set(Kind.DURATION, v, du, end - 1);
        }
        long k = (long) v;
        s.resolved = true;
        switch (du) {
            case "year": {
                int y = published.getYear() - (int) k;
                return date(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), Integer.toString(y), end);
            }
            case "month": {
                YearMonth ym = YearMonth.from(published).minusMonths(k);
                return date(ym.atDay(1), ym.atEndOfMonth(), ym.toString(), end);
            }
            case "week", "fortnight": {
                LocalDate d = published.minusWeeks(du.equals("week") ? k : 2 * k);
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
}
