package org.factcheck.figures;

/**
 * Outcome of comparing two figures, with a reason a reader can check by eye.
 *
 * @param verdict whether the figures agree, disagree or cannot be compared
 * @param reason  human-readable explanation shown on claim pages
 */
public record Comparison(Verdict verdict, String reason) {

    /** The three possible outcomes of a comparison. */
    public enum Verdict { AGREE, DISAGREE, INCOMPARABLE }
}
