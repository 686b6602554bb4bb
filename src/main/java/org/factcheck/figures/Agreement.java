package org.factcheck.figures;

import java.util.ArrayList;
import java.util.List;

/**
 * The one rule of when two comparable figures confirm each other, are merely consistent, or
 * disagree. Agreement means each figure states the other at least as precisely: overlapping is not
 * enough when the overlap is only what one figure leaves open.
 *
 * <ol>
 *   <li><b>A bound stated by the text is compared as stated.</b> "at least 40", "more than 9,000",
 *       "nearly 9,000", "under 40 per cent" are compared from their printed value on the side the hedge
 *       names: 39 is not "at least 40", 8,900 is not "more than 9,000". The other side, and bare,
 *       approximate and range figures, keep the reading interval of {@link Intervals} (the precision of
 *       the written number).</li>
 *   <li><b>Opposite one-sided hedges on one value disagree.</b> "more than 9,000" against "nearly
 *       9,000", "just over half" against "almost half", "at least 40" against "under 40": they meet only
 *       at the value each one places itself on the other side of.</li>
 *   <li><b>A vague quantity never confirms.</b> "hundreds", "dozens", "thousands", "several", "a number
 *       of" ({@link Vague}) against a figure it holds are <em>consistent</em>; against one it cannot
 *       hold ("hundreds" against 40) they disagree.</li>
 *   <li>Otherwise figures whose intervals overlap <b>agree</b>, and figures whose intervals do not
 *       overlap <b>disagree</b>.</li>
 * </ol>
 *
 * The methodology's table of examples is generated from {@link #table()}, each example compared by
 * the engine, so the table cannot say something the code does not do.
 */
final class Agreement {
    private Agreement() {
    }

    /** Which side of its printed value a figure states: above ("more than"), below ("nearly") or neither. */
    enum Side { ABOVE, BELOW, NONE }

    /** The side a figure's hedge states. */
    static Side side(Figure f) {
        Hedge.Shape shape = Hedge.shapeOf(f.hedge());
        if (shape == null || f.kind() == Kind.DATE || f.kind() == Kind.ORDINAL) {
            return Side.NONE;
        }
        return switch (shape) {
            case AT_LEAST, JUST_ABOVE -> Side.ABOVE;
            case AT_MOST, JUST_BELOW -> Side.BELOW;
            case APPROXIMATE -> Side.NONE;
        };
    }

    /**
     * The interval a figure is compared with: its reading interval widened by {@code tolerance} of its
     * value, except that the bound a one-sided hedge states is the printed bound (widened by the
     * tolerance, the editor's explicit choice, and nothing else).
     */
    static double[] interval(Figure f, Quantity.Reading r, double tolerance) {
        double d = Double.isInfinite(r.value()) ? 0 : Math.abs(r.value()) * tolerance;
        double lo = r.readLow() - d;
        double hi = r.readHigh() + d;
        Side side = side(f);
        if (side == Side.ABOVE && !Double.isInfinite(r.low())) {
            lo = Math.max(lo, r.low() - d);
        } else if (side == Side.BELOW && !Double.isInfinite(r.high())) {
            hi = Math.min(hi, r.high() + d);
        }
        return new double[] {lo, hi};
    }

    /** The outcome of comparing two figures' intervals, before any reason is written. */
    enum Outcome {
        /** The intervals overlap and each figure states a value: they confirm each other. */
        AGREE,
        /** The intervals overlap, but one figure is a vague quantity: consistent, not confirming. */
        CONSISTENT,
        /** The intervals meet only at the value two opposite one-sided hedges are on either side of. */
        OPPOSITE_SIDES,
        /** The intervals do not overlap. */
        APART
    }

    /** The rule itself; {@code ia} and {@code ib} are the intervals of {@link #interval}. */
    static Outcome decide(Figure a, double[] ia, Figure b, double[] ib) {
        if (!overlap(ia, ib)) {
            return Outcome.APART;
        }
        Side sa = side(a);
        Side sb = side(b);
        if (sa != Side.NONE && sb != Side.NONE && sa != sb) {
            double from = Math.max(ia[0], ib[0]);
            double to = Math.min(ia[1], ib[1]);
            if (to - from <= slack(from, to)) {
                return Outcome.OPPOSITE_SIDES;
            }
        }
        if (Vague.is(a) || Vague.is(b)) {
            return Outcome.CONSISTENT;
        }
        return Outcome.AGREE;
    }

    /** Overlap with a relative slack of 1e-9, so the same number reached two ways ("0.8 trillion", "800 billion") meets. */
    static boolean overlap(double[] a, double[] b) {
        return a[0] <= b[1] + slack(a[0], b[1]) && b[0] <= a[1] + slack(b[0], a[1]);
    }

    private static double slack(double x, double y) {
        double m = Math.max(Math.abs(x), Math.abs(y));
        return Double.isInfinite(m) ? 0 : m * 1e-9;
    }

    // ---------------------------------------------------------------- the documented table

    /**
     * One row of the table: the rule, two printed figures and the verdict the engine gives them.
     *
     * @param rule    the rule, in words
     * @param a       the first figure as printed
     * @param b       the second figure as printed
     * @param verdict what the engine says, as the statuses page names it
     */
    record Row(String rule, String a, String b, String verdict) {
    }

    /** The rows of the table, each pair compared by the engine now. */
    static List<Row> table() {
        List<Row> rows = new ArrayList<>();
        String bound = "a bound stated by the text is compared as stated";
        row(rows, bound, "at least 40 people", "43 people");
        row(rows, bound, "at least 40 people", "39 people");
        row(rows, bound, "more than 9,000 homes", "9,400 homes");
        row(rows, bound, "more than 9,000 homes", "8,900 homes");
        row(rows, bound, "nearly 9,000 homes", "8,900 homes");
        row(rows, bound, "under 40 per cent", "37 per cent");
        String opposite = "one-sided hedges on opposite sides of one value disagree";
        row(rows, opposite, "more than 9,000 homes", "nearly 9,000 homes");
        row(rows, opposite, "just over half of voters", "almost half of voters");
        row(rows, opposite, "at least 40 per cent", "under 40 per cent");
        String same = "one-sided hedges on the same side agree";
        row(rows, same, "more than 500 migrants", "at least 500 migrants");
        row(rows, same, "nearly 3,000 troops", "just under 3,000 troops");
        String vague = "a vague quantity is consistent with a figure it holds, never confirms it";
        row(rows, vague, "hundreds of civilians", "about 400 civilians");
        row(rows, vague, "dozens of drones", "36 drones");
        row(rows, vague, "thousands of people", "4,200 people");
        row(rows, vague, "several soldiers", "7 soldiers");
        row(rows, vague, "hundreds of homes", "40 homes");
        String plain = "otherwise: reading intervals that overlap agree, others disagree";
        row(rows, plain, "about 70 per cent", "72 per cent");
        row(rows, plain, "12,000 troops", "13,000 troops");
        return List.copyOf(rows);
    }

    private static void row(List<Row> rows, String rule, String a, String b) {
        Comparison c = Figures.compare(one(a), one(b));
        String verdict = switch (c.verdict()) {
            case AGREE -> "agree";
            case CONSISTENT -> "consistent (does not confirm)";
            case DISAGREE -> "disagree";
            case INCOMPARABLE -> "not comparable";
        };
        rows.add(new Row(rule, a, b, verdict));
    }

    private static Figure one(String text) {
        List<Figure> fs = FigureExtractor.extract(text);
        if (fs.isEmpty()) {
            fs = Vague.read(text);
        }
        if (fs.size() != 1) {
            throw new IllegalStateException("the agreement table's example '" + text + "' reads as " + fs);
        }
        return fs.get(0);
    }

    /** The table as Markdown, as written into the handbook's statuses page. */
    static String markdown() {
        StringBuilder sb = new StringBuilder("| Rule | One source says | The other says | Verdict |\n| --- | --- | --- | --- |\n");
        String last = null;
        for (Row r : table()) {
            sb.append("| ").append(r.rule().equals(last) ? "" : r.rule()).append(" | \"").append(r.a()).append("\" | \"")
                    .append(r.b()).append("\" | ").append(r.verdict()).append(" |\n");
            last = r.rule();
        }
        return sb.toString();
    }
}
