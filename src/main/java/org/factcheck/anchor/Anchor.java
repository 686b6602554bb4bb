package org.factcheck.anchor;

/**
 * Where one quote of a claim was found in its article, or why it was not.
 *
 * @param claim the claim's id
 * @param source the source's index in the claim
 * @param found whether the quote is in the article
 * @param start offset of the match in the capture (−1 when not found)
 * @param end end offset of the match in the capture, exclusive (−1 when not found)
 * @param matched the article's own text of the match (original typography), or null
 * @param before up to a sentence of the article's text before the match, for context
 * @param after up to a sentence after the match
 * @param hint why a quote was not found, when something near it was ("differs in letter case", …), or null
 */
public record Anchor(String claim, int source, boolean found, int start, int end, String matched, String before,
                     String after, String hint) {

    static Anchor missing(String claim, int source, String hint) {
        return new Anchor(claim, source, false, -1, -1, null, null, null, hint);
    }
}
