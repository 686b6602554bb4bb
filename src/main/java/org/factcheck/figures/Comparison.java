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
 * @param conversion how one sum was converted into the other's currency at the claim's stated rate
 *                   before they were compared, or null when nothing was converted
 */
public record Comparison(Verdict verdict, String reason, Quantity a, Quantity b, Conversion conversion) {

    /** A comparison without keys. */
    public Comparison(Verdict verdict, String reason) {
        this(verdict, reason, null, null, null);
    }

    /** A comparison of figures compared as they were printed (nothing converted). */
    public Comparison(Verdict verdict, String reason, Quantity a, Quantity b) {
        this(verdict, reason, a, b, null);
    }

    /**
     * One sum converted at a rate the desk stated: the figure's stated value and interval in the rate's
     * {@code from} currency (open ends infinite); multiplied by the rate they are what was compared.
     *
     * @param rate  the rate used, as the claim states it
     * @param first true when the first figure was converted, false when the second was
     * @param value the converted figure's value before conversion
     * @param low   its stated low end before conversion
     * @param high  its stated high end before conversion
     */
    public record Conversion(Rate rate, boolean first, double value, double low, double high) {

        public Conversion {
            java.util.Objects.requireNonNull(rate, "rate");
        }

        /** The value in the rate's {@code to} currency. */
        public double convertedValue() {
            return value * rate.rate();
        }

        /** The stated low end in the rate's {@code to} currency. */
        public double convertedLow() {
            return low * rate.rate();
        }

        /** The stated high end in the rate's {@code to} currency. */
        public double convertedHigh() {
            return high * rate.rate();
        }
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
