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
    static final int TOP = 10;
    /** The largest font sizes the stylesheet gives labels and axis labels (on a phone, where the chart is scaled down). */
    static final double LABEL_SIZE = 22;
    static final double TICK_SIZE = 19;
    /** A font's ascent and descent as parts of its size (DejaVu Sans: 0.93 and 0.24), kept generous. */
    static final double ASCENT = 0.95;
    static final double DESCENT = 0.27;
    /** Line height of labels, the first baseline below a row's top, and the least space between label and value. */
    static final int LINE = 28;
    static final int BASELINE = 21;
    static final int GAP = 24;
    /** The bar's half height (the dot's radius and the arrows' reach), and space above it and below its row. */
    static final int BAR_HALF = 8;
    static final int BAR_GAP = 4;
    static final int ROW_GAP = 10;
    /** The axis labels' baseline below the axis. */
    static final int TICK_BELOW = 24;

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
        Quantity.Reading first = readings.get(order.get(0));
        List<Mark> marks = new ArrayList<>();
        for (int i : order) {
            SourceResult s = r.sources().get(i);
            Figure f = s.figure();
            Quantity.Reading q = readings.get(i);
            String outlet = s.article() == null ? s.source().article() : s.article().outlet();
            String label = (i + 1) + ". " + outlet + (s.source().asOf() == null ? "" : ", as of " + s.source().asOf());
            String verdict = verdict(r, i);
            marks.add(new Mark(label, f.text() + " → " + PlainWords.reading(f) + SUFFIX.get(verdict), q.low(), q.value(), q.high(), verdict));
        }
        String caption = PlainWords.chartCaption(first.key(), timeline);
        return draw(caption, timeline, marks, v -> label(v, first));
    }

    /** What the desk concluded of source {@code i}'s figure, strongest first: the chart's colour and the words after the value. */
    private static String verdict(ClaimResult r, int i) {
        SourceResult s = r.sources().get(i);
        if (s.errs()) {
            return "errs";
        }
        // A disagreement with a source the desk marks as erring is settled: it is not this figure's dispute.
        boolean disputed = r.comparisons().stream().anyMatch(c -> (c.a() == i || c.b() == i)
                && c.comparison().verdict() == Comparison.Verdict.DISAGREE && !r.involvesErring(c));
        if (disputed) {
            return "disputed";
        }
        if (s.notCounted() != null) {
            return "uncounted";
        }
        boolean agrees = r.comparisons().stream().anyMatch(c -> (c.a() == i || c.b() == i)
                && c.comparison().verdict() == Comparison.Verdict.AGREE && !r.involvesErring(c));
        return agrees ? "agrees" : "counted";
    }

    /** The words after a value, so that colour is never the only sign of what the desk concluded. */
    private static final Map<String, String> SUFFIX = Map.of("errs", " (wrong, the desk finds)", "disputed", " (disputed)",
            "uncounted", " (not counted)", "agrees", " (confirmed)", "counted", "");

    /**
     * One row before layout: its label and value text, the interval it draws ({@code low}/{@code high}
     * infinite when open), and its verdict class.
     */
    record Mark(String label, String value, double low, double mid, double high, String verdictClass) {
    }

    /**
     * Lays out the chart: each row's label and value, broken into lines that fit the plot's width at
     * the largest font size the stylesheet uses ({@link #LABEL_SIZE}), above the row's bar; the axis
     * and its labels below, a label dropped when it would touch another. The axis spans every finite
     * bound with a margin; no two texts and no text and bar share any point (see {@link #boxes}).
     */
    static View.Chart draw(String caption, boolean timeline, List<Mark> marks,
                           java.util.function.DoubleFunction<String> tickLabel) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Mark m : marks) {
            lo = Math.min(lo, Math.min(m.mid(), Double.isInfinite(m.low()) ? m.mid() : m.low()));
            hi = Math.max(hi, Math.max(m.mid(), Double.isInfinite(m.high()) ? m.mid() : m.high()));
        }
        if (hi - lo < 1e-9) {
            double pad = Math.abs(lo) * 0.1 + 1;
            lo -= pad;
            hi += pad;
        }
        double span = hi - lo;
        lo -= span * 0.08;
        hi += span * 0.08;
        List<View.ChartRow> out = new ArrayList<>();
        int y = TOP;
        int width = PLOT_RIGHT - PLOT_LEFT;
        for (Mark m : marks) {
            boolean openLow = Double.isInfinite(m.low());
            boolean openHigh = Double.isInfinite(m.high());
            int x1 = openLow ? PLOT_LEFT : x(m.low(), lo, hi);
            int x2 = openHigh ? PLOT_RIGHT : x(m.high(), lo, hi);
            boolean point = !openLow && !openHigh && x2 - x1 < 4;
            if (point) {
                x1 = x(m.mid(), lo, hi);
                x2 = x1;
            }
            List<String> label = lines(m.label(), width, LABEL_SIZE, false, 3);
            List<String> value = lines(m.value(), width, LABEL_SIZE, true, 2);
            View.ChartText l = new View.ChartText(m.label(), label, PLOT_LEFT, y + BASELINE, "start");
            View.ChartText v;
            int textLines;
            if (label.size() == 1 && value.size() == 1
                    && textWidth(label.get(0), LABEL_SIZE, false) + GAP + textWidth(value.get(0), LABEL_SIZE, true) <= width) {
                v = new View.ChartText(m.value(), value, PLOT_RIGHT, y + BASELINE, "end");
                textLines = 1;
            } else {
                v = new View.ChartText(m.value(), value, PLOT_LEFT, y + BASELINE + label.size() * LINE, "start");
                textLines = label.size() + value.size();
            }
            int barY = y + textLines * LINE + BAR_GAP + BAR_HALF;
            out.add(new View.ChartRow(l, v, barY, x1, x2, point, openLow, openHigh, m.verdictClass()));
            y = barY + BAR_HALF + ROW_GAP;
        }
        int axisY = y;
        int[] at = {x(lo + (hi - lo) * (0.08 / 1.16), lo, hi), x(lo + (hi - lo) * (0.08 / 1.16 + 0.5 / 1.16), lo, hi),
                x(lo + (hi - lo) * (0.08 / 1.16 + 1 / 1.16), lo, hi)};
        String[] anchors = {"start", "middle", "end"};
        List<View.ChartTick> ticks = new ArrayList<>();
        List<double[]> taken = new ArrayList<>();
        for (int k : new int[] {0, 2, 1}) {
            String text = tickLabel.apply(lo + (hi - lo) * (0.08 / 1.16 + k * 0.5 / 1.16));
            View.ChartTick t = new View.ChartTick(at[k], text, anchors[k]);
            double[] box = tickBox(t, axisY);
            if (box[0] >= 0 && box[2] <= WIDTH && taken.stream().noneMatch(b -> touch(b, box))) {
                taken.add(box);
                ticks.add(t);
            }
        }
        ticks.sort(Comparator.comparingInt(View.ChartTick::x));
        return new View.Chart(caption, WIDTH, axisY + TICK_BELOW + (int) Math.ceil(TICK_SIZE * DESCENT) + 2, PLOT_LEFT,
                PLOT_RIGHT, out, ticks, timeline, LINE, axisY);
    }

    /**
     * Every text's and bar's box in the chart, as {x0, y0, x1, y1} in user units: a text by its
     * estimated width ({@link #textWidth}) and the font's ascent and descent, a bar with its dot's or
     * arrows' reach. The layout keeps them pairwise apart; tests check that it does.
     */
    static List<double[]> boxes(View.Chart c) {
        List<double[]> out = new ArrayList<>();
        for (View.ChartRow r : c.rows()) {
            out.add(textBox(r.label(), LABEL_SIZE, false));
            out.add(textBox(r.value(), LABEL_SIZE, true));
            double left = r.openLow() ? r.x1() - 6 : r.point() ? r.x1() - 7 : r.x1();
            double right = r.openHigh() ? r.x2() + 6 : r.point() ? r.x2() + 7 : r.x2();
            out.add(new double[] {left, r.barY() - BAR_HALF, right, r.barY() + BAR_HALF});
        }
        for (View.ChartTick t : c.ticks()) {
            out.add(tickBox(t, c.axisY()));
        }
        return out;
    }

    /** True when two boxes share a point. */
    static boolean touch(double[] a, double[] b) {
        return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    }

    private static double[] textBox(View.ChartText t, double size, boolean bold) {
        double w = t.lines().stream().mapToDouble(l -> textWidth(l, size, bold)).max().orElse(0);
        double x0 = t.anchor().equals("end") ? t.x() - w : t.anchor().equals("middle") ? t.x() - w / 2 : t.x();
        return new double[] {x0, t.y() - size * ASCENT, x0 + w, t.y() + (t.lines().size() - 1) * LINE + size * DESCENT};
    }

    private static double[] tickBox(View.ChartTick t, int axisY) {
        View.ChartText text = new View.ChartText(t.label(), List.of(t.label()), t.x(), axisY + TICK_BELOW, t.anchor());
        return textBox(text, TICK_SIZE, false);
    }

    /**
     * A generous estimate of a text's width in a sans-serif font at {@code size} user units: wide
     * letters and ideographs at a full em, capitals at 0.8, narrow marks at 0.4, the rest at 0.66
     * (DejaVu Sans, the widest common default, stays under these); bold a tenth wider. Browsers'
     * own metrics are checked against it in the browser tests.
     */
    static double textWidth(String s, double size, boolean bold) {
        double em = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if ("MWmw@%—…".indexOf(c) >= 0 || c >= 0x1100 && Character.isLetterOrDigit(c) && !isLatinLike(c)
                    || Character.getType(c) == Character.OTHER_SYMBOL) {
                em += 1.0;
            } else if (Character.isUpperCase(c)) {
                em += 0.8;
            } else if (" .,:;'!|iljtfI()[]\u2019".indexOf(c) >= 0) {
                em += 0.4;
            } else {
                em += 0.66;
            }
        }
        return em * size * (bold ? 1.1 : 1.0);
    }

    /** Letters of scripts whose glyphs are about as wide as Latin ones (Latin, Greek, Cyrillic and their extensions). */
    private static boolean isLatinLike(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.GREEK
                || script == Character.UnicodeScript.CYRILLIC;
    }

    /**
     * A text broken at spaces into at most {@code max} lines no wider than {@code width} (a word
     * wider than a line is cut); what does not fit ends the last line with "…".
     */
    static List<String> lines(String text, double width, double size, boolean bold, int max) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        String[] words = text.strip().split("\\s+");
        boolean cut = false;
        for (int w = 0; w < words.length && !cut; w++) {
            String word = words[w];
            String tried = line.isEmpty() ? word : line + " " + word;
            if (textWidth(tried, size, bold) <= width) {
                line.setLength(0);
                line.append(tried);
                continue;
            }
            if (!line.isEmpty()) {
                out.add(line.toString());
                line.setLength(0);
            }
            // A word longer than a line is cut where it reaches the edge.
            while (textWidth(word, size, bold) > width) {
                int n = fit(word, width, size, bold);
                out.add(word.substring(0, n));
                word = word.substring(n);
                if (out.size() >= max) {
                    break;
                }
            }
            line.append(word);
            cut = out.size() >= max;
        }
        if (!line.isEmpty() && out.size() < max) {
            out.add(line.toString());
            line.setLength(0);
        } else if (!line.isEmpty()) {
            cut = true;
        }
        if (cut || out.size() > max) {
            List<String> kept = new ArrayList<>(out.subList(0, Math.min(max, out.size())));
            String last = kept.get(kept.size() - 1);
            while (!last.isEmpty() && textWidth(last + "…", size, bold) > width) {
                last = last.substring(0, last.offsetByCodePoints(last.length(), -1));
            }
            kept.set(kept.size() - 1, last.stripTrailing() + "…");
            return List.copyOf(kept);
        }
        return List.copyOf(out);
    }

    /** How many chars of {@code word} (whole code points, at least one) fit in {@code width}. */
    private static int fit(String word, double width, double size, boolean bold) {
        int n = word.offsetByCodePoints(0, 1);
        while (n < word.length()) {
            int next = word.offsetByCodePoints(n, 1);
            if (textWidth(word.substring(0, next), size, bold) > width) {
                break;
            }
            n = next;
        }
        return n;
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
