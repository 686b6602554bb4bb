package org.factcheck.check;

import org.factcheck.anchor.Anchor;
import org.factcheck.figures.Figure;
import org.factcheck.figures.Quantity;
import org.factcheck.model.Article;
import org.factcheck.model.Source;

import java.util.List;

/**
 * One source of a claim after anchoring and extraction.
 *
 * @param anchor where the quote was found, or why not
 * @param figures every figure read in the quote, offsets relative to the quote's matched text
 * @param figure the figure this source contributes (the only one, or the one picked), or null
 * @param quantity what the figure measures (its key, with the source's {@code unit:}), or null without a figure
 * @param notCounted why this source did not add an independent outlet (same outlet as another source, not
 *                   independent, relies on another's reporting, errs, quote not found), or null when it did
 */
public record SourceResult(Source source, Article article, Anchor anchor, List<Figure> figures, Figure figure,
                           Quantity quantity, String notCounted) {

    public SourceResult {
        figures = List.copyOf(figures);
    }

    /** True when the desk marked this source as the one that gets the fact wrong. */
    public boolean errs() {
        return source.errs() != null;
    }
}
