package org.factcheck.figures;

import java.time.LocalDate;

/**
 * One figure found in a text: its span, what it is, and its normalised value as an interval.
 *
 * <p>{@code start}/{@code end} are zero-based char offsets into the text given to
 * {@link FigureExtractor#extract} (end exclusive) and {@code text} is that substring, hedge included.
 * {@code value} is the normalised number (8e11 for "$800 billion", 15 for "15-year"); for
 * {@link Kind#DATE} it is the epoch day of the first day of the period and {@code iso} names the
 * period ("2025-08-15", "2025-08", "2025", "1990/1999" for a decade). {@code unit} is an ISO
 * currency code, "%" (or "pp" for percentage points), a duration unit (year, month, week, day,
 * hour, minute), "km2", or the counted noun as printed for counts; null for dates, ordinals and
 * ratios. {@code low}/{@code high} bound the interval the figure claims (null = unbounded); an
 * exact figure has low = high = value. {@code hedge} is the hedge as printed ("roughly", "at least").
 * {@code resolved} is true when a date's period came from the article's published date: a relative
 * date ("six months ago", "last July", "earlier this month") or a month named without a year
 * ("January 17", "in February"). It is an extra component: the ten-component constructor of the
 * original API is kept and makes unresolved figures.
 * {@code readLow}/{@code readHigh} bound what a careful reader accepts as agreeing with the figure:
 * the stated interval widened by the precision of the written number (a round "70" is read more
 * loosely than "64"); comparisons overlap these, and {@link Intervals} is their one table.
 */
public record Figure(int start, int end, String text, Kind kind, double value, String unit,
                     Double low, Double high, String hedge, String iso, boolean resolved,
                     Double readLow, Double readHigh) {

    /** A figure that was not resolved against a published date (the common case). */
    public Figure(int start, int end, String text, Kind kind, double value, String unit,
                  Double low, Double high, String hedge, String iso) {
        this(start, end, text, kind, value, unit, low, high, hedge, iso, false);
    }

    /** A figure whose reading interval is its stated interval (no precision widening). */
    public Figure(int start, int end, String text, Kind kind, double value, String unit,
                  Double low, Double high, String hedge, String iso, boolean resolved) {
        this(start, end, text, kind, value, unit, low, high, hedge, iso, resolved, low, high);
    }

    /** Human-readable normalised form, e.g. "800,000,000,000 USD", "≥ 60 day", "18–22 %", "2025-08". */
    public String normalised() {
        if (kind == Kind.DATE) {
            return iso;
        }
        String suffix = switch (kind) {
            case PERCENT -> " " + unit;
            case ORDINAL, RATIO -> "";
            default -> unit == null ? "" : " " + unit;
        };
        String prefix = kind == Kind.RATIO ? "×" : "";
        if (isExact()) {
            return prefix + Numbers.format(value) + (kind == Kind.ORDINAL ? Numbers.ordinalSuffix(value) : "") + suffix;
        }
        if (low != null && high == null) {
            return "≥ " + prefix + Numbers.format(low) + suffix;
        }
        if (low == null && high != null) {
            return "≤ " + prefix + Numbers.format(high) + suffix;
        }
        if (low == null) {
            return "any" + suffix;
        }
        return prefix + Numbers.format(low) + "–" + Numbers.format(high) + suffix;
    }

    /** The value for JSON: an ISO string for dates, a Long for whole numbers, otherwise a Double. */
    public Object jsonValue() {
        return kind == Kind.DATE ? iso : Numbers.json(value);
    }

    /** The interval's low end for JSON (ISO day for dates), null when unbounded. */
    public Object jsonLow() {
        return bound(low);
    }

    /** The interval's high end for JSON (ISO day for dates), null when unbounded. */
    public Object jsonHigh() {
        return bound(high);
    }

    /** True when the interval is a single point equal to the value. */
    public boolean isExact() {
        return low != null && high != null && low == value && high == value;
    }

    private Object bound(Double b) {
        if (b == null) {
            return null;
        }
        return kind == Kind.DATE ? LocalDate.ofEpochDay(b.longValue()).toString() : Numbers.json(b);
    }

    /**
     * The figure of {@code figures} that overlaps [start, end) the most (the first on a tie), or
     * null when none does: how a source's {@code figure:} text picks one of its quote's figures.
     */
    public static Figure mostOverlapping(java.util.List<Figure> figures, int start, int end) {
        Figure best = null;
        int bestOverlap = 0;
        for (Figure f : figures) {
            int overlap = Math.min(end, f.end()) - Math.max(start, f.start());
            if (overlap > bestOverlap) {
                best = f;
                bestOverlap = overlap;
            }
        }
        return best;
    }
}
