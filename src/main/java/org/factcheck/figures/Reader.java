package org.factcheck.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.factcheck.figures.Tokens.ID;
import static org.factcheck.figures.Tokens.WORD;

/**
 * Reads figures from the token stream in one left-to-right pass: the dispatcher over the matchers.
 *
 * <p>At each token the reader tries, in order, a quarter ("Q3 2025"), a signed sum or percentage, an
 * age led by "aged", a hedged quantity, a "between … and …" range, a plain quantity (number plus what
 * follows it, {@link Quantities} and its {@link Suffixes} table) and a word-led figure
 * ({@link WordFigures}: month, ordinal, ratio word, relative date). The first match is the longest one
 * starting there, and reading resumes after it, so "$800 billion" is one money figure and never also a
 * count of 800. The matchers share one {@link Scan}: the tokens, the published date and the figure
 * being built. A new form of figure is a rule in one matcher (or a row of the suffix table) and a
 * case in the fixture.
 */
final class Reader {
    private final Scan s;
    private final Tokens tk;
    private final List<Figure> out = new ArrayList<>();

    Reader(CharSequence text, LocalDate published) {
        this.s = new Scan(text, published);
        this.tk = s.tk;
    }

    List<Figure> read() {
        int i = 0;
        int n = tk.n;
        while (i < n) {
            if (tk.nl[i] && s.furniture.furniture(i)) {
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

    /** Reads the figure starting at token i, if any; returns the token to go on from. */
    private int at(int i) {
        byte ty = tk.type[i];
        if (ty == ID && s.dates.quarterId(i)) {
            emit(i, null);
            return s.endTok;
        }
        if (ty == ID || (ty == WORD && tk.lower[i] == null)) {
            return i + 1;   // unknown words and ids never start a figure
        }
        s.skipTo = -1;
        if (s.quantities.negative(i)) {
            emit(i, null);
            return s.endTok;
        }
        if (ty == WORD && (tk.lower[i] == "aged" || tk.lower[i] == "age") && s.ages.age(i)) {
            emit(i, null);
            return s.endTok;
        }
        Hedge.Entry h = Hedge.match(tk, i);
        if (h != null) {
            int q = i + h.words().length;
            boolean hit = s.quantities.quantity(q)
                    || (q < tk.n && tk.type[q] == WORD && tk.lower[q] != null && s.words.wordFigure(q));
            Kind kind = s.kind;
            // "over ten years" after a sum means "spread across", not "more than": no hedge on durations.
            boolean over = h.words()[0].equals("over") && kind == Kind.DURATION;
            if (hit && !over && (kind == Kind.MONEY || kind == Kind.PERCENT || kind == Kind.COUNT
                    || kind == Kind.DURATION || kind == Kind.AREA || kind == Kind.TEMPERATURE) && !s.ranged) {
                emit(i, h);
                return s.endTok;
            }
        }
        s.skipTo = -1;
        if (ty == WORD && tk.lower[i] == "between" && s.quantities.between(i)) {
            emit(i, null);
            return s.endTok;
        }
        if (s.quantities.quantity(i) || (ty == WORD && s.words.wordFigure(i))) {
            emit(s.firstTok, null);
            return s.endTok;
        }
        return Math.max(s.skipTo, i + 1);
    }

    /** Turns the figure built in the scan into a {@link Figure}, its intervals worked out from the hedge and precision. */
    private void emit(int startTok, Hedge.Entry h) {
        int start = tk.start[startTok];
        int e = tk.end[s.endTok - 1];
        Kind kind = s.kind;
        Double lo = s.low;
        Double hi = s.high;
        Double readLo = s.low;
        Double readHi = s.high;
        String hedge = null;
        double v = Intervals.clean(s.value);
        if (h != null) {
            hedge = s.text.subSequence(start, tk.end[startTok + h.words().length - 1]).toString();
        }
        if (kind == Kind.DATE) {
            // a date is its period, already
        } else if (kind == Kind.ORDINAL || kind == Kind.RATIO) {
            lo = v;
            hi = v;
            readLo = v;
            readHi = v;
        } else {
            double st = Double.isNaN(s.step) ? Intervals.stepOf(v) : s.step;
            Double[] iv;
            if (s.ranged) {
                double sl = Double.isNaN(s.stepLow) ? Intervals.stepOf(s.low) : s.stepLow;
                double sh = Double.isNaN(s.stepHigh) ? Intervals.stepOf(s.high) : s.stepHigh;
                iv = Intervals.of(null, v, st, s.low, s.high, sl, sh);
            } else {
                iv = Intervals.of(h == null ? null : h.shape(), v, st, null, null, 0, 0);
            }
            lo = iv[0];
            hi = iv[1];
            readLo = iv[2];
            readHi = iv[3];
        }
        out.add(new Figure(start, e, s.text.subSequence(start, e).toString(), kind, v, s.unit, lo, hi, hedge, s.iso,
                s.resolved, readLo, readHi));
    }
}
