package org.factcheck.figures;

import java.util.Objects;

/**
 * What a figure measures, as a key two figures must share to be compared: the kind, and a
 * canonical unit (an ISO currency, "%", "day" for every duration, "km2", or the counted noun
 * after the synonym table). The checker, {@code suggest} and the charts all decide
 * comparability with this one key.
 *
 * @param kind what the figure measures
 * @param unit the canonical unit, or null (dates, ordinals, ratios, counts with no noun)
 */
public record Quantity(Kind kind, String unit) {

    public Quantity {
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * The key of a figure. {@code override} is the editor's per-source {@code unit:} (what the
     * figure counts when the printed noun is unusual); null to read it from the figure.
     */
    public static Quantity of(Figure f, String override) {
        String u = override != null && !override.isBlank() ? override.strip() : f.unit();
        if (f.kind() == Kind.COUNT && u != null) {
            return new Quantity(Kind.COUNT, Figures.singular(u));
        }
        if (f.kind() == Kind.DURATION) {
            return new Quantity(Kind.DURATION, "day");
        }
        return new Quantity(f.kind(), u);
    }

    /** The key as an editor reads it on the claim page: "count of soldiers", "money in USD". */
    public String label() {
        return switch (kind) {
            case COUNT -> unit == null ? "count (nothing named)" : "count of " + unit;
            case MONEY -> "money in " + unit;
            case DURATION -> "duration in days";
            case PERCENT -> "pp".equals(unit) ? "percentage points" : "percentage";
            case AREA -> "area in km²";
            default -> kind.id();
        };
    }
}
