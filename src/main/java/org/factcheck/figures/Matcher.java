package org.factcheck.figures;

import java.time.LocalDate;

/**
 * A matcher reads one form of figure from the shared {@link Scan}; this base gives it the token
 * stream and the shared helpers by their short names, so a matcher reads like the rule it states.
 */
abstract class Matcher {
    final Scan s;
    final Tokens tk;
    final CharSequence text;
    final LocalDate published;
    final NumberParser num;

    Matcher(Scan s) {
        this.s = s;
        this.tk = s.tk;
        this.text = s.text;
        this.published = s.published;
        this.num = s.num;
    }

    final void reset(int first) {
        s.reset(first);
    }

    final boolean set(Kind k, double v, String u, int end) {
        return s.set(k, v, u, end);
    }

    final boolean date(LocalDate first, LocalDate last, String isoName, int end) {
        return s.date(first, last, isoName, end);
    }

    final boolean part(int year, int firstMonth, int months, int end) {
        return s.part(year, firstMonth, months, end);
    }

    final boolean isYear(int t) {
        return s.isYear(t);
    }

    final boolean plainInt(int t) {
        return s.plainInt(t);
    }

    final boolean isHyphen(int t) {
        return s.isHyphen(t);
    }

    final boolean allUpper(int t) {
        return s.allUpper(t);
    }

    final boolean endsWith(int t, String suffix) {
        return s.endsWith(t, suffix);
    }

    final boolean textIs(int t, String w) {
        return s.textIs(t, w);
    }

    final boolean sentenceStart(int t) {
        return s.sentenceStart(t);
    }

    final boolean sentenceEnd(int k) {
        return s.sentenceEnd(k);
    }

    final boolean isMonth(int t) {
        return s.isMonth(t);
    }
}
