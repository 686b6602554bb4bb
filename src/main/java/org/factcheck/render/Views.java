package org.factcheck.render;

import org.factcheck.site.SitePaths;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.factcheck.check.ClaimResult;
import org.factcheck.check.Report;
import org.factcheck.check.SourceResult;
import org.factcheck.check.Status;
import org.factcheck.figures.Comparison;
import org.factcheck.figures.Figure;
import org.factcheck.model.Article;
import org.factcheck.model.Correction;
import org.factcheck.model.Outlets;
import org.factcheck.model.SiteSettings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a {@link Report} into the view records the templates print. Lists are grouped in one pass
 * over the claims (never claims × outlets), and every order is total so output is deterministic.
 */
final class Views {

    /** How many claims, topics, outlets and articles the home page shows at most. */
    static final int HOME_LIST = 8;
    static final int HOME_ENTRIES = 12;
    /** Articles per page of the article list. */
    static final int ARTICLES_PER_PAGE = 100;

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser MARKDOWN = Parser.builder().extensions(EXTENSIONS).build();
    /** Notes and pages are desk-written but still content: raw HTML is escaped and unsafe URLs dropped. */
    private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true)
            .sanitizeUrls(true).urlSanitizer(new org.commonmark.renderer.html.UrlSanitizer() {
                @Override
                public String sanitizeLinkUrl(String url) {
                    return safeUrl(url) ? url : "";
                }

                @Override
                public String sanitizeImageUrl(String url) {
                    return safeUrl(url) ? url : "";
                }
            }).build();
    /** The only schemes a link or image in Markdown may use; anything else (javascript:, data:, vbscript:, file:) is dropped. */
    private static final java.util.Set<String> SCHEMES = java.util.Set.of("http", "https", "mailto");

    private final Report report;
    private final SiteSettings settings;
    private final Map<String, View.ClaimSummary> summaries = new LinkedHashMap<>();

    Views(Report report) {
        this.report = report;
        this.settings = report.settings();
        for (ClaimResult r : report.claims()) {
            summaries.put(r.claim().id(), makeSummary(r));
        }
    }

    /** Markdown to safe HTML (raw HTML escaped, unsafe URLs dropped). */
    static String markdown(String text) {
        return HTML.render(MARKDOWN.parse(text));
    }

    /**
     * As {@link #markdown(String)}; text nested too deeply for the renderer's stack (which check
     * refuses first, by {@link org.factcheck.load.MarkdownNesting}) fails the build with one line
     * naming {@code file}, never a stack trace.
     */
    static String markdown(String text, String file) {
        try {
            return markdown(text);
        } catch (StackOverflowError e) {
            throw new SiteWriter.TemplateFailure(file + ": the Markdown is nested too deeply to render; run check for the spot", null);
        }
    }

    /**
     * True for a relative address or one with an allowed scheme. Browsers ignore ASCII tabs,
     * newlines and leading controls in a scheme ("java\tscript:"), so those are removed first.
     */
    static boolean safeUrl(String url) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c > ' ' && c != 0x7f) {
                sb.append(c);
            }
        }
        String u = sb.toString();
        int colon = u.indexOf(':');
        if (colon < 0) {
            return true;
        }
        for (int i = 0; i < colon; i++) {
            char c = u.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                return true;
            }
        }
        return SCHEMES.contains(u.substring(0, colon).toLowerCase(Locale.ROOT));
    }

    static View.StatusView status(Status s) {
        return new View.StatusView(s.id(), s.label(), PlainWords.meaning(s));
    }

    /** A page's slug; for outlets it is their one identity ({@link Outlets#key}), so one outlet has one page. */
    static String slug(String name) {
        return org.factcheck.load.Slugs.of(name);
    }

    View.RatingView rating(String label) {
        SiteSettings.Rating r = label == null ? null : settings.rating(label);
        return r == null ? null : new View.RatingView(r.label(), r.colour(), r.icon(), r.description(),
                settings.ratingValue(r), settings.ratings().size(),
                r.statuses().stream().map(id -> Status.byId(id).label()).toList());
    }

    List<View.RatingView> ratings() {
        return settings.ratings().stream().map(r -> rating(r.label())).toList();
    }

    /** Every claim's summary, each one object however many pages list it. */
    java.util.Collection<View.ClaimSummary> summaries() {
        return summaries.values();
    }

    View.ClaimSummary summary(ClaimResult r) {
        return summaries.get(r.claim().id());
    }

    private View.ClaimSummary makeSummary(ClaimResult r) {
        // Outlets whose sources counted come first; the others are marked, so a list never puts them on a par.
        java.util.Set<String> counted = new java.util.HashSet<>();
        for (SourceResult s : r.sources()) {
            if (s.article() != null && s.notCounted() == null && !s.errs() && s.anchor().found()) {
                counted.add(Outlets.key(s.article().outlet()));
            }
        }
        List<View.OutletRef> refs = new ArrayList<>(r.outlets().stream()
                .map(o -> new View.OutletRef(o, slug(o), counted.contains(Outlets.key(o)))).toList());
        refs.sort(Comparator.comparing(o -> !o.counted()));
        List<View.OutletRef> erred = r.erred().stream().map(o -> new View.OutletRef(o, slug(o))).toList();
        return new View.ClaimSummary(r.claim().id(), r.claim().title(), r.claim().topic(), slug(r.claim().topic()),
                status(r.status()), r.outlets(), refs, rating(r.claim().rating()), iso(r.claim().published()), erred);
    }

    /** The outlets a source's article and the source itself say they repeat, each once. */
    private static List<String> reliesOn(SourceResult s) {
        Map<String, String> out = new LinkedHashMap<>();
        if (s.article() != null) {
            s.article().reliesOn().forEach(o -> out.putIfAbsent(Outlets.key(o), o));
        }
        s.source().reliesOn().forEach(o -> out.putIfAbsent(Outlets.key(o), o));
        return List.copyOf(out.values());
    }

    static String iso(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    static View.FigureView figure(Figure f) {
        return f == null ? null : new View.FigureView(f.text(), f.kind().id(), PlainWords.reading(f), f.hedge());
    }

    static String verdict(Comparison.Verdict v) {
        return v.name().toLowerCase(Locale.ROOT);
    }

    /** A page's stable absolute address on the site's domain, or null without base_url. */
    String permalink(String path) {
        return settings.baseUrl() == null ? null : settings.baseUrl() + path;
    }

    View.ClaimPage claimPage(ClaimResult r, String jsonLd) {
        List<View.SourceView> sources = new ArrayList<>();
        List<View.SourceView> shown = new ArrayList<>();
        for (int i = 0; i < r.sources().size(); i++) {
            SourceResult s = r.sources().get(i);
            Article a = s.article();
            List<View.FigureView> others = s.figures().stream().filter(f -> f != s.figure()).map(Views::figure).toList();
            String outlet = a == null ? "" : a.outlet();
            sources.add(new View.SourceView(i + 1, s.source().article(), a == null ? s.source().article() : a.title(),
                    outlet, slug(outlet), a != null && a.isInferred("outlet"),
                    a == null ? "" : iso(a.published()), a != null && a.isInferred("published"),
                    a == null ? null : a.url(),
                    a == null || a.archive() == null ? null : a.archive().url(),
                    a == null || a.archive() == null ? null : iso(a.archive().date()),
                    s.source().quote(), s.anchor().found(), s.anchor().before(),
                    s.anchor().matched(), s.anchor().after(), s.anchor().hint(),
                    ArticleLayout.anchorId(r.claim().id(), i), figure(s.figure()), others,
                    s.source().asOf() == null ? null : s.source().asOf().toString(),
                    s.quantity() == null ? null : PlainWords.what(s.quantity()),
                    s.anchor().found() ? PlainWords.notCounted(s, settings) : null, s.source().errs(), reliesOn(s), a == null ? null : a.caveat()));
        }
        // Sources that counted first, each keeping its number; the sort is stable.
        shown.addAll(sources);
        shown.sort(Comparator.comparing(v -> !v.counted()));
        List<View.ComparisonView> comparisons = r.comparisons().stream()
                .map(c -> new View.ComparisonView(c.a() + 1, c.b() + 1, sources.get(c.a()).outlet(), sources.get(c.b()).outlet(),
                        verdict(c.comparison().verdict()), PlainWords.comparison(r, c)))
                .toList();
        String note = r.claim().note() == null ? null : markdown(r.claim().note(), r.claim().at().file());
        List<View.CorrectionView> corrections = corrections(r.claim().corrections());
        return new View.ClaimPage(summary(r), r.claim().claim(), PlainWords.summary(r), r.independent(), note, rating(r.claim().rating()),
                shown, comparisons, Charts.chart(r), corrections, iso(r.claim().published()),
                permalink(SitePaths.claim(r.claim().id())), jsonLd, iso(r.claim().lastChecked()), r.claim().conclusion(),
                claimant(r.claim().claimant()));
    }

    /** "Name, where, date" of the claim's claimant, or null. */
    static String claimant(org.factcheck.model.Claimant c) {
        if (c == null) {
            return null;
        }
        return c.name() + (c.where() == null ? "" : ", " + c.where()) + (c.date() == null ? "" : ", " + iso(c.date()));
    }

    static List<View.CorrectionView> corrections(List<Correction> log) {
        return log.stream().map(c -> new View.CorrectionView(iso(c.date()), c.text(), CorrectionChange.describe(c))).toList();
    }

    static View.ArticleSummary article(Article a, int citations) {
        return new View.ArticleSummary(a.id(), a.title(), a.outlet(), slug(a.outlet()), a.isInferred("outlet"),
                iso(a.published()), a.isInferred("published"), a.isInferred("title"), citations);
    }

    /** A republished copy in reader words: the copy, the story it copies and its date ("12 March 2025"). */
    static View.Republication republication(org.factcheck.discovery.Copies.Copy c) {
        LocalDate d = c.original().published();
        String date = d == null ? null : d.getDayOfMonth() + " " + d.getMonth().getDisplayName(java.time.format.TextStyle.FULL,
                java.util.Locale.ENGLISH) + " " + d.getYear();
        String how = c.confirmed() ? "the desk confirmed it" : c.credited() ? "credited, most of its text is the same"
                : "not credited, but most of its text is the same";
        return new View.Republication(article(c.copy(), 0), article(c.original(), 0), date, how);
    }

    /** Articles newest first, then by id. */
    static final Comparator<View.ArticleSummary> NEWEST_ARTICLE = Comparator.comparing(View.ArticleSummary::published)
            .reversed().thenComparing(View.ArticleSummary::id);

    /** A claim with its sort keys computed once, not once per comparison. */
    private record Dated(ClaimResult result, LocalDate published, LocalDate latestSource) {
    }

    /** Claims by the desk's publication date (newest first, undated last), then newest source, then id. */
    private static final Comparator<Dated> NEWEST_CLAIM = Comparator.comparing(Dated::published,
                    Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder())).reversed()
            .thenComparing(Comparator.comparing(Dated::latestSource, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder())).reversed())
            .thenComparing(d -> d.result().claim().id());

    /** The {@code limit} newest claims by {@link #NEWEST_CLAIM}. */
    private List<ClaimResult> newest(int limit) {
        return report.claims().stream().map(r -> new Dated(r, r.claim().published(), latestSource(r))).sorted(NEWEST_CLAIM)
                .limit(limit).map(Dated::result).toList();
    }

    private static LocalDate latestSource(ClaimResult r) {
        LocalDate latest = null;
        for (SourceResult s : r.sources()) {
            LocalDate d = s.article() == null ? null : s.article().published();
            if (d != null && (latest == null || d.isAfter(latest))) {
                latest = d;
            }
        }
        return latest;
    }

    /** How disputed a claim is: status precedence first, then how many comparisons disagree. */
    private static int disputeRank(ClaimResult r) {
        int base = switch (r.status()) {
            case CONFLICTING -> 3000;
            case AMBIGUOUS -> 2000;
            case UNANCHORED -> 1000;
            default -> 0;
        };
        // A source the desk marks as erring is settled, not disputed.
        int disagreements = (int) r.comparisons().stream()
                .filter(c -> c.comparison().verdict() == Comparison.Verdict.DISAGREE && !r.involvesErring(c)).count();
        return base + Math.min(disagreements, 999);
    }

    /** Claims per status, with or without their lists. */
    List<View.StatusGroup> groups(boolean withClaims) {
        Map<Status, List<View.ClaimSummary>> by = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            by.put(s, new ArrayList<>());
        }
        for (ClaimResult r : report.claims()) {
            by.get(r.status()).add(summary(r));
        }
        List<View.StatusGroup> groups = new ArrayList<>();
        by.forEach((s, list) -> {
            list.sort(Comparator.comparing(View.ClaimSummary::topic).thenComparing(View.ClaimSummary::title)
                    .thenComparing(View.ClaimSummary::id));
            groups.add(new View.StatusGroup(status(s), list.size(), withClaims ? List.copyOf(list) : List.of()));
        });
        return groups;
    }

    View.Home home(List<View.Entry> topics, List<View.Entry> outlets, List<View.CorrectionEntry> corrections) {
        List<View.ClaimSummary> newest = newest(HOME_LIST).stream().map(this::summary).toList();
        record Ranked(ClaimResult result, int rank) {
        }
        List<View.ClaimSummary> disputed = report.claims().stream().map(r -> new Ranked(r, disputeRank(r))).filter(r -> r.rank() > 0)
                .sorted(Comparator.comparingInt(Ranked::rank).reversed().thenComparing(r -> r.result().claim().id()))
                .limit(HOME_LIST).map(r -> summary(r.result())).toList();
        List<View.ArticleSummary> latest = report.articles().stream().map(a -> article(a, 0)).sorted(NEWEST_ARTICLE)
                .limit(HOME_LIST).toList();
        return new View.Home(groups(false), report.claims().size(), report.articles().size(), newest, disputed,
                top(topics), topics.size(), top(outlets), outlets.size(), latest,
                corrections.stream().limit(5).toList());
    }

    /** The largest entries by count, then by name. */
    private static List<View.Entry> top(List<View.Entry> entries) {
        return entries.stream().sorted(Comparator.comparingInt(View.Entry::count).reversed()
                .thenComparing(View.Entry::name)).limit(HOME_ENTRIES).toList();
    }

    View.ReportPage reportPage(List<View.Entry> topics, List<View.Entry> outlets) {
        List<View.Unmatched> unmatched = new ArrayList<>();
        List<View.Erred> erred = new ArrayList<>();
        for (ClaimResult r : report.claims()) {
            for (int i = 0; i < r.sources().size(); i++) {
                SourceResult s = r.sources().get(i);
                if (!s.anchor().found()) {
                    unmatched.add(new View.Unmatched(summary(r), i + 1, s.source().article(), s.source().quote(), s.anchor().hint()));
                }
                if (s.errs()) {
                    String outlet = s.article() == null ? s.source().article() : s.article().outlet();
                    erred.add(new View.Erred(summary(r), i + 1, outlet, slug(outlet), s.source().errs()));
                }
            }
        }
        erred.sort(Comparator.comparing(View.Erred::outlet).thenComparing(e -> e.claim().title())
                .thenComparing(e -> e.claim().id()).thenComparingInt(View.Erred::source));
        return new View.ReportPage(groups(true), unmatched, erred, report.claims().size(), topics, outlets);
    }

    /** Topic pages, sorted by slug. */
    List<View.TopicPage> topics() {
        Map<String, List<View.ClaimSummary>> bySlug = new TreeMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (ClaimResult r : report.claims()) {
            View.ClaimSummary s = summary(r);
            names.putIfAbsent(s.topicSlug(), s.topic());
            bySlug.computeIfAbsent(s.topicSlug(), k -> new ArrayList<>()).add(s);
        }
        List<View.TopicPage> topics = new ArrayList<>();
        bySlug.forEach((slug, claims) -> {
            claims.sort(Comparator.comparing(View.ClaimSummary::title).thenComparing(View.ClaimSummary::id));
            topics.add(new View.TopicPage(names.get(slug), slug, List.copyOf(claims)));
        });
        return topics;
    }

    /**
     * Outlet pages, sorted by slug: one pass over articles and one over each claim's comparisons.
     */
    List<View.OutletPage> outlets(Map<String, Integer> citations) {
        Map<String, String> names = new TreeMap<>();
        Map<String, List<View.ArticleSummary>> articles = new TreeMap<>();
        for (Article a : report.articles()) {
            String slug = slug(a.outlet());
            names.putIfAbsent(slug, a.outlet());
            articles.computeIfAbsent(slug, k -> new ArrayList<>()).add(article(a, citations.getOrDefault(a.id(), 0)));
        }
        Map<String, Map<Status, List<View.ClaimSummary>>> claims = new TreeMap<>();
        Map<String, List<View.Relation>> agreed = new TreeMap<>();
        Map<String, List<View.Relation>> conflicted = new TreeMap<>();
        Map<String, List<View.Relation>> incomparable = new TreeMap<>();
        for (ClaimResult r : report.claims()) {
            View.ClaimSummary s = summary(r);
            for (View.OutletRef o : s.outletRefs()) {
                claims.computeIfAbsent(o.slug(), k -> new EnumMap<>(Status.class))
                        .computeIfAbsent(r.status(), k -> new ArrayList<>()).add(s);
            }
            for (ClaimResult.Compared c : r.comparisons()) {
                Article a = r.sources().get(c.a()).article();
                Article b = r.sources().get(c.b()).article();
                if (a == null || b == null) {
                    continue;
                }
                Map<String, List<View.Relation>> into = switch (c.comparison().verdict()) {
                    case AGREE -> agreed;
                    case DISAGREE -> conflicted;
                    case INCOMPARABLE -> incomparable;
                    // a vague quantity neither confirms nor contradicts: the outlet pages list neither
                    case CONSISTENT -> null;
                };
                if (into == null) {
                    continue;
                }
                String v = verdict(c.comparison().verdict());
                String plain = PlainWords.comparison(r, c);
                into.computeIfAbsent(slug(a.outlet()), k -> new ArrayList<>())
                        .add(new View.Relation(s, b.outlet(), slug(b.outlet()), v, plain));
                if (!slug(a.outlet()).equals(slug(b.outlet()))) {
                    into.computeIfAbsent(slug(b.outlet()), k -> new ArrayList<>())
                            .add(new View.Relation(s, a.outlet(), slug(a.outlet()), v, plain));
                }
            }
        }
        Map<String, List<View.Republication>> republished = new TreeMap<>();
        for (org.factcheck.discovery.Copies.Copy c : report.copies()) {
            republished.computeIfAbsent(slug(c.copy().outlet()), k -> new ArrayList<>()).add(republication(c));
        }
        // Each outlet's lists are sorted on their own: on both cores.
        return names.entrySet().parallelStream().map(entry -> {
            String slug = entry.getKey();
            String name = entry.getValue();
            List<View.ArticleSummary> own = new ArrayList<>(articles.getOrDefault(slug, List.of()));
            own.sort(NEWEST_ARTICLE);
            List<View.StatusGroup> groups = new ArrayList<>();
            Map<Status, List<View.ClaimSummary>> byStatus = claims.getOrDefault(slug, Map.of());
            for (Status st : Status.values()) {
                List<View.ClaimSummary> list = new ArrayList<>(byStatus.getOrDefault(st, List.of()));
                if (!list.isEmpty()) {
                    list.sort(Comparator.comparing(View.ClaimSummary::title).thenComparing(View.ClaimSummary::id));
                    groups.add(new View.StatusGroup(status(st), list.size(), List.copyOf(list)));
                }
            }
            return new View.OutletPage(name, slug, List.copyOf(own), groups, sorted(agreed.get(slug)),
                    sorted(conflicted.get(slug)), sorted(incomparable.get(slug)), notIndependent(name),
                    List.copyOf(republished.getOrDefault(slug, List.of())));
        }).toList();
    }

    private String notIndependent(String outlet) {
        SiteSettings.Outlet declared = settings.outlet(outlet);
        return declared == null || declared.independent() ? null : declared.reason();
    }

    private static List<View.Relation> sorted(List<View.Relation> list) {
        if (list == null) {
            return List.of();
        }
        List<View.Relation> copy = new ArrayList<>(list);
        copy.sort(Comparator.comparing((View.Relation r) -> r.claim().title()).thenComparing(r -> r.claim().id())
                .thenComparing(View.Relation::other).thenComparing(View.Relation::reason));
        return List.copyOf(copy);
    }

    /** Every correction of every claim, newest first. */
    List<View.CorrectionEntry> corrections() {
        List<View.CorrectionEntry> entries = new ArrayList<>();
        for (ClaimResult r : report.claims()) {
            for (Correction c : r.claim().corrections()) {
                entries.add(new View.CorrectionEntry(iso(c.date()), c.text(), summary(r), CorrectionChange.describe(c)));
            }
        }
        entries.sort(Comparator.comparing(View.CorrectionEntry::date).reversed()
                .thenComparing(e -> e.claim().id()).thenComparing(View.CorrectionEntry::text));
        return entries;
    }

    /** The Atom feed: the newest {@code limit} claims, updated on their latest correction. */
    View.Feed feed(int limit, String fallbackDate) {
        String base = settings.baseUrl();
        List<View.FeedEntry> entries = new ArrayList<>();
        String newest = null;
        for (ClaimResult r : newest(limit)) {
            String path = SitePaths.claim(r.claim().id());
            String published = r.claim().published() != null ? iso(r.claim().published())
                    : latestSource(r) != null ? iso(latestSource(r)) : fallbackDate;
            String updated = published;
            for (Correction c : r.claim().corrections()) {
                if (c.date() != null && iso(c.date()).compareTo(updated) > 0) {
                    updated = iso(c.date());
                }
            }
            if (newest == null || updated.compareTo(newest) > 0) {
                newest = updated;
            }
            View.RatingView rating = rating(r.claim().rating());
            entries.add(new View.FeedEntry(base == null ? "urn:factcheck:claim:" + r.claim().id() : base + path,
                    r.claim().title(), base == null ? path : base + path, updated, published, r.claim().claim(),
                    r.status().label() + ": " + PlainWords.summary(r), rating == null ? null : rating.label(),
                    corrections(r.claim().corrections())));
        }
        return new View.Feed(base == null ? "urn:factcheck:feed" : base + SitePaths.FEED, settings.title(),
                base == null ? SitePaths.HOME : base, base == null ? SitePaths.FEED : base + SitePaths.FEED,
                newest == null ? fallbackDate : newest, settings.desk(), entries);
    }
}
