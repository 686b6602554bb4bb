package org.factcheck.render;

import org.factcheck.check.ClaimResult;
import org.factcheck.check.SourceResult;
import org.factcheck.figures.Comparison;
import org.factcheck.figures.Currencies;
import org.factcheck.figures.Figure;
import org.factcheck.figures.Kind;
import org.factcheck.figures.Quantity;
import org.factcheck.model.SiteSettings;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every sentence a reader sees about what the sources say, in one place. The checker's reasons speak
 * to the desk (field names, intervals, advice on what to edit) and stay in {@code check} output and
 * report.json; public pages get these phrases instead, made from the same results, so a template
 * never has to rephrase an engine term.
 */
final class PlainWords {

    /** Counted sources published further apart than this may describe a figure that moved (as the checker warns). */
    private static final int MOVING_DAYS = 7;
    /** "source 2 (CNN)" in the checker's note on a source that did not count. */
    private static final Pattern SOURCE_REF = Pattern.compile("source (\\d+) \\(([^)]*)\\)");

    private PlainWords() {
    }

    /** What a status means, for readers: the checker's words, except where they name the desk's own terms. */
    static String meaning(org.factcheck.check.Status s) {
        return s == org.factcheck.check.Status.NO_INDEPENDENT_SOURCE
                ? "no outlet the desk counts as independent reports it: each source is from an outlet the desk does not count,"
                + " repeats another source, or is one the desk finds wrong"
                : s.meaning();
    }

    /** What the sources say about a claim, in a sentence or three; never a field name, path or instruction. */
    static String summary(ClaimResult r) {
        List<String> parts = new ArrayList<>();
        parts.add(lead(r));
        for (SourceResult s : r.sources()) {
            if (s.errs()) {
                parts.add("The desk finds " + outlet(s) + " wrong here, and leaves it out: " + end(s.source().errs()));
            }
        }
        String moved = moved(r);
        if (moved != null) {
            parts.add(moved);
        }
        return String.join(" ", parts);
    }

    private static String lead(ClaimResult r) {
        List<String> groups = r.independent().stream().map(PlainWords::group).toList();
        switch (r.status()) {
            case UNANCHORED: {
                long missing = r.sources().stream().filter(s -> !s.anchor().found()).count();
                return (missing == 1 ? "One quote was" : missing + " quotes were")
                        + " not found in the article cited, so this claim is not checked until the desk fixes it.";
            }
            case AMBIGUOUS:
                return "A quote holds several figures and the desk has not yet said which one the claim is about,"
                        + " so no figures were compared.";
            case CONFLICTING: {
                ClaimResult.Compared c = first(r, Comparison.Verdict.DISAGREE);
                return c == null ? "The sources give figures that disagree." : sentence(comparison(r, c));
            }
            case INCOMPARABLE: {
                ClaimResult.Compared c = first(r, Comparison.Verdict.INCOMPARABLE);
                return (c == null ? "The sources' figures are not comparable" : comparison(r, c))
                        + ". Whether the sources agree could not be measured.";
            }
            case CORROBORATED:
                return groups.size() + " independent outlets (" + list(groups) + ") report it"
                        + (agreeing(r) ? ", and their figures agree." : figured(r) == 0 ? "; there is no figure to compare."
                        : ".");
            case SINGLE_SOURCE:
                if (groups.size() >= 2) {
                    return groups.size() + " independent outlets (" + list(groups) + ") report it, but only one of them"
                            + " gives the figure, so the figure rests on one outlet.";
                }
                return groups.isEmpty() ? "It rests on one independent outlet." : "Only one independent outlet ("
                        + groups.get(0) + ") reports it.";
            case NO_INDEPENDENT_SOURCE:
            default:
                return "No outlet the desk counts as independent reports it; each source below says why it does not count.";
        }
    }

    /** The first comparison of that verdict that decides the status (one not involving a source the desk finds wrong). */
    private static ClaimResult.Compared first(ClaimResult r, Comparison.Verdict verdict) {
        for (ClaimResult.Compared c : r.comparisons()) {
            if (c.comparison().verdict() == verdict && !r.involvesErring(c)) {
                return c;
            }
        }
        return null;
    }

    private static boolean agreeing(ClaimResult r) {
        return r.comparisons().stream().anyMatch(c -> c.comparison().verdict() == Comparison.Verdict.AGREE && !r.involvesErring(c));
    }

    private static long figured(ClaimResult r) {
        return r.sources().stream().filter(s -> s.figure() != null && !s.errs()).count();
    }

    /** "The Independent + CNN" (outlets that repeat each other, counted once) as a reader reads it. */
    private static String group(String g) {
        String[] names = g.split(" \\+ ");
        return names.length == 1 ? g : names[0] + " with " + list(List.of(names).subList(1, names.length)) + ", counted once";
    }

    private static String list(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** The dates of counted sources published more than a week apart with no date on their figures, or null. */
    private static String moved(ClaimResult r) {
        LocalDate first = null;
        LocalDate last = null;
        for (SourceResult s : r.sources()) {
            if (s.source().asOf() != null) {
                return null;
            }
            Figure f = s.figure();
            if (f == null || s.notCounted() != null || s.article() == null || s.article().published() == null
                    || f.kind() == Kind.DATE || f.kind() == Kind.ORDINAL) {
                continue;
            }
            LocalDate p = s.article().published();
            first = first == null || p.isBefore(first) ? p : first;
            last = last == null || p.isAfter(last) ? p : last;
        }
        if (first == null || ChronoUnit.DAYS.between(first, last) <= MOVING_DAYS) {
            return null;
        }
        return "The sources giving the figure were published on " + first + " and " + last + ", "
                + ChronoUnit.DAYS.between(first, last) + " days apart; the figure may have changed in between.";
    }

    /** One comparison of a claim's sources, naming each by outlet (and number when one outlet is cited twice). */
    static String comparison(ClaimResult r, ClaimResult.Compared c) {
        SourceResult a = r.sources().get(c.a());
        SourceResult b = r.sources().get(c.b());
        String na = outlet(a);
        String nb = outlet(b);
        if (na.equals(nb)) {
            na = "Source " + (c.a() + 1) + " (" + na + ")";
            nb = "source " + (c.b() + 1);
        }
        return comparison(a.figure(), na, b.figure(), nb, c.comparison());
    }

    /**
     * Two figures compared, as a reader says it: "CNN says “more than 9,000”, BBC “nearly 9,000”: they
     * disagree on which side of 9,000"; "both say “15-year”"; "…: different currencies, not compared".
     */
    static String comparison(Figure fa, String a, Figure fb, String b, Comparison c) {
        if (fa == null || fb == null) {
            return a + " and " + b + " were not compared";
        }
        String ta = quoted(fa);
        String tb = quoted(fb);
        boolean same = fa.text().strip().equalsIgnoreCase(fb.text().strip());
        String said = a + " says " + ta + ", " + b + " " + tb;
        String words = switch (c.verdict()) {
            case AGREE -> same ? a + " and " + b + " both say " + ta : said + ": these agree";
            case CONSISTENT -> said + ": consistent, but " + vague(fa, fb) + " too vague to confirm a figure";
            case DISAGREE -> {
                String side = oppositeSides(fa, fb);
                yield said + (side != null ? ": they disagree on which side of " + side + " it is" : ": they disagree");
            }
            case INCOMPARABLE -> said + ": " + incomparable(c.a(), c.b()) + ", so they were not compared";
        };
        return c.conversion() == null ? words : words + ". " + conversion(c.conversion(), c.conversion().first() ? fa : fb);
    }

    /**
     * A sum converted at the desk's stated rate, as a reader says it: "€2.5 billion is about $2.7 billion at
     * 1.08 US dollars per euro (European Central Bank reference rate, 12 March 2025)". The converted sum
     * is rounded to three significant digits, hence "about". A printed range ("€2–3 billion") is converted
     * end by end; any other figure by its value (a hedge is already quoted before).
     */
    static String conversion(Comparison.Conversion k, Figure converted) {
        org.factcheck.figures.Rate r = k.rate();
        boolean range = converted.hedge() == null && !Double.isInfinite(k.low()) && !Double.isInfinite(k.high()) && k.low() < k.high();
        String from = range ? Currencies.amount(r.from(), k.low(), 6) + "–" + Currencies.amount(r.from(), k.high(), 6)
                : Currencies.amount(r.from(), k.value(), 6);
        String to = range ? Currencies.amount(r.to(), k.convertedLow(), 3) + "–" + Currencies.amount(r.to(), k.convertedHigh(), 3)
                : Currencies.amount(r.to(), k.convertedValue(), 3);
        return from + " is about " + to + " at " + Currencies.rate(r.rate()) + " " + Currencies.name(r.to(), r.rate() != 1)
                + " per " + Currencies.name(r.from(), false) + " (" + stripEnd(r.source()) + ")";
    }

    private static String quoted(Figure f) {
        return "“" + f.text().strip() + "”";
    }

    /** Which of two figures is the vague one ("hundreds" against 400); both when neither states a value. */
    private static String vague(Figure a, Figure b) {
        boolean va = a.readLow() == null || a.readHigh() == null || widerThan(a, b);
        boolean vb = b.readLow() == null || b.readHigh() == null || widerThan(b, a);
        if (va == vb) {
            return "one of them is";
        }
        return quoted(va ? a : b) + " is";
    }

    private static boolean widerThan(Figure x, Figure y) {
        if (x.readLow() == null || x.readHigh() == null || y.readLow() == null || y.readHigh() == null) {
            return false;
        }
        return x.readHigh() - x.readLow() > y.readHigh() - y.readLow();
    }

    /**
     * The value two one-sided hedges are on opposite sides of ("9,000 homes" for "more than 9,000 homes"
     * against "nearly 9,000 homes"), or null when the figures simply differ.
     */
    private static String oppositeSides(Figure a, Figure b) {
        int sa = side(a);
        int sb = side(b);
        if (sa == 0 || sb == 0 || sa == sb || Math.abs(a.value() - b.value()) > 1e-9 * Math.max(1, Math.abs(a.value()))) {
            return null;
        }
        return unhedged(sa > 0 ? a : b);
    }

    /** +1 for a figure stated from above its value ("more than 9,000"), −1 from below ("nearly 9,000"), 0 otherwise. */
    private static int side(Figure f) {
        if (f.hedge() == null || f.kind() == Kind.DATE || f.kind() == Kind.ORDINAL) {
            return 0;
        }
        boolean fromValueUp = f.low() != null && f.low() == f.value() && (f.high() == null || f.high() > f.value());
        boolean fromValueDown = f.high() != null && f.high() == f.value() && (f.low() == null || f.low() < f.value());
        return fromValueUp ? 1 : fromValueDown ? -1 : 0;
    }

    /** The printed figure without its hedge: "9,000 homes" of "more than 9,000 homes". */
    private static String unhedged(Figure f) {
        String t = f.text().strip();
        String h = f.hedge().strip();
        return t.toLowerCase(Locale.ROOT).startsWith(h.toLowerCase(Locale.ROOT)) ? t.substring(h.length()).strip() : t;
    }

    /** Why two kinds of figure are not compared, without the desk's remedies. */
    static String incomparable(Quantity a, Quantity b) {
        if (a == null || b == null) {
            return "different kinds of figure";
        }
        if (a.kind() != b.kind()) {
            return "different kinds of figure (" + what(a) + ", " + what(b) + ")";
        }
        return switch (a.kind()) {
            case MONEY -> a.unit() == null || b.unit() == null ? "only one of them says which currency"
                    : "different currencies";
            case COUNT -> a.unit() == null || b.unit() == null ? "only one of them says what it counts"
                    : "they count different things (" + Quantity.plural(a.unit()) + ", " + Quantity.plural(b.unit()) + ")";
            case PERCENT -> "a percentage and a change in percentage points are different measures";
            case TEMPERATURE -> a.unit() == null || b.unit() == null ? "only one of them names the temperature scale"
                    : "different temperature scales";
            default -> "different units";
        };
    }

    /** What a figure measures, in words: "a sum of money", "a number of soldiers", "a length of time". */
    static String what(Quantity q) {
        return switch (q.kind()) {
            case COUNT -> q.unit() == null ? "a number" : "a number of " + Quantity.plural(q.unit());
            case MONEY -> "a sum of money";
            case DURATION -> "a length of time";
            case PERCENT -> "pp".equals(q.unit()) ? "a change in percentage points" : "a percentage";
            case AREA -> "an area";
            case DATE -> "a date";
            case ORDINAL -> "a rank";
            case RATIO -> "a ratio";
            case AGE -> "an age";
            case TEMPERATURE -> "a temperature";
            default -> "a figure";
        };
    }

    /** Calendar units a reading names after its number; they take an "s" after any number but 1. */
    private static final Pattern CALENDAR = Pattern.compile("(.*?)(\\d[\\d,.]*) (year|month|week|day|hour|minute|second)");

    /** A figure's reading as a reader says it: "15 years", not "15 year"; other readings as they are. */
    static String reading(Figure f) {
        String n = f.normalised();
        Matcher m = CALENDAR.matcher(n);
        if (m.matches() && !(m.group(2).equals("1") && m.group(1).isEmpty())) {
            return n + "s";
        }
        return n;
    }

    /** A chart's caption: what the figures drawn measure. */
    static String chartCaption(Quantity q, boolean timeline) {
        return (timeline ? "The figures by the date they describe" : "The figures side by side") + ": " + what(q);
    }

    /**
     * Why a source did not add an independent outlet, for readers, or null when it did (or is marked
     * wrong, which the page says on its own). The checker's own note is read only for which other
     * source it names.
     */
    static String notCounted(SourceResult s, SiteSettings settings) {
        String why = s.notCounted();
        if (why == null || s.errs()) {
            return null;
        }
        if (s.article() == null) {
            return "Not counted: the article cited is missing.";
        }
        if (!s.anchor().found()) {
            return "Not counted: the quote was not found in the article.";
        }
        SiteSettings.Outlet declared = settings.outlet(s.article().outlet());
        if (declared != null && !declared.independent()) {
            return "Not counted: the desk does not count " + s.article().outlet() + " as an independent outlet"
                    + (declared.reason() == null ? "." : " — " + stripEnd(declared.reason()) + ".");
        }
        Matcher m = SOURCE_REF.matcher(why);
        String ref = m.find() ? "source " + m.group(1) + " (" + m.group(2) + ")" : "another source";
        if (why.startsWith("the same text as")) {
            return "Not counted separately: it prints the same text as " + ref + ", so the two count as one.";
        }
        if (why.startsWith("same outlet as")) {
            return "Not counted separately: the same outlet as " + ref + ".";
        }
        if (why.startsWith("it relies on")) {
            return "Not counted separately: it repeats the reporting of " + ref + ".";
        }
        if (why.contains("relies on this outlet")) {
            return "Not counted separately: " + ref + " repeats this outlet's reporting, so the two count as one.";
        }
        if (why.startsWith("it shares reporting")) {
            return "Not counted separately: it shares its reporting with " + ref + ".";
        }
        return "Not counted as a separate independent outlet.";
    }

    /** How a source that did not count is labelled in a list of outlets: "(not counted)". */
    static final String NOT_COUNTED = "not counted";

    private static String outlet(SourceResult s) {
        return s.article() == null ? s.source().article() : s.article().outlet();
    }

    private static String sentence(String text) {
        String t = Objects.requireNonNullElse(text, "").strip();
        if (t.isEmpty()) {
            return t;
        }
        t = Character.toUpperCase(t.charAt(0)) + t.substring(1);
        return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") ? t : t + ".";
    }

    /** Desk-written text ended with a full stop, its first letter left as written. */
    private static String end(String text) {
        String t = text.strip();
        return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") ? t : t + ".";
    }

    private static String stripEnd(String text) {
        String t = text.strip();
        return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }
}
