package org.factcheck.anchor;

import java.util.Locale;

/**
 * Finds quotes in one article's text, ignoring typography only. Built once per article: the
 * text is folded once and every quote of every claim citing it is looked up in the folded text.
 */
public final class Anchorer {

    /** Context shown around a quote is cut at a sentence end, and never longer than this. */
    private static final int CONTEXT = 240;

    private final ArticleText article;
    private final Typography.Folded folded;
    private final int foldedStart;
    private final int foldedEnd;
    private String lowerCase;

    public Anchorer(ArticleText article) {
        this.article = article;
        this.folded = Typography.fold(article.capture());
        this.foldedStart = firstAtOrAfter(article.start());
        this.foldedEnd = firstAtOrAfter(article.end());
    }

    private int firstAtOrAfter(int original) {
        int[] origin = folded.origin();
        int lo = 0;
        int hi = origin.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (origin[mid] < original) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Looks up one quote of claim {@code claim}'s source number {@code source}. */
    public Anchor find(String claim, int source, String quote) {
        String q = Typography.foldQuote(quote);
        String text = folded.text();
        if (q.isEmpty()) {
            return Anchor.missing(claim, source, "the quote is empty");
        }
        int at = indexWithin(text, q);
        if (at < 0) {
            return Anchor.missing(claim, source, hint(q));
        }
        int start = folded.originalStart(at);
        int end = folded.originalEnd(at + q.length());
        String capture = article.capture();
        return new Anchor(claim, source, true, start, end, capture.substring(start, end),
                before(capture, start), after(capture, end), null);
    }

    private int indexWithin(String text, String q) {
        int at = text.indexOf(q, foldedStart);
        return at >= 0 && at + q.length() <= foldedEnd ? at : -1;
    }

    private String hint(String q) {
        String text = folded.text();
        int elsewhere = text.indexOf(q);
        if (elsewhere >= 0) {
            return "the quote is in the capture but outside this article's from/to range: it belongs to another piece of the capture";
        }
        if (lowerCase == null) {
            lowerCase = text.toLowerCase(Locale.ROOT);
        }
        int ci = lowerCase.indexOf(q.toLowerCase(Locale.ROOT), foldedStart);
        if (ci >= 0 && ci + q.length() <= foldedEnd) {
            int s = folded.originalStart(ci);
            int e = folded.originalEnd(ci + q.length());
            return "the article has it with different letter case: '" + article.capture().substring(s, e) + "'";
        }
        return closest(q);
    }

    /** The "closest text in the article" hint, found by approximate search, or null when nothing is close. */
    private String closest(String q) {
        Closest.Passage p = Closest.find(folded.text(), foldedStart, foldedEnd, q);
        if (p == null) {
            return "no passage of the article is close to it; copy the quote again from the article";
        }
        String passage = folded.text().substring(p.start(), p.end());
        String shown = article.capture().substring(folded.originalStart(p.start()), folded.originalEnd(p.end()));
        String compared = Closest.prefix(q);
        return "closest text in the article: '" + shown.replaceAll("\\s+", " ") + "' (" + Closest.differences(compared, passage)
                + (compared.length() < q.length() ? "; compared by the quote's first " + compared.length() + " characters" : "") + ")";
    }

    private String before(String capture, int start) {
        int limit = Math.max(article.start(), start - CONTEXT);
        int from = start;
        while (from > limit) {
            char c = capture.charAt(from - 1);
            if (c == '\n' || (c == ' ' && from - 2 >= limit && ".!?".indexOf(capture.charAt(from - 2)) >= 0)) {
                break;
            }
            from--;
        }
        return capture.substring(from, start).stripLeading();
    }

    private String after(String capture, int end) {
        int limit = Math.min(article.end(), end + CONTEXT);
        int to = end;
        while (to < limit) {
            char c = capture.charAt(to);
            to++;
            if (c == '\n') {
                to--;
                break;
            }
            if (".!?".indexOf(c) >= 0 && (to >= limit || capture.charAt(to) == ' ' || capture.charAt(to) == '\n')) {
                break;
            }
        }
        return capture.substring(end, to).stripTrailing();
    }
}
