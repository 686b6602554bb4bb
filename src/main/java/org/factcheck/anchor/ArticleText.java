package org.factcheck.anchor;

import org.factcheck.model.Article;
import org.factcheck.diagnostic.Diagnostic;
import org.factcheck.files.Limits;
import org.factcheck.diagnostic.Rule;
import org.factcheck.files.TextFiles;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An article's text: the whole capture and the range of it that is this article, found with the
 * article's {@code from} and {@code to} markers.
 *
 * @param capture the capture file's whole text
 * @param start where the article starts in the capture
 * @param end where it ends (exclusive)
 */
public record ArticleText(String capture, int start, int end) {

    /** Thrown when the capture cannot be read or its markers are not found. */
    public static final class TextException extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Diagnostic diagnostic;

        TextException(Diagnostic diagnostic) {
            super(diagnostic.message());
            this.diagnostic = diagnostic;
        }

        public Diagnostic diagnostic() {
            return diagnostic;
        }
    }

    /** The article's own text. */
    public String text() {
        return capture.substring(start, end);
    }

    /**
     * Reads the article's capture under {@code root} (a regular file inside the root, at most
     * {@link Limits#captureBytes()} long) and finds its range.
     */
    public static ArticleText read(Path root, Article article, Limits limits) throws TextException {
        String capture;
        try {
            capture = TextFiles.readInside(root, root.resolve(article.file()), limits.captureBytes(), "capture-bytes", false);
        } catch (TextFiles.MalformedTextException e) {
            throw new TextException(Diagnostic.contentError(Rule.CAPTURE, article.at(), "capture '" + article.file() + "' is "
                    + e.getMessage() + " at line " + e.line() + ", column " + e.column()));
        } catch (IOException e) {
            throw new TextException(Diagnostic.contentError(Rule.CAPTURE, article.at(), "cannot read capture '" + article.file() + "': " + e.getMessage()));
        }
        if (article.from() == null && article.to() == null) {
            return new ArticleText(capture, 0, capture.length());
        }
        Typography.Folded folded = Typography.fold(capture);
        String text = folded.text();
        int start = 0;
        int end = capture.length();
        int foldedStart = 0;
        if (article.from() != null) {
            String from = Typography.foldQuote(article.from());
            int at = text.indexOf(from);
            if (at < 0) {
                throw new TextException(Diagnostic.contentError(Rule.CAPTURE, article.fromAt(), "'from' text not found in capture '" + article.file() + "'"));
            }
            if (text.indexOf(from, at + 1) >= 0) {
                throw new TextException(Diagnostic.contentError(Rule.CAPTURE, article.fromAt(), "'from' text occurs more than once in capture '"
                        + article.file() + "'; quote a longer, unique passage"));
            }
            foldedStart = at;
            start = folded.originalStart(at);
        }
        if (article.to() != null) {
            String to = Typography.foldQuote(article.to());
            int at = text.indexOf(to, foldedStart + (article.from() == null ? 0 : 1));
            if (at < 0) {
                throw new TextException(Diagnostic.contentError(Rule.CAPTURE, article.toAt(), "'to' text not found in capture '" + article.file()
                        + "'" + (article.from() != null ? " after the 'from' text" : "")));
            }
            end = folded.originalStart(at);
        }
        return new ArticleText(capture, start, end);
    }
}
