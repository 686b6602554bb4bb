package org.factcheck.figures;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Compares two figures and says why they agree, disagree or cannot be compared.
 *
 * <p>Figures are comparable only when kind and unit agree: money in the same currency (never
 * converted), percentages with percentages (percentage points apart), areas in km2, durations in
 * any duration unit (compared in days), dates by their periods, counts of the same thing after
 * simple singularisation ("drones" = "drone"). A count with no counted noun is compared only with
 * another count without one: "55,000" may not be drones, and a wrong "conflicting" label costs the
 * desk more than a missed comparison.
 *
 * <p>Two figures agree when their intervals overlap. A hedged figure's interval comes from
 * {@link Hedge}; an exact figure is widened by the tolerance, a relative fraction of its value.
 * Default tolerances (see {@link #defaultTolerance}):
 * <table>
 *   <caption>Default tolerance per kind</caption>
 *   <tr><th>Kind</th><th>Tolerance</th><th>Why</th></tr>
 *   <tr><td>MONEY, PERCENT, COUNT, AREA</td><td>0.01 (±1 %)</td><td>absorbs rounding ("$66.5bn" vs "$66.47 billion", a km2 conversion)</td></tr>
 *   <tr><td>DURATION, ORDINAL, RATIO</td><td>0</td><td>given exactly; "15-year" is not "16-year"</td></tr>
 *   <tr><td>DATE</td><td>0 (never widened)</td><td>a date is already a period; an override is ignored</td></tr>
 * </table>
 */
public final class Figures {
    private Figures() {
    }

    private static final Map<Kind, Double> DEFAULT_TOLERANCE;

    static {
        Map<Kind, Double> m = new EnumMap<>(Kind.class);
        m.put(Kind.MONEY, 0.01);
        m.put(Kind.PERCENT, 0.01);
        m.put(Kind.COUNT, 0.01);
        m.put(Kind.AREA, 0.01);
        m.put(Kind.DURATION, 0.0);
        m.put(Kind.ORDINAL, 0.0);
        m.put(Kind.RATIO, 0.0);
        m.put(Kind.DATE, 0.0);
        DEFAULT_TOLERANCE = Collections.unmodifiableMap(m);
    }

    /** Days per duration unit, to compare "24 hours" with "1 day". */
    private static final Map<String, Double> DAYS = Map.of("minute", 1.0 / 1440, "hour", 1.0 / 24, "day", 1.0,
            "week", 7.0, "month", 365.2425 / 12, "year", 365.2425);

    /** The relative tolerance used for exact figures of this kind when none is given. */
    public static double defaultTolerance(Kind kind) {
        return DEFAULT_TOLERANCE.get(kind);
    }

    /** Compares with the default tolerance of the figures' kind. */
    public static Comparison compare(Figure a, Figure b) {
        return compare(a, b, null);
    }

    /**
     * Compares two figures, each with the editor's per-source {@code unit:} override (null when
     * none): the unit says what a figure counts when the printed noun is unusual.
     */
    public static Comparison compare(Figure a, String unitA, Figure b, String unitB, Double tolerance) {
        return compare(withUnit(a, unitA), withUnit(b, unitB), tolerance);
    }

    private static Figure withUnit(Figure f, String unit) {
        if (unit == null || unit.isBlank()) {
            return f;
        }
        return new Figure(f.start(), f.end(), f.text(), f.kind(), f.value(), unit.strip(), f.low(), f.high(),
                f.hedge(), f.iso(), f.resolved(), f.readLow(), f.readHigh());
    }

    /**
     * Compares two figures.
     *
     * @param tolerance relative fraction (0.1 = ±10 %) applied to exact figures, overriding the
     *                  kind's default; null for the default. Ignored for dates.
     */
    public static Comparison compare(Figure a, Figure b, Double tolerance) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (a.kind() != b.kind()) {
            return incomparable(a, b, "different kinds (" + a.kind().id() + ", " + b.kind().id() + ")");
        }
        Kind kind = a.kind();
        double scaleA = 1;
        double scaleB = 1;
        String note = "";
        switch (kind) {
            case MONEY:
                if (!Objects.equals(a.unit(), b.unit())) {
                    return incomparable(a, b, "different currencies");
                }
                break;
            case COUNT:
                if (a.unit() == null ^ b.unit() == null) {
                    return incomparable(a, b, "only one says what is counted");
                }
                if (a.unit() != null && !singular(a.unit()).equals(singular(b.unit()))) {
                    return incomparable(a, b, "different things counted (" + a.unit() + ", " + b.unit() + ")");
                }
                break;
            case DURATION:
                if (!Objects.equals(a.unit(), b.unit())) {
                    Double da = DAYS.get(a.unit());
                    Double db = DAYS.get(b.unit());
                    if (da == null || db == null) {
                        return incomparable(a, b, "different units");
                    }
                    scaleA = da;
                    scaleB = db;
                    note = " (compared in days)";
                }
                break;
            default:
                if (!Objects.equals(a.unit(), b.unit())) {
                    return incomparable(a, b, "different units (" + a.unit() + ", " + b.unit() + ")");
                }
        }
        double tol = kind == Kind.DATE ? 0 : tolerance != null ? Math.abs(tolerance) : defaultTolerance(kind);
        double[] ia = interval(a, tol, scaleA);
        double[] ib = interval(b, tol, scaleB);
        boolean overlap = ia[0] <= ib[1] && ib[0] <= ia[1];
        String la = label(a);
        String lb = label(b);
        boolean exactA = a.isExact();
        boolean exactB = b.isExact();
        if (overlap) {
            boolean samePeriod = kind == Kind.DATE && a.low().equals(b.low()) && a.high().equals(b.high());
            if (samePeriod || exactA && exactB && a.value() * scaleA == b.value() * scaleB) {
                return new Comparison(Comparison.Verdict.AGREE, la + " equals " + lb + note);
            }
            if (exactA && exactB) {
                return new Comparison(Comparison.Verdict.AGREE,
                        la + " is within " + percent(tol) + " of " + lb + note);
            }
            if (exactA || kind == Kind.DATE && contains(b, a)) {
                return new Comparison(Comparison.Verdict.AGREE, la + " lies inside " + ranged(b) + note);
            }
            if (exactB || kind == Kind.DATE && contains(a, b)) {
                return new Comparison(Comparison.Verdict.AGREE, lb + " lies inside " + ranged(a) + note);
            }
            return new Comparison(Comparison.Verdict.AGREE, ranged(a) + " overlaps " + ranged(b) + note);
        }
        if (exactA && exactB) {
            String why = tol == 0 ? "" : ", more than the ±" + percent(tol) + " tolerance";
            return new Comparison(Comparison.Verdict.DISAGREE, la + " differs from " + lb + why + note);
        }
        if (exactA) {
            return new Comparison(Comparison.Verdict.DISAGREE, la + " lies outside " + ranged(b) + note);
        }
        if (exactB) {
            return new Comparison(Comparison.Verdict.DISAGREE, lb + " lies outside " + ranged(a) + note);
        }
        return new Comparison(Comparison.Verdict.DISAGREE, ranged(a) + " does not overlap " + ranged(b) + note);
    }

    private static boolean contains(Figure outer, Figure inner) {
        return outer.low() <= inner.low() && inner.high() <= outer.high();
    }

    private static double[] interval(Figure f, double tol, double scale) {
        if (f.isExact() && f.kind() != Kind.DATE) {
            double v = f.value() * scale;
            double d = Math.abs(v) * tol;
            return new double[] {v - d, v + d};
        }
        double lo = f.low() == null ? Double.NEGATIVE_INFINITY : f.low() * scale;
        double hi = f.high() == null ? Double.POSITIVE_INFINITY : f.high() * scale;
        return new double[] {lo, hi};
    }

    private static Comparison incomparable(Figure a, Figure b, String why) {
        return new Comparison(Comparison.Verdict.INCOMPARABLE, label(a) + " vs " + label(b) + ": " + why
                + ", not compared");
    }

    /** How a figure is named in a reason: the hedge and value, or for money the printed text and the amount. */
    static String label(Figure f) {
        if (f.kind() == Kind.DATE) {
            return f.iso();
        }
        if (f.kind() == Kind.MONEY) {
            return f.text() + " (" + f.normalised() + ")";
        }
        if (!f.isExact() && f.hedge() == null) {
            return f.normalised();      // a range: "18–22 %"
        }
        String unit = switch (f.kind()) {
            case ORDINAL, RATIO -> "";
            default -> f.unit() == null ? "" : " " + f.unit();
        };
        String v = f.kind() == Kind.RATIO ? "×" + Numbers.format(f.value())
                : f.kind() == Kind.ORDINAL ? Numbers.format(f.value()) + Numbers.ordinalSuffix(f.value())
                : Numbers.format(f.value());
        return (f.hedge() == null ? "" : f.hedge().toLowerCase(Locale.ROOT) + " ") + v + unit;
    }

    private static String ranged(Figure f) {
        if (f.isExact()) {
            return label(f);
        }
        String norm = f.normalised();
        String l = label(f);
        if (f.kind() == Kind.DATE) {
            return l + " (" + span(f) + ")";
        }
        return l.equals(norm) || f.kind() == Kind.MONEY ? l : l + " = " + norm;
    }

    private static String percent(double tol) {
        return Numbers.format(tol * 100) + " %";
    }

    /** "countries" → "country", "drones" → "drone", "times" → "time": enough to match counted nouns. */
    static String singular(String noun) {
        String w = noun.toLowerCase(Locale.ROOT);
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && w.length() > 3) {
            return w.substring(0, w.length() - 1);
        }
        if (w.equals("people")) {
            return "person";
        }
        if (w.equals("men") || w.equals("women") || w.equals("children")) {
            return w.equals("children") ? "child" : w.replace("men", "man");
        }
        return w;
    }

    /** A date's first and last day: "2025-08-01–2025-08-31". */
    private static String span(Figure f) {
        String lo = f.jsonLow().toString();
        String hi = f.jsonHigh().toString();
        return lo.equals(hi) ? lo : lo + "–" + hi;
    }
}
