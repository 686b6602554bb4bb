package org.factcheck.check;

import org.factcheck.anchor.Anchor;
import org.factcheck.figures.Figure;
import org.factcheck.load.Article;
import org.factcheck.load.Source;

import java.util.List;

/**
 * One source of a claim after anchoring and extraction.
 *
 * @param anchor where the quote was found, or why not
 * @param figures every figure read in the quote, offsets relative to the quote's matched text
 * @param figure the figure this source contributes (the only one, or the one picked), or null
 */
public record SourceResult(Source source, Article article, Anchor anchor, List<Figure> figures, Figure figure) {

    public SourceResult {
        figures = List.copyOf(figures);
    }
}
