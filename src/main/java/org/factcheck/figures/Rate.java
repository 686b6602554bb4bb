package org.factcheck.figures;

import java.util.List;
import java.util.Objects;

/**
 * An exchange rate a desk states for one claim ({@code rates:}), with where it comes from: how many
 * units of {@code to} one unit of {@code from} buys. It is the only way two sums in different
 * currencies are ever compared; the engine never knows a rate of its own.
 *
 * @param from   the ISO code of the currency converted from
 * @param to     the ISO code of the currency converted into
 * @param rate   units of {@code to} per unit of {@code from}, positive
 * @param source where the rate comes from, in the desk's words ("European Central Bank reference rate, 12 March 2025")
 */
public record Rate(String from, String to, double rate, String source) {

    public Rate {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(source, "source");
        if (!(rate > 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("a rate must be a positive number, found " + rate);
        }
    }

    /** True when this rate converts between {@code a} and {@code b}, in either direction. */
    public boolean joins(String a, String b) {
        return from.equals(a) && to.equals(b) || from.equals(b) && to.equals(a);
    }

    /** The rate among {@code rates} that joins {@code a} and {@code b}, or null. */
    public static Rate between(List<Rate> rates, String a, String b) {
        if (rates == null || a == null || b == null) {
            return null;
        }
        for (Rate r : rates) {
            if (r.joins(a, b)) {
                return r;
            }
        }
        return null;
    }
}
