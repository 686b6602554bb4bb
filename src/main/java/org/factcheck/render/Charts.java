package org.factcheck.render;

import org.factcheck.check.ClaimResult;
import org.factcheck.check.SourceResult;
import org.factcheck.figures.Comparison;
import org.factcheck.figures.Figure;
import org.factcheck.figures.Kind;
import org.factcheck.figures.Quantity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The claim page's chart: the sources' figures of one {@link Quantity} key as bars on one axis
 * (an interval as a bar, an exact value as a dot, an open bound as an arrow to the edge), ordered
 * by as-of date when sources give one. Only geometry is computed here; the template draws the SVG.
 */
final class Charts {

    static final int WIDTH = 640;
    static final int PLOT_LEFT = 20;
    static final int PLOT_RIGHT = 620;
    static final int ROW = 50;
    static final int TOP = 10;

    private Charts() {
    }

    /**
     * The chart for a claim, or null when fewer than two sources give comparable figures. Rows are
     * the largest set of sources whose figures share a {@link Quantity} key, the checker's own test
     * of comparability, drawn on one axis: in their printed unit when they share one, otherwise in
     * the key's canonical unit (durations in days, so "three months" is the bar 89–92 days).
     */
    static View.Chart chart(ClaimResult r) {
        Map<Quantity, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < r.sources().size(); i++) {
            SourceResult s = r.sources().get(i);
            Figure f = s.figure();
            if (f != null && s.anchor().found() && f.kind() != Kind.ORDINAL) {
                groups.computeIfAbsent(Quantity.of(f, unit(s)), k -> new ArrayList<>()).add(i);
            }
        }
        List<Integer> rows = null;
        for (List<Integer> g : groups.values()) {
            if (g.size() >= 2 && (rows == null || g.size() > rows.size())) {
                rows = g;
            }
        }
        if (rows == null) {
            return null;
        }
        List<Integer> order = new ArrayList<>(rows);
        boolean timeline = order.stream().anyMatch(i -> r.sources().get(i).source().asOf() != null);
        if (timeline) {
            order.sort(Comparator.comparing((Integer i) -> r.sources().get(i).source().asOf(),
                    Comparator.nullsLast(Comparator.<LocalDate>naturalOrder())).thenComparingInt(i -> i));
        }
        String printed = Quantity.printedUnit(r.sources().get(order.get(0)).figure(), unit(r.sources().get(order.get(0))));
        boolean asPrinted = order.stream().allMatch(i -> Objects.equals(printed,
                Quantity.printedUnit(r.sources().get(i).figure(), unit(r.sources().get(i)))));
        Map<Integer, Quantity.Reading> readings = new HashMap<>();
        for (int i : order) {
            readings.put(i, Quantity.read(r.sources().get(i).figure(), unit(r.sources().get(i)), asPrinted));
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i : order) {
            Quantity.Reading q = readings.get(i);
            lo = Math.min(lo, Math.min(q.value(), Double.isInfinite(q.low()) ? q.value() : q.low()));
            hi = Math.max(hi, Math.max(q.value(), Double.isInfinite(q.high()) ? q.value() : q.high()));
        }
        if (hi - lo < 1e-9) {
            double pad = Math.abs(lo) * 0.1 + 1;
            lo -= pad;
            hi += pad;
        }
        double span = hi - lo;
        lo -= span * 0.08;
        hi += span * 0.08;
        Quantity.Reading first = readings.get(order.get(0));
        List<View.ChartRow> out = new ArrayList<>();
        int y = TOP;
        for (int i : order) {
            SourceResult s = r.sources().get(i);
            Figure f = s.figure();
            Quantity.Reading q = readings.get(i);
            boolean openLow = Double.isInfinite(q.low());
            boolean openHigh = Double.isInfinite(q.high());
            int x1 = openLow ? PLOT_LEFT : x(q.low(), lo, hi);
            int x2 = openHigh ? PLOT_RIGHT : x(q.high(), lo, hi);
            boolean point = !openLow && !openHigh && x2 - x1 < 4;
            if (point) {
                x1 = x(q.value(), lo, hi);
                x2 = x1;
            }
            String outlet = s.article() == null ? s.source().article() : s.article().outlet();
            String label = (i + 1) + ". " + outlet + (s.source().asOf() == null ? "" : ", as of " + s.source().asOf());
            boolean disagrees = r.comparisons().stream().anyMatch(c -> (c.a() == i || c.b() == i)
                    && c.comparison().verdict() == Comparison.Verdict.DISAGREE && (s.errs() || !r.involvesErring(c)));
            out.add(new View.ChartRow(label, f.text() + " → " + PlainWords.reading(f)
                    + (s.errs() ? " (wrong, says the desk)" : disagrees ? " (disagrees)" : ""), y, x1,
                    x2, point, openLow, openHigh,
                    disagrees ? "disagree" : "agree"));
            y += ROW;
        }
        List<View.ChartTick> ticks = new ArrayList<>();
        for (int k = 0; k <= 2; k++) {
            double v = lo + (hi - lo) * (0.08 / 1.16 + k * (1.0 / 1.16) / 2);
            ticks.add(new View.ChartTick(x(v, lo, hi), label(v, first)));
        }
        String caption = PlainWords.chartCaption(first.key(), timeline);
        return new View.Chart(caption, WIDTH, y + 34, PLOT_LEFT, PLOT_RIGHT, out, ticks, timeline);
    }

    /** The editor's per-source {@code unit:} override, or null to key the figure as printed. */
    private static String unit(SourceResult s) {
        return s.source().unit();
    }

    private static int x(double v, double lo, double hi) {
        return (int) Math.round(PLOT_LEFT + (v - lo) / (hi - lo) * (PLOT_RIGHT - PLOT_LEFT));
    }

    /** An axis label: an ISO day for dates, otherwise a short number with the reading's unit. */
    static String label(double v, Quantity.Reading like) {
        if (like.key().kind() == Kind.DATE) {
            return LocalDate.ofEpochDay(Math.round(v)).toString();
        }
        double a = Math.abs(v);
        String n;
        if (a >= 1e12) {
            n = trim(v / 1e12) + " tn";
        } else if (a >= 1e9) {
            n = trim(v / 1e9) + " bn";
        } else if (a >= 1e6) {
            n = trim(v / 1e6) + " m";
        } else if (a >= 1000) {
            n = String.format(Locale.ROOT, "%,d", Math.round(v));
        } else {
            n = trim(v);
        }
        String unit = like.key().kind() == Kind.DURATION ? Quantity.plural(like.unit()) : like.unit();
        return unit == null || unit.length() > 6 || like.key().kind() == Kind.COUNT ? n
                : n + (unit.equals("%") ? "%" : unit.equals("km2") ? " km²" : " " + unit);
    }

    private static String trim(double v) {
        String s = String.format(Locale.ROOT, "%.1f", v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
