package org.factcheck.figures;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Compares two figures and says why they agree, disagree or cannot be compared: the one place
 * the site decides agreement.
 *
 * <p><b>Comparable</b>: two figures are compared only when their {@link Quantity} keys are equal
 * (kind and canonical unit: money in one currency, or in two currencies a rate the claim states
 * joins, see {@link #compare(Figure, String, Figure, String, Double, List)}; percentages with
 * percentages; durations in days; areas in km²; counts of the same thing after the singular
 * rule and the synonym table; a count with no noun only with another). Otherwise the verdict is
 * {@code INCOMPARABLE} and the reason says why and what the editor can do ("different currencies
 * (USD, EUR) and the claim states no rate between them: … state the rate … in the claim's `rates:`").
 *
 * <p><b>Agree</b>: the figures' reading intervals ({@link Figure#readLow()}–{@link Figure#readHigh()},
 * the stated interval widened by the precision of the written number), in the key's canonical
 * unit, overlap. Durations in different units convert as calendar intervals ("three months" is
 * 89–92 days); two durations in the same printed unit are compared in it. Percentages are compared
 * in points (19 % and 25 % differ by 6 points). Dates compare their periods.
 *
 * <p><b>Tolerance</b>: there is no default tolerance. Rounding is the reader's job
 * (how precisely a number is written is in its reading interval), so a hidden ±1 % would only
 * make near misses agree twice. A claim's {@code tolerance:} is the editor's explicit widening:
 * each reading interval grows by that fraction of the figure's value on both sides
 * ({@code tolerance: 0.05} turns 40 % into 38–42 %, i.e. relative, also for percentages). It
 * never applies to dates or ordinals, which are positions, not measures.
 *
 * <p>Comparison is symmetric (swapping the figures keeps the verdict and reorders the reason) and
 * monotone: a wider reading interval can turn DISAGREE into AGREE, never the reverse.
 */
public final class Figures {
    private Figures() {
    }

    /** Compares two figures as printed, with no tolerance. */
    public static Comparison compare(Figure a, Figure b) {
        return compare(a, null, b, null, null);
    }

    /**
     * Compares two figures as printed.
     *
     * @param tolerance the claim's relative widening (0.05 = ±5 % of each value), or null for none
     */
    public static Comparison compare(Figure a, Figure b, Double tolerance) {
        return compare(a, null, b, null, tolerance);
    }

    /** True when figures of these two keys are compared at all (the checker asks this of every pair). */
    public static boolean comparable(Quantity a, Quantity b) {
        return a.comparableWith(b);
    }

    /**
     * Compares two figures, each with the editor's per-source {@code unit:} override (null when
     * none): the unit says what a figure counts, or its currency or unit, when the printed text is
     * unusual.
     *
     * @param tolerance the claim's relative widening (0.05 = ±5 % of each value), or null for none
     */
    public static Comparison compare(Figure a, String unitA, Figure b, String unitB, Double tolerance) {
        return compare(a, unitA, b, unitB, tolerance, List.of());
    }

    /**
     * Compares two figures as {@link #compare(Figure, String, Figure, String, Double)} does, and, when
     * they are sums in two currencies that one of the claim's {@code rates} joins (in either direction),
     * converts the sum in the rate's {@code from} currency into its {@code to} currency first: its value
     * and both ends of its reading interval are multiplied by the rate, nothing widened, and the two are
     * then compared by the same rule as any other pair. Without such a rate they stay not comparable.
     *
     * @param rates the claim's stated exchange rates (empty when none)
     */
    public static Comparison compare(Figure a, String unitA, Figure b, String unitB, Double tolerance, List<Rate> rates) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Quantity ka = Quantity.of(a, unitA);
        Quantity kb = Quantity.of(b, unitB);
        String head = a.text() + " vs " + b.text() + ": ";
        Rate rate = ka.kind() == Kind.MONEY && kb.kind() == Kind.MONEY && !ka.equals(kb)
                ? Rate.between(rates, ka.unit(), kb.unit()) : null;
        String why = rate != null ? null : Quantity.whyNot(ka, kb);
        if (why != null) {
            return new Comparison(Comparison.Verdict.INCOMPARABLE, head + why, ka, kb);
        }
        Kind kind = ka.kind();
        String printedA = Quantity.printedUnit(a, unitA);
        boolean asPrinted = kind == Kind.DURATION && Objects.equals(printedA, Quantity.printedUnit(b, unitB));
        Quantity.Reading ra = Quantity.read(a, unitA, asPrinted);
        Quantity.Reading rb = Quantity.read(b, unitB, asPrinted);
        Comparison.Conversion conversion = null;
        String converted = "";
        if (rate != null) {
            boolean first = rate.from().equals(ka.unit());
            Quantity.Reading from = first ? ra : rb;
            conversion = new Comparison.Conversion(rate, first, from.value(), from.low(), from.high());
            Quantity.Reading to = convert(from, rate);
            ra = first ? to : ra;
            rb = first ? rb : to;
            converted = ", " + (first ? a : b).text().strip() + " converted at the claim's rate of " + Currencies.rate(rate.rate())
                    + " " + rate.to() + " per " + rate.from() + " (" + rate.source() + ")";
        }
        double tol = kind == Kind.DATE || kind == Kind.ORDINAL || tolerance == null ? 0 : Math.abs(tolerance);
        double[] ia = Agreement.interval(a, ra, tol);
        double[] ib = Agreement.interval(b, rb, tol);
        String unit = ra.unit();
        String shared = (rate != null ? ra.key().both() + converted : ka.both()) + (kind != Kind.DURATION ? ""
                : asPrinted ? ", compared in " + plural(unit) : ", compared in days");
        String note = tol == 0 ? "" : " (each widened by the claim's tolerance of ±" + Numbers.format(tol * 100) + " %)";
        boolean pointA = ia[0] == ia[1];
        boolean pointB = ib[0] == ib[1];
        String sa = show(ia, kind, unit);
        String sb = show(ib, kind, unit);
        Agreement.Outcome outcome = Agreement.decide(a, ia, b, ib);
        if (outcome == Agreement.Outcome.AGREE || outcome == Agreement.Outcome.CONSISTENT) {
            String detail;
            if (pointA && pointB) {
                detail = "equal at " + sa;
            } else if (pointA || pointB) {
                detail = (pointA ? sa : sb) + " lies inside " + (pointA ? sb : sa);
            } else if (sa.equals(sb)) {
                detail = "both read " + sa;
            } else {
                detail = sa + " overlaps " + sb;
            }
            if (outcome == Agreement.Outcome.CONSISTENT) {
                String vague = Vague.is(a) && Vague.is(b) ? "both are vague quantities, consistent without confirming "
                        + "a figure" : "\"" + (Vague.is(a) ? a : b).text() + "\" is vaguer than a figure, so it is consistent "
                        + "with the other without confirming it";
                return new Comparison(Comparison.Verdict.CONSISTENT, head + shared + "; " + detail + note + ", but " + vague,
                        ka, kb, conversion);
            }
            return new Comparison(Comparison.Verdict.AGREE, head + shared + "; " + detail + note, ka, kb, conversion);
        }
        String detail;
        if (outcome == Agreement.Outcome.OPPOSITE_SIDES) {
            double at = Math.max(ia[0], ib[0]);
            detail = "one says above " + number(at, kind) + suffix(kind, unit, at) + ", the other below it";
        } else if (pointA && pointB) {
            detail = kind == Kind.DATE ? sa + " and " + sb + " are " + days(Math.abs(ia[0] - ib[0])) + " apart"
                    : kind == Kind.RATIO ? sa + " and " + sb + " differ"
                    : sa + " and " + sb + " differ by " + difference(Math.abs(ia[0] - ib[0]), kind, unit);
        } else if (pointA || pointB) {
            detail = (pointA ? sa : sb) + " lies outside " + (pointA ? sb : sa);
        } else {
            detail = sa + " does not overlap " + sb;
        }
        return new Comparison(Comparison.Verdict.DISAGREE, head + shared + "; " + detail + note, ka, kb, conversion);
    }

    /** A sum's reading in the rate's {@code to} currency: every number multiplied by the rate (open ends stay open). */
    private static Quantity.Reading convert(Quantity.Reading r, Rate rate) {
        double k = rate.rate();
        return new Quantity.Reading(new Quantity(Kind.MONEY, rate.to()), rate.to(), r.value() * k, r.low() * k, r.high() * k,
                r.readLow() * k, r.readHigh() * k);
    }

    /** A reading in a reason: "19 %", "18–22 %", "≥ 9,000", "89–92 days", "2025-08-01–2025-08-31". */
    private static String show(double[] i, Kind kind, String unit) {
        if (kind == Kind.DATE) {
            String lo = Double.isInfinite(i[0]) ? "…" : LocalDate.ofEpochDay((long) Math.floor(i[0])).toString();
            String hi = Double.isInfinite(i[1]) ? "…" : LocalDate.ofEpochDay((long) Math.floor(i[1])).toString();
            return lo.equals(hi) ? lo : lo + "–" + hi;
        }
        boolean openLow = Double.isInfinite(i[0]);
        boolean openHigh = Double.isInfinite(i[1]);
        String n;
        double last;
        if (openLow && openHigh) {
            n = "any";
            last = 2;
        } else if (openLow) {
            n = "≤ " + number(i[1], kind);
            last = i[1];
        } else if (openHigh) {
            n = "≥ " + number(i[0], kind);
            last = i[0];
        } else if (i[0] == i[1]) {
            n = number(i[0], kind);
            last = i[0];
        } else {
            n = number(i[0], kind) + "–" + number(i[1], kind);
            last = i[1];
        }
        return n + suffix(kind, unit, last);
    }

    private static String number(double v, Kind kind) {
        return switch (kind) {
            case RATIO -> "×" + Numbers.format(v);
            case ORDINAL -> v == Math.rint(v) ? Numbers.format(v) + Numbers.ordinalSuffix(v) : Numbers.format(v);
            default -> Numbers.format(v);
        };
    }

    private static String suffix(Kind kind, String unit, double last) {
        return switch (kind) {
            case PERCENT -> " " + unit;
            case MONEY -> unit == null ? "" : " " + unit;
            case AREA -> " km²";
            case TEMPERATURE -> unit == null ? " degrees" : " " + unit;
            case DURATION -> " " + (Math.abs(last) == 1 ? unit : plural(unit));
            default -> "";
        };
    }

    private static String difference(double d, Kind kind, String unit) {
        return switch (kind) {
            case PERCENT -> Numbers.format(d) + ("pp".equals(unit) ? " pp" : d == 1 ? " point" : " points");
            default -> number(d, kind == Kind.ORDINAL ? Kind.COUNT : kind) + suffix(kind, unit, d);
        };
    }

    private static String days(double d) {
        return Numbers.format(d) + (d == 1 ? " day" : " days");
    }

    private static String plural(String unit) {
        return unit == null ? "" : Quantity.plural(unit);
    }
}
