package org.factcheck.figures;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Formatting helpers shared by {@link Figure} and {@link Figures}; kept apart so both print numbers alike. */
final class Numbers {
    private Numbers() {
    }

    /**
     * Formats with thousands commas; whole numbers exactly ("800,000,000,000"), others to ten
     * significant digits but never more than six decimals ("33.33333333" → "33.333333",
     * "115,513.4697209856" → "115,513.4697", "0.0080937128448" → "0.008093713").
     */
    static String format(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.toString(v);
        }
        BigDecimal d = new BigDecimal(v);
        if (v != Math.rint(v)) {
            d = d.round(new MathContext(10, RoundingMode.HALF_EVEN));
            int decimals = Math.abs(v) >= 1 ? 6 : 9;
            if (d.scale() > decimals) {
                d = d.setScale(decimals, RoundingMode.HALF_EVEN);
            }
        }
        d = d.stripTrailingZeros();
        String plain = d.toPlainString();
        boolean negative = plain.startsWith("-");
        if (negative) {
            plain = plain.substring(1);
        }
        int dot = plain.indexOf('.');
        String intPart = dot < 0 ? plain : plain.substring(0, dot);
        String frac = dot < 0 ? "" : plain.substring(dot);
        StringBuilder sb = new StringBuilder();
        int lead = intPart.length() % 3;
        for (int i = 0; i < intPart.length(); i++) {
            if (i > 0 && (i - lead) % 3 == 0) {
                sb.append(',');
            }
            sb.append(intPart.charAt(i));
        }
        return (negative ? "-" : "") + sb + frac;
    }

    static String ordinalSuffix(double v) {
        long n = (long) v;
        long mod100 = n % 100;
        if (mod100 >= 11 && mod100 <= 13) {
            return "th";
        }
        return switch ((int) (n % 10)) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    /** Long for whole numbers that a double holds exactly, else Double: JSON readers keep both faithfully. */
    static Object json(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 9.007199254740992E15) {
            return (long) v;
        }
        return v;
    }
}
