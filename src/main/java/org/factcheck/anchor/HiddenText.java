package org.factcheck.anchor;

import org.factcheck.diagnostic.Diagnostic;
import org.factcheck.diagnostic.Location;
import org.factcheck.diagnostic.Rule;
import org.factcheck.model.Source;
import org.factcheck.load.TextRisks;

/**
 * Text of a capture that would not show the reader what the check read: a bidirectional control
 * reorders the text around it on screen ("raey-05" between U+202E and U+202C displays as
 * "50-year"), and a digit that is not ASCII looks like a figure the reader does not read.
 */
public final class HiddenText {

    private HiddenText() {
    }

    /**
     * An error when the text a claim page shows with a found quote (the quote as the article has it
     * and the context around it) holds a bidirectional control or a non-ASCII digit; else null.
     * A capture is kept as captured, so the quote must be taken from another passage or source.
     */
    public static Diagnostic shown(Source source, Anchor anchor, String captureFile) {
        if (!anchor.found()) {
            return null;
        }
        String[] parts = {anchor.before(), anchor.matched(), anchor.after()};
        String[] where = {"in the text shown before the quote", "in the quote's text in the article", "in the text shown after the quote"};
        for (int p = 0; p < parts.length; p++) {
            String text = parts[p] == null ? "" : parts[p];
            int i = TextRisks.firstBidi(text);
            if (i >= 0) {
                return Diagnostic.contentError(Rule.HIDDEN_TEXT, source.quoteAt(), "capture '" + captureFile + "' holds a bidirectional control, "
                        + TextRisks.describe(text.charAt(i)) + ", " + where[p] + " (article '" + source.article() + "'): the page would display "
                        + "the text in another order than the check reads it; quote another passage or cite another source");
            }
        }
        String matched = anchor.matched();
        int d = TextRisks.firstForeignDigit(matched);
        if (d >= 0) {
            int cp = matched.codePointAt(d);
            return Diagnostic.contentError(Rule.HIDDEN_TEXT, source.quoteAt(), "quote contains digits that are not ASCII: '"
                    + new String(Character.toChars(cp)) + "' (" + TextRisks.describe(cp) + ") at column " + TextRisks.column(matched, d)
                    + "; the figure cannot be checked");
        }
        return null;
    }

    /**
     * A warning, located at the first one, when a capture holds bidirectional controls anywhere; else
     * null. Outside the quoted passages they change nothing the check decides (quotes near them are
     * errors of their own), but an editor reading the capture sees another text than the file holds.
     */
    public static Diagnostic capture(String captureFile, String capture) {
        int i = TextRisks.firstBidi(capture);
        if (i < 0) {
            return null;
        }
        int more = TextRisks.countBidi(capture) - 1;
        return Diagnostic.warning(Rule.HIDDEN_TEXT, new Location(captureFile, TextRisks.line(capture, i), TextRisks.column(capture, i)),
                "the capture holds a bidirectional control, " + TextRisks.describe(capture.charAt(i))
                        + (more > 0 ? " (and " + more + " more)" : "") + ", which displays the text around it in another order than "
                        + "it is read; a quote of text it reorders is refused");
    }
}
