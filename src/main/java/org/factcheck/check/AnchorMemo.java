package org.factcheck.check;

import org.factcheck.anchor.Anchor;
import org.factcheck.anchor.ArticleText;
import org.factcheck.figures.Figure;
import org.factcheck.model.Article;

import java.util.List;

/**
 * What the checker may reuse from an earlier run: where each quote was found in its article and
 * the figures read in it, for articles whose text (capture bytes, {@code from}/{@code to} slice)
 * and published date are unchanged; and a claim's decided result, when the claim, its cited
 * articles (as loaded, outlet spelling included), its quotes' anchors and the site settings are
 * all equal to those it was decided from.
 */
public interface AnchorMemo {

    /** A quote's place in its article and the figures read in it. */
    record Quoted(Anchor anchor, List<Figure> figures) {

        public Quoted {
            figures = List.copyOf(figures);
        }
    }

    /** A claim's result and the diagnostics deciding it produced, in the order it produced them. */
    record Decided(ClaimResult result, List<org.factcheck.diagnostic.Diagnostic> diagnostics) {

        public Decided {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /**
     * The remembered decision for {@code claim} when it was made from inputs equal to these: its
     * cited articles ({@code null} for an unknown one), its sources' anchors ({@code null} where the
     * article's text could not be read) and the site settings; else null.
     */
    Decided decided(org.factcheck.model.Claim claim, List<Article> articles, List<Quoted> quoted, org.factcheck.model.SiteSettings settings);

    /** Remembers the decision for {@code claim} made from these inputs. */
    void decided(org.factcheck.model.Claim claim, List<Article> articles, List<Quoted> quoted, org.factcheck.model.SiteSettings settings,
                 Decided decided);

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

    /**
     * A text's fingerprint for finding republished copies: its MinHash signature (null for a text
     * too short to have one) and the names it credits in brackets.
     */
    record Print(int[] signature, java.util.Set<String> credits) {
    }

    /** The fingerprint remembered for the text under {@code textKey}, or null. */
    Print print(String textKey);

    /** Remembers the fingerprint of {@code text}, read as the text under {@code textKey} (checked as {@link #remember} checks it). */
    void print(String textKey, ArticleText text, Print print);

    /** The copies the last run found among articles and texts named by {@code key} (its articles by id in {@code byId}), or null. */
    org.factcheck.discovery.Copies copies(String key, java.util.Map<String, Article> byId);

    /** Remembers the copies found among the articles and texts named by {@code key}. */
    void copies(String key, org.factcheck.discovery.Copies copies);
}
