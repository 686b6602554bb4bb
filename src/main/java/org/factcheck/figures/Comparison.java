package org.factcheck.figures;

/**
 * Outcome of comparing two figures, with a reason a reader can check by eye and the two keys
 * that were compared (so a caller can tell "compared and agree" from "never compared").
 *
 * @param verdict whether the figures agree, are only consistent, disagree or cannot be compared
 * @param reason  human-readable explanation shown on claim pages; for INCOMPARABLE it also says
 *                what the editor can do
 * @param a       the first figure's key, or null when made without one
 * @param b       the second figure's key, or null when made without one
 */
public record Comparison(Verdict verdict, String reason, Quantity a, Quantity b) {

    /** A comparison without keys. */
    public Comparison(Verdict verdict, String reason) {
        this(verdict, reason, null, null);
    }

    /** True when the figures were really compared (they agree, are consistent or disagree). */
    public boolean compared() {
        return verdict != Verdict.INCOMPARABLE;
    }

    /**
     * The possible outcomes of a comparison: {@code AGREE} confirms, {@code CONSISTENT} (a vague
     * quantity such as "hundreds" that holds the other figure) neither confirms nor contradicts.
     */
    public enum Verdict { AGREE, DISAGREE, INCOMPARABLE, CONSISTENT }
}
