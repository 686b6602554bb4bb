package org.factcheck.figures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * The one table of how wide a reader takes a written figure: precision from how the number is
 * written, fraction words, ranges, hedges and date qualifiers. The reader calls it to set a
 * figure's {@code low}/{@code high} (what the text states) and {@code readLow}/{@code readHigh}
 * (what a careful reader accepts as agreeing); the README and the methodology page are generated
 * from {@link #table()}, and a test fails when they drift from it.
 *
 * <p><b>Step.</b> A written number stands for whatever rounds to it, so its width follows the
 * unit of its last significant digit: 64 → 1, 3.2 → 0.1, 12,400 → 100, 12,000 → 1,000. A single
 * round digit is taken to be rounded to the nearest half of its place (70 → 5, $800 billion →
 * $50 billion, 600,000 → 50,000), because writers round to fives as often as to tens. Fraction
 * words ("a quarter", "half", "two-thirds", "one in five") have a step of 5 points. Number words
 * follow the same rule ("twenty" → as 20); a half in words ("three and a half million") makes the
 * step half the scale. The step is never more than a tenth of the value, so "100 drones" is not
 * read as 50–150. Percentages are widened in points (the step is in points), never relative.
 *
 * <p><b>Widths.</b> A bare figure is read as value ± 0.4 step: anything that rounds to it, less a
 * margin so that two neighbouring round numbers (12,000 and 13,000) never touch. An approximate
 * hedge ("about") states value ± 1 step. "Nearly" states [value − step, value], "just over"
 * [value, value + step], "more than" [value, ∞), "up to" (−∞, value]; their reading interval
 * widens the side at the printed value by 0.4 step. A range reads from its low end − 0.4 step of
 * that end to its high end + 0.4 step of that end. Dates, ordinals and ratios are read as stated.
 */
final class Intervals {
    private Intervals() {
    }

    /** How much of a step a bare value is widened by, each side. */
    static final double BARE = 0.4;
    /** The step of a fraction word, in percentage points. */
    static final double FRACTION_STEP = 5;
    /** The step is never more than this fraction of the value. */
    static final double MAX_RELATIVE = 0.1;

    /** The step of digits as printed: {@code mantissa} without separators, {@code frac} decimals, times {@code scale}. */
    static double step(long mantissa, int frac, double scale) {
        if (frac > 0) {
            return clean(scale / Tokens.POW10[frac]);
        }
        if (mantissa == 0) {
            return scale;
        }
        long m = mantissa;
        double place = 1;
        while (m % 10 == 0) {
            m /= 10;
            place *= 10;
        }
        if (place > 1 && m < 10) {
            place /= 2;     // a single round digit: rounded to the nearest half of its place
        }
        return clean(place * scale);
    }

    /** The step of a value known only as a number (number words, derived values): as if printed in full. */
    static double stepOf(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v) || v == 0) {
            return 1;
        }
        double a = Math.abs(v);
        if (a == Math.rint(a) && a < 1e15) {
            long m = (long) a;
            double place = 1;
            while (m % 10 == 0) {
                m /= 10;
                place *= 10;
            }
            return place > 1 && m < 10 ? place / 2 : place;
        }
        BigDecimal d = BigDecimal.valueOf(a).stripTrailingZeros();
        if (d.scale() > 0) {
            return clean(BigDecimal.ONE.movePointLeft(d.scale()).doubleValue());
        }
        return 1;
    }

    /** The step actually used: never more than a tenth of the value. */
    static double width(double step, double value) {
        double cap = Math.abs(value) * MAX_RELATIVE;
        return clean(cap > 0 ? Math.min(step, cap) : step);
    }

    /**
     * The stated interval and the reading interval of a figure, {lo, hi, readLo, readHi} (null =
     * unbounded). {@code shape} is the hedge (null for none); a range passes its two ends and the
     * step of each.
     */
    static Double[] of(Hedge.Shape shape, double value, double step, Double rangeLow, Double rangeHigh,
                       double stepLow, double stepHigh) {
        if (rangeLow != null && rangeHigh != null) {
            double wl = width(stepLow, rangeLow);
            double wh = width(stepHigh, rangeHigh);
            return new Double[] {clean(rangeLow), clean(rangeHigh), clean(rangeLow - BARE * wl),
                clean(rangeHigh + BARE * wh)};
        }
        double w = width(step, value);
        double margin = BARE * w;
        if (shape == null) {
            return new Double[] {clean(value), clean(value), clean(value - margin), clean(value + margin)};
        }
        return switch (shape) {
            case APPROXIMATE -> new Double[] {clean(value - w), clean(value + w), clean(value - w), clean(value + w)};
            case JUST_BELOW -> new Double[] {clean(value - w), clean(value), clean(value - w), clean(value + margin)};
            case JUST_ABOVE -> new Double[] {clean(value), clean(value + w), clean(value - margin), clean(value + w)};
            case AT_LEAST -> new Double[] {clean(value), null, clean(value - margin), null};
            case AT_MOST -> new Double[] {null, clean(value), null, clean(value + margin)};
        };
    }

    /**
     * The double nearest a short decimal when {@code v} is one up to floating-point noise
     * (15400000.000000002 → 15400000, 3.1599999999999997 → 3.16); other values unchanged.
     */
    static double clean(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v) || v == 0 || v == Math.rint(v) && Math.abs(v) < 1e15) {
            return v;   // whole numbers are exact already (the common case: keep it cheap)
        }
        // Round to 12 significant digits with exact powers of ten (no BigDecimal: this runs for every
        // bound of every figure); keep the rounding only when v was that decimal up to noise.
        int e = (int) Math.floor(Math.log10(Math.abs(v)));
        int shift = 11 - e;
        double r;
        if (shift >= 0 && shift <= 22) {
            double p = Tokens.POW10.length > shift ? Tokens.POW10[shift] : Math.pow(10, shift);
            r = Math.rint(v * p) / p;
        } else if (shift < 0 && -shift <= 22) {
            double p = -shift < Tokens.POW10.length ? Tokens.POW10[-shift] : Math.pow(10, -shift);
            r = Math.rint(v / p) * p;
        } else {
            return v;
        }
        // Noise is a few units in the last place; a larger gap is a real digit (a 14-digit count's ±0.4).
        return Math.abs(r - v) <= 4 * Math.ulp(v) ? r : v;
    }

    // ---------------------------------------------------------------- the documented table

    /**
     * One row of the table: what is written, an example, and how the example is read (computed by
     * the reader, so the table cannot say something the code does not do).
     *
     * @param written   the pattern, in words
     * @param example   an example as printed
     * @param published the article's date the example is read against, or null
     * @param readAs    the reading interval the reader gives the example
     */
    record Row(String written, String example, LocalDate published, String readAs) {
    }

    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 3, 11);

    /** The rows of the table, each example read by the extractor now. */
    static List<Row> table() {
        List<Row> rows = new ArrayList<>();
        row(rows, "a whole number: step 1", "64 per cent", null);
        row(rows, "a decimal: step of its last decimal", "3.2 per cent", null);
        row(rows, "a round number: step of its last significant digit", "12,000 troops", null);
        row(rows, "a single round digit: half its place", "70 per cent", null);
        row(rows, "a single round digit: half its place", "$800 billion", null);
        row(rows, "never wider than a tenth of the value", "100 drones", null);
        row(rows, "fraction words: step 5 points", "a quarter of", null);
        row(rows, "fraction words: step 5 points", "half of", null);
        row(rows, "number words with a half: step half the scale", "three and a half million people", null);
        row(rows, "number words with a half: step half the scale", "a year and a half", null);
        for (Hedge.Shape shape : Hedge.Shape.values()) {
            String example = switch (shape) {
                case APPROXIMATE -> "around 64 per cent";
                case JUST_BELOW -> "nearly 70 per cent";
                case JUST_ABOVE -> "just over 70 per cent";
                case AT_LEAST -> "more than 9,000 homes";
                case AT_MOST -> "up to 64 per cent";
            };
            row(rows, phrases(shape) + ": " + shapeRule(shape), example, null);
            if (shape == Hedge.Shape.APPROXIMATE) {
                row(rows, phrases(shape) + ": " + shapeRule(shape), "roughly 70 per cent", null);
            }
        }
        row(rows, "a range (between A and B, A-B, A to B, from A to B): each end ± 0.4 of its step",
                "between 40 and 45 per cent", null);
        row(rows, "a range (between A and B, A-B, A to B, from A to B): each end ± 0.4 of its step",
                "40-45 days", null);
        row(rows, "early, mid, late month: days 1–10, 11–20, 21 to the end", "late March 2025", null);
        row(rows, "early, mid, late year: January–April, May–August, September–December", "mid-2025", null);
        row(rows, "a half of a year", "the second half of 2024", null);
        row(rows, "a quarter of a year (also Q1–Q4)", "the first quarter of 2025", null);
        row(rows, "a weekday: the last one on or before the published date, the next one after a future cue",
                "on Friday", WEDNESDAY);
        row(rows, "a weekday: the last one on or before the published date, the next one after a future cue",
                "will meet on Friday", WEDNESDAY);
        row(rows, "last, this, next week: Monday to Sunday", "last week", WEDNESDAY);
        row(rows, "a month without a year: the latest one up to the published month (the next after a future cue)",
                "in late January", WEDNESDAY);
        return List.copyOf(rows);
    }

    private static String phrases(Hedge.Shape shape) {
        StringJoiner j = new StringJoiner(", ");
        for (Hedge.Entry e : Hedge.table()) {
            if (e.shape() == shape) {
                j.add(String.join(" ", e.words()));
            }
        }
        return j.toString();
    }

    private static String shapeRule(Hedge.Shape shape) {
        return switch (shape) {
            case APPROXIMATE -> "value ± 1 step";
            case JUST_BELOW -> "value − 1 step to value (+ 0.4 step read)";
            case JUST_ABOVE -> "value (− 0.4 step read) to value + 1 step";
            case AT_LEAST -> "value (− 0.4 step read) or more";
            case AT_MOST -> "value (+ 0.4 step read) or less";
        };
    }

    private static void row(List<Row> rows, String written, String example, LocalDate published) {
        List<Figure> fs = FigureExtractor.extract(example, published);
        if (fs.size() != 1) {
            throw new IllegalStateException("the intervals table's example '" + example + "' reads as " + fs);
        }
        rows.add(new Row(written, example, published, readAs(fs.get(0))));
    }

    /** A figure's reading interval as the table prints it: "63–65 %", "≥ 8,800 homes", "2026-03-06". */
    static String readAs(Figure f) {
        if (f.kind() == Kind.DATE) {
            String lo = LocalDate.ofEpochDay(f.readLow().longValue()).toString();
            String hi = LocalDate.ofEpochDay(f.readHigh().longValue()).toString();
            return lo.equals(hi) ? lo : lo + " to " + hi;
        }
        String unit = f.unit() == null ? "" : " " + f.unit();
        if (f.kind() == Kind.MONEY) {
            unit = " " + f.unit();
        }
        if (f.readLow() == null && f.readHigh() == null) {
            return "any" + unit;
        }
        if (f.readHigh() == null) {
            return "≥ " + Numbers.format(f.readLow()) + unit;
        }
        if (f.readLow() == null) {
            return "≤ " + Numbers.format(f.readHigh()) + unit;
        }
        return Numbers.format(f.readLow()) + "–" + Numbers.format(f.readHigh()) + unit;
    }

    /** The table as Markdown, as written into the README and the methodology page. */
    static String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("| Written as | Example | Read as |\n| --- | --- | --- |\n");
        List<Row> rows = table();
        for (int i = 0; i < rows.size(); ) {
            Row r = rows.get(i);
            StringJoiner examples = new StringJoiner("; ");
            StringJoiner readings = new StringJoiner("; ");
            for (; i < rows.size() && rows.get(i).written().equals(r.written()); i++) {
                Row x = rows.get(i);
                String ex = "\"" + x.example() + "\"";
                if (x.published() != null) {
                    String day = x.published().getDayOfWeek().toString();
                    ex += " (published " + day.charAt(0) + day.substring(1).toLowerCase(Locale.ROOT) + " "
                            + x.published() + ")";
                }
                examples.add(ex);
                readings.add(x.readAs());
            }
            sb.append("| ").append(cell(r.written())).append(" | ").append(cell(examples.toString())).append(" | ")
                    .append(cell(readings.toString())).append(" |\n");
        }
        return sb.toString();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|");
    }
}
