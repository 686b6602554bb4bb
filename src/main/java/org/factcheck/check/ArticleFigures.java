package org.factcheck.check;

import java.util.List;
import org.factcheck.anchor.ArticleText;
import org.factcheck.figures.Figure;
import org.factcheck.figures.FigureExtractor;
import org.factcheck.model.Article;

/**
 * An article's text and every figure of it, read once: the article page marks these figures as
 * unchecked and discovery reads its mentions from them, so a run that does both extracts once.
 *
 * @param article the article
 * @param text its text in its capture
 * @param figures the figures of its whole text, offsets relative to {@link ArticleText#text()}
 */
public record ArticleFigures(Article article, ArticleText text, List<Figure> figures) {

    public ArticleFigures {
        figures = List.copyOf(figures);
    }

    /** Extracts the figures of {@code text}, the text of {@code article}, reading dates against its publication day. */
    public static ArticleFigures of(Article article, ArticleText text) {
        return new ArticleFigures(article, text, FigureExtractor.extract(text.text(), article.published()));
    }
}
