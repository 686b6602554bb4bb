package org.factcheck.discovery;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.factcheck.check.ClaimResult;
import org.factcheck.check.Report;
import org.factcheck.check.SourceResult;
import org.factcheck.discovery.Finding.Member;
import org.factcheck.discovery.Finding.Verdict;
import org.factcheck.figures.Comparison;
import org.factcheck.figures.Quantity;
import org.factcheck.figures.Figures;
import org.factcheck.figures.Kind;
import org.factcheck.model.Article;
import org.factcheck.model.Outlets;
import org.factcheck.model.SiteSettings;

/**
 * The archive's own discrepancies, agreements and timelines, ranked for an editor's time: the entry
 * point of discovery ({@code factcheck suggest}). Deterministic and explainable: each finding says
 * what grouped its mentions and what their values do.
 */
public final class Discovery {

    /** Two mentions are about the same thing when they share this many words of their sentences… */
    private static final int SHARED = 2;
    /** …and that share of all their words (Jaccard). */
    private static final double JACCARD = 0.15;
    /** Mentions of one quantity published further apart than this are not linked: news of one thing comes in weeks… */
    private static final long WINDOW_DAYS = 31;
    /** …while a date (of an event named beside it) is recalled for longer. */
    private static final long DATE_WINDOW_DAYS = 366;
    /** A word in more mentions of one measure than this proposes no pair (it would make the stage quadratic). */
    private static final int CROWD = 40;
    /** A finding grows no larger than this. */
    private static final int LARGEST = 40;
    /** A measure printed this rarely in the archive is itself evidence: one shared word links two mentions… */
    private static final int RARE = 6;
    /** …published at most this many days apart. */
    private static final long RARE_DAYS = 3;
    /** How far apart two figures of one thing may be when nothing but the story links them. */
    private static final double SCALE = 10;
    /** Two stories naming this many of the same things are one story. */
    private static final int STORY_NAMES = 3;
    /** Disagreeing values this many days apart, changing in one direction, are a timeline. */
    private static final long MOVING_DAYS = 7;
    /** Reports agreeing on a count this small ("its two towers", "the two counties") give a desk nothing to check. */
    private static final double FEW = 2;

    /**
     * What discovery found.
     *
     * @param findings ranked, discrepancies first
     * @param copies the republished stories it recognised
     */
    public record Result(List<Finding> findings, Copies copies) {
    }

    private Discovery() {
    }

    /** Discovers in a checked archive, reading every article. */
    public static Result run(Report report) {
        return run(report, new Readings());
    }

    /**
     * Discovers in a checked archive, taking from {@code readings} the articles another stage of this
     * run has already read (and reading the rest).
     */
    public static Result run(Report report, Readings readings) {
        List<Article> articles = report.articles();
        int n = articles.size();
        List<List<Mention>> mentions = new ArrayList<>(n);
        List<int[]> signatures = new ArrayList<>(n);
        List<Set<String>> credits = new ArrayList<>(n);
        List<Readings.Reading> read = IntStream.range(0, n).parallel()
                .mapToObj(i -> readings.of(report.root(), articles.get(i), report.limits())).toList();
        for (Readings.Reading r : read) {
            mentions.add(r.mentions());
            signatures.add(r.signature());
            credits.add(r.credits());
        }
        Map<String, Article> byId = new HashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        Copies copies = Copies.find(articles, signatures, credits, byId);
        Independence independence = new Independence(articles, copies, report.settings());
        Coverage coverage = new Coverage(report.claims());
        Map<String, List<Mention>> byMeasure = new LinkedHashMap<>();
        for (List<Mention> ms : mentions) {
            for (Mention m : ms) {
                byMeasure.computeIfAbsent(m.measure(), k -> new ArrayList<>()).add(m);
            }
        }
        List<Scored> scored = byMeasure.values().parallelStream()
                .flatMap(bucket -> clusters(bucket).stream())
                .map(cluster -> judge(cluster, independence, coverage))
                .filter(s -> s != null)
                .toList();
        List<Scored> sorted = new ArrayList<>(scored);
        sorted.sort(Comparator.comparingInt(Scored::score).reversed()
                .thenComparing(s -> s.members().get(0).mention().article().id())
                .thenComparingInt(s -> s.members().get(0).mention().start()));
        List<Finding> findings = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            Scored s = sorted.get(i);
            findings.add(new Finding(i + 1, s.verdict(), s.claim(), s.members().get(0).mention().measure(), s.members(),
                    s.independent(), s.why()));
        }
        return new Result(findings, copies);
    }

    /** A judged cluster before ranking. */
    private record Scored(int score, Verdict verdict, String claim, List<Member> members, int independent, String why) {
    }

    /** Groups one measure's mentions by what they are about (complete link, so no chaining). */
    static List<List<Mention>> clusters(List<Mention> bucket) {
        int n = bucket.size();
        if (n < 2) {
            return List.of();
        }
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (String w : bucket.get(i).words()) {
                postings.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
            }
        }
        Map<Long, Double> links = new HashMap<>();
        for (List<Integer> list : postings.values()) {
            if (list.size() > CROWD) {
                continue;
            }
            for (int x = 0; x < list.size(); x++) {
                for (int y = x + 1; y < list.size(); y++) {
                    int a = list.get(x);
                    int b = list.get(y);
                    long key = (long) a << 32 | b;
                    if (!links.containsKey(key)) {
                        links.put(key, similarity(bucket.get(a), bucket.get(b), n <= RARE));
                    }
                }
            }
        }
        if (n <= RARE) {
            // a rare measure's few mentions are all compared: two reports of one story may share no word
            for (int a = 0; a < n; a++) {
                for (int b = a + 1; b < n; b++) {
                    long key = (long) a << 32 | b;
                    if (!links.containsKey(key)) {
                        links.put(key, similarity(bucket.get(a), bucket.get(b), true));
                    }
                }
            }
        }
        List<long[]> edges = new ArrayList<>();
        links.forEach((k, v) -> {
            if (v > 0) {
                edges.add(new long[] {k, Double.doubleToLongBits(v)});
            }
        });
        edges.sort(Comparator.<long[]>comparingDouble(e -> Double.longBitsToDouble(e[1])).reversed()
                .thenComparingLong(e -> e[0]));
        int[] cluster = new int[n];
        Map<Integer, List<Integer>> members = new HashMap<>();
        for (int i = 0; i < n; i++) {
            cluster[i] = i;
            members.put(i, new ArrayList<>(List.of(i)));
        }
        for (long[] e : edges) {
            int a = cluster[(int) (e[0] >>> 32)];
            int b = cluster[(int) e[0]];
            if (a == b || members.get(a).size() + members.get(b).size() > LARGEST) {
                continue;
            }
            if (allLinked(members.get(a), members.get(b), links)) {
                for (int m : members.get(b)) {
                    cluster[m] = a;
                }
                members.get(a).addAll(members.remove(b));
            }
        }
        List<List<Mention>> out = new ArrayList<>();
        for (List<Integer> group : new TreeSet<>(members.keySet()).stream().map(members::get).toList()) {
            if (group.size() > 1) {
                out.add(group.stream().sorted().map(bucket::get).toList());
            }
        }
        return out;
    }

    private static boolean allLinked(List<Integer> a, List<Integer> b, Map<Long, Double> links) {
        for (int x : a) {
            for (int y : b) {
                long key = x < y ? (long) x << 32 | y : (long) y << 32 | x;
                Double v = links.get(key);
                if (v == null || v <= 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** How strongly two mentions are about the same thing: 0 when they are not. */
    static double similarity(Mention a, Mention b, boolean rare) {
        if (a.article() == b.article() || a.article().id().equals(b.article().id())) {
            return 0;
        }
        // A weekday alone ("on Tuesday") is said only in the week's news, so it is not recalled for long like a date.
        boolean recalled = a.figure().kind() == Kind.DATE && !a.weekday() && !b.weekday();
        if (a.published() != null && b.published() != null && Math.abs(ChronoUnit.DAYS.between(a.published(), b.published()))
                > (recalled ? DATE_WINDOW_DAYS : WINDOW_DAYS)) {
            return 0;
        }
        int shared = 0;
        for (String w : a.words()) {
            if (b.words().contains(w)) {
                shared++;
            }
        }
        if ((a.elsewhere() || b.elsewhere()) && a.names().stream().noneMatch(b.names()::contains)) {
            return 0; // "In a separate incident in Kesh": another event, unless it names the same place or people
        }
        if (namesAnother(a, b) || namesAnother(b, a)) {
            return 0; // "the 14km Carrow tunnel" is not the Hollins Gap tunnel, however alike the sentences
        }
        if (otherThing(a, b) || otherThing(b, a)) {
            return 0; // "a 2.4km link road … joins the bridge" is the link road's length, not the bridge's
        }
        if (a.past() != b.past()) {
            return 0; // "€4.5m last year" is last year's funding, not this year's, however alike the sentences
        }
        if (!a.origin().isEmpty() && !b.origin().isEmpty() && a.origin().stream().noneMatch(b.origin()::contains)) {
            return 0; // "two miles from the town" and "two miles from Inishvane pier" measure two distances
        }
        boolean dated = a.figure().kind() == Kind.DATE || a.figure().kind() == Kind.DURATION;
        if (dated && a.near().stream().noneMatch(b.near()::contains)) {
            // a date or a span is about the event named beside it: "sworn in on 14 March", not "reopened on Monday";
            // "sixty years of textile making", not "losing money for three years"
            return 0;
        }
        if (a.aspect().opposes(b.aspect())) {
            return 0; // when a thing began and when it ends are two dates: "has run since 1958", "stops at the end of September"
        }
        int union = a.words().size() + b.words().size() - shared;
        double jaccard = union == 0 ? 0 : shared / (double) union;
        if (shared >= SHARED && jaccard >= JACCARD) {
            return jaccard;
        }
        if (sameNamedOrigin(a, b)) {
            return Math.max(jaccard, JACCARD); // "two miles from Inishvane pier", "800 metres from Inishvane pier": one distance
        }
        // A rarely printed quantity ("paramedics") reported within days, sharing a word, is one story told twice.
        boolean close = a.published() != null && b.published() != null
                && Math.abs(ChronoUnit.DAYS.between(a.published(), b.published())) <= RARE_DAYS;
        if (rare && close && shared >= 1) {
            return jaccard;
        }
        // …and so is one whose sentences share no word ("a passenger ferry carrying 186 …", "The ship, with 168 …")
        // when both stories name the same things ("Corrin Star", "Inishvane") and the figures are of one scale. Not an
        // age: a story tells of many people, each of their own age, so an age is linked only by the words of its sentence.
        return rare && close && a.figure().kind() != Kind.AGE && sameStory(a, b) && sameScale(a, b) ? JACCARD / 2 : 0;
    }

    /**
     * Whether {@code a} names what it measures ("the 14km Carrow tunnel") and {@code b}'s sentence is about
     * other named things but not that one: two named subjects, so two things. A sentence naming nothing, or
     * only who said the figure, stays comparable. Asked only of a candidate pair, so it adds no pairs.
     */
    static boolean namesAnother(Mention a, Mention b) {
        if (a.subject().isEmpty() || a.subject().stream().anyMatch(b.names()::contains)) {
            return false;
        }
        Set<String> topics = Mentions.topics(b.sentence());
        return !topics.isEmpty() && a.subject().stream().noneMatch(topics::contains);
    }

    /**
     * Whether two figures are within a factor of {@value #SCALE} of each other: told in sentences that share no
     * word, "a two acre property" and "nearly 44,600 square miles" are two things, not one misreported.
     */
    static boolean sameScale(Mention a, Mention b) {
        double x = Math.abs(Quantity.read(a.figure(), null).value());
        double y = Math.abs(Quantity.read(b.figure(), null).value());
        return x > 0 && y > 0 && Math.max(x, y) / Math.min(x, y) <= SCALE;
    }

    /** Whether two articles name at least {@value #STORY_NAMES} of the same things: the same story. */
    static boolean sameStory(Mention a, Mention b) {
        return a.story().stream().filter(b.story()::contains).limit(STORY_NAMES).count() >= STORY_NAMES;
    }

    /**
     * Whether two lengths are measured from the same place, and that place is named ("from Inishvane pier"): a
     * distance from a named place is one quantity however differently each report tells the rest.
     */
    static boolean sameNamedOrigin(Mention a, Mention b) {
        return !a.origin().isEmpty() && a.origin().equals(b.origin()) && a.origin().stream().anyMatch(a.names()::contains);
    }

    /**
     * Whether {@code a} is the length of a thing its own phrase names ("the 2.4km bridge") which {@code b}'s
     * sentence names beside the other thing {@code b} measures ("a 2.4km link road … joins the bridge"): {@code b}
     * tells the two apart, so its length is not {@code a}'s. A length naming no thing stays comparable, and so does
     * one whose thing the other sentence does not name in full (a word read past the noun, "the 2.4km bridge
     * opened", sets nothing apart).
     */
    static boolean otherThing(Mention a, Mention b) {
        return !a.thing().isEmpty() && !b.thing().isEmpty() && a.thing().stream().noneMatch(b.thing()::contains)
                && b.words().containsAll(a.thing());
    }

    /** Decides what a cluster says, or null when it is no finding (one report, or all of a claim already). */
    private static Scored judge(List<Mention> cluster, Independence independence, Coverage coverage) {
        List<Member> members = new ArrayList<>();
        Map<String, Mention> firstByKey = new LinkedHashMap<>();
        List<Mention> counted = new ArrayList<>();
        for (Mention m : cluster) {
            String key = independence.key(m.article());
            String reason = independence.reason(m.article());
            if (reason == null && firstByKey.containsKey(key)) {
                reason = "same outlet as " + firstByKey.get(key).article().id();
            }
            if (reason == null) {
                firstByKey.put(key, m);
                counted.add(m);
            }
            members.add(new Member(m, reason == null, reason));
        }
        if (counted.size() < 2) {
            return null;
        }
        members.sort(Comparator.comparing((Member m) -> !m.independent()));
        boolean disagree = false;
        boolean timeline = true;
        List<String> conflicts = new ArrayList<>();
        for (int i = 0; i < counted.size(); i++) {
            for (int j = i + 1; j < counted.size(); j++) {
                Mention a = counted.get(i);
                Mention b = counted.get(j);
                Comparison c = Figures.compare(a.figure(), b.figure());
                if (c.verdict() == Comparison.Verdict.DISAGREE) {
                    disagree = true;
                    conflicts.add(a.printed() + " (" + a.article().outlet() + ") vs " + b.printed() + " (" + b.article().outlet() + ")");
                    timeline &= moving(a, b);
                }
            }
        }
        // A date is a fixed fact: two dates of one event disagree however far apart they were reported.
        timeline &= disagree && monotone(counted) && cluster.get(0).figure().kind() != Kind.DATE;
        timeline |= disagree && growing(counted);
        Set<String> claims = new LinkedHashSet<>();
        int uncovered = 0;
        for (Mention m : cluster) {
            String claim = coverage.claimOf(m);
            if (claim != null) {
                claims.add(claim);
            } else {
                uncovered++;
            }
        }
        String claim = claims.isEmpty() ? null : claims.iterator().next();
        Verdict verdict;
        if (disagree && !timeline) {
            verdict = Verdict.DISCREPANCY;
        } else if (disagree) {
            verdict = Verdict.TIMELINE;
        } else if (claim == null && few(cluster)) {
            return null; // "its two towers", "the two councils": the story's own wording, no reported figure to check
        } else if (claim == null) {
            verdict = Verdict.AGREEMENT;
        } else if (uncovered > 0) {
            verdict = Verdict.NEW_SOURCE;
        } else {
            return null; // a claim already covers every mention
        }
        Set<String> about = new TreeSet<>(cluster.get(0).words());
        for (Mention m : cluster) {
            about.retainAll(m.words());
        }
        String why = counted.size() + " independent reports of the " + cluster.get(0).measure() + " about "
                + String.join(", ", about.stream().limit(6).toList())
                + (verdict == Verdict.DISCREPANCY ? "; they disagree: " + String.join("; ", conflicts)
                : verdict == Verdict.TIMELINE ? "; the figure moves with the date" : "; they agree");
        int score = switch (verdict) {
            case DISCREPANCY -> 400;
            case AGREEMENT -> 300;
            case NEW_SOURCE -> 200;
            case TIMELINE -> 100;
        } + 10 * Math.min(counted.size(), 10) + (weighty(cluster.get(0)) ? 20 : 0);
        return new Scored(score, verdict, claim, members, counted.size(), why);
    }

    /**
     * Whether two disagreeing mentions are far enough apart in time to be one moving quantity: a week apart, a
     * day apart when a sentence says the figure moves, or a day apart and larger later when it is a running tally.
     */
    static boolean moving(Mention a, Mention b) {
        if (a.published() == null || b.published() == null) {
            return false;
        }
        long days = Math.abs(ChronoUnit.DAYS.between(a.published(), b.published()));
        if (days >= MOVING_DAYS || days >= 1 && (a.moving() || b.moving())) {
            return true;
        }
        // A running tally (the dead, the displaced, cases) reported larger on a later day has moved on.
        Mention earlier = a.published().isBefore(b.published()) ? a : b;
        Mention later = earlier == a ? b : a;
        return days >= 1 && a.tally() && b.tally() && later.figure().value() > earlier.figure().value();
    }

    /**
     * Whether a count grows with the publication date across reports: three days or more, each day's reports
     * agreeing among themselves, and a larger value on at least two later days. Outlets that each report a
     * larger count on each later day are following one count as it rises, not contradicting each other;
     * two reports alone could differ by chance, so they show no growth.
     */
    static boolean growing(List<Mention> counted) {
        if (counted.get(0).figure().kind() != Kind.COUNT || counted.stream().anyMatch(m -> m.published() == null)) {
            return false;
        }
        Map<java.time.LocalDate, Double> byDay = new java.util.TreeMap<>();
        for (Mention m : counted) {
            Double was = byDay.putIfAbsent(m.published(), m.figure().value());
            if (was != null && was != m.figure().value()) {
                return false; // two values on one day: they disagree whatever follows
            }
        }
        int rises = 0;
        double last = Double.NaN;
        for (double v : byDay.values()) {
            if (!Double.isNaN(last) && v < last) {
                return false;
            }
            rises += !Double.isNaN(last) && v > last ? 1 : 0;
            last = v;
        }
        return byDay.size() >= 3 && rises >= 2;
    }

    /** Whether the values, in date order, change in one direction only. */
    private static boolean monotone(List<Mention> counted) {
        List<Mention> byDate = new ArrayList<>(counted);
        byDate.sort(Comparator.comparing(Mention::published));
        boolean up = true;
        boolean down = true;
        for (int i = 1; i < byDate.size(); i++) {
            double d = byDate.get(i).figure().value() - byDate.get(i - 1).figure().value();
            up &= d >= 0;
            down &= d <= 0;
        }
        return up || down;
    }

    /**
     * Whether every mention counts two things or fewer, and not people, deaths or homes (those always matter) nor a
     * length ("2 metres" of water is a measurement, not a count of things).
     */
    static boolean few(List<Mention> cluster) {
        return cluster.stream().allMatch(m -> m.figure().kind() == Kind.COUNT && m.figure().value() <= FEW
                && !"metre".equals(m.figure().unit()) && !weighty(m));
    }

    /** What matters most to a desk: deaths, money, troops, territory. */
    private static boolean weighty(Mention m) {
        Kind k = m.figure().kind();
        if (k == Kind.MONEY || k == Kind.AREA) {
            return true;
        }
        String unit = m.figure().unit() == null ? "" : m.figure().unit().toLowerCase(java.util.Locale.ROOT);
        return k == Kind.COUNT && Set.of("deaths", "dead", "killed", "soldiers", "troops", "people", "civilians",
                "wounded", "injured", "refugees", "homes", "households").contains(unit);
    }

    /** Which outlet each article's reporting counts for. */
    private static final class Independence {
        private final Map<String, String> keys = new HashMap<>();
        private final Map<String, String> reasons = new HashMap<>();

        Independence(List<Article> articles, Copies copies, SiteSettings settings) {
            Map<String, Article> byId = new HashMap<>();
            articles.forEach(a -> byId.put(a.id(), a));
            for (Article a : articles) {
                Copies.Copy copy = copies.of(a.id());
                Article origin = byId.getOrDefault(copies.originalOf(a.id()), a);
                String reason = null;
                String key;
                if (!a.reliesOn().isEmpty()) {
                    key = Outlets.key(a.reliesOn().get(0));
                    reason = "relies on " + a.reliesOn().get(0);
                } else {
                    key = Outlets.key(origin.outlet());
                }
                if (copy != null) {
                    reason = "republishes " + copy.original().outlet()
                            + (copy.original().published() != null ? ", " + copy.original().published() : "")
                            + (copy.confirmed() ? " (the desk says so)" : copy.credited() ? " (credited)" : " (not credited)");
                }
                SiteSettings.Outlet declared = settings.outlet(a.outlet());
                if (declared != null && !declared.independent()) {
                    reason = "the desk marks " + declared.name() + " not independent";
                }
                keys.put(a.id(), key);
                if (reason != null) {
                    reasons.put(a.id(), reason);
                }
            }
        }

        String key(Article a) {
            return keys.get(a.id());
        }

        /** Why the article does not count as an independent report, or null when it does. */
        String reason(Article a) {
            return reasons.get(a.id());
        }
    }

    /** Which claim already cites a mention's place in its article. */
    private static final class Coverage {
        private final Map<String, List<long[]>> spans = new HashMap<>();
        private final List<String> claimIds = new ArrayList<>();

        Coverage(List<ClaimResult> claims) {
            for (ClaimResult c : claims) {
                for (SourceResult s : c.sources()) {
                    if (s.anchor() != null && s.anchor().found()) {
                        claimIds.add(c.claim().id());
                        spans.computeIfAbsent(s.source().article(), k -> new ArrayList<>())
                                .add(new long[] {s.anchor().start(), s.anchor().end(), claimIds.size() - 1});
                    }
                }
            }
        }

        String claimOf(Mention m) {
            for (long[] span : spans.getOrDefault(m.article().id(), List.of())) {
                if (span[0] < m.end() && m.start() < span[1]) {
                    return claimIds.get((int) span[2]);
                }
            }
            return null;
        }
    }

}
