package org.factcheck.check;

import org.factcheck.anchor.Anchor;
import org.factcheck.anchor.ArticleText;
import org.factcheck.figures.Figure;
import org.factcheck.load.Article;

import java.util.List;

/**
 * What the checker may reuse from an earlier run: where each quote was found in its article and
 * the figures read in it, for articles whose text (capture bytes, {@code from}/{@code to} slice)
 * and published date are unchanged. Deciding statuses is always done again: it is cheap and
 * depends on every cited article, the outlets and the rating scale.
 */
public interface AnchorMemo {

    /** A quote's place in its article and the figures read in it. */
    record Quoted(Anchor anchor, List<Figure> figures) {

        public Quoted {
            figures = List.copyOf(figures);
        }
    }

    /**
     * A key naming everything the article's anchors depend on (its capture's content, its slice, its
     * published date), or null when nothing can be reused for it (the capture cannot be read).
     */
    String textKey(Article article);

    /** True when the text under {@code textKey} was read without error before (so an article citing nothing needs no read). */
    boolean knows(String textKey);

    /** The remembered result of looking up {@code quote}, source {@code source} of claim {@code claim}, in that text; else null. */
    Quoted recall(String textKey, String claim, int source, String quote);

    /**
     * Remembers the quotes looked up in the text under {@code textKey} as read ({@code text}: the
     * memo checks that it is the text the key names, in case the file changed meanwhile); each
     * entry of {@code quoted} is a claim's source, in the same order as {@code claims} and {@code sources}.
     */
    void remember(String textKey, ArticleText text, List<String> claims, List<Integer> sources, List<String> quotes, List<Quoted> quoted);
}
