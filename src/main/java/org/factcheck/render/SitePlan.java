package org.factcheck.render;

import org.factcheck.export.ReportJson;

import org.factcheck.site.SitePaths;
import org.factcheck.cache.Hashes;
import org.factcheck.check.ClaimResult;
import org.factcheck.check.Report;
import org.factcheck.check.SourceResult;
import org.factcheck.model.Article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The site as a list of outputs, planned from a checked report before anything is rendered: each
 * output's path (from {@link SitePaths}), how it is made, and a key — the hash of everything it is
 * made from. Full builds render every output; incremental builds and {@code serve} render only the
 * outputs whose key changed; the sitemap lists the outputs that ask for it. Planning reads no file
 * but what {@link Inputs} hands it and writes nothing.
 */
final class SitePlan {

    /** One file of the site. */
    sealed interface Output permits Page, ArticlePage, Blob {
        String path();

        /** The hash of everything the file is made from; null when only its bytes can say (see {@link Blob}). */
        String key();
    }

    /** A page rendered from {@code template} with {@code model}; {@code more} is the template's {@code more}. */
    record Page(String path, String key, boolean sitemap, String template, Supplier<Object> model, Map<String, ?> more)
            implements Output {
    }

    /**
     * An article page: its model needs the article's text, read when the page is rendered (the
     * same read feeds the search index). {@code doc} is the article's number in the search index.
     */
    record ArticlePage(String path, String key, Article article, int doc, List<ArticleLayout.Mark> marks,
                       List<View.ClaimSummary> cited) implements Output {
    }

    /** A file written directly, not from a template (JSON, robots.txt, assets). */
    record Blob(String path, String key, Maker maker) implements Output {

        /** A blob of bytes already in memory. */
        static Blob of(String path, String key, byte[] bytes) {
            return new Blob(path, key, file -> java.nio.file.Files.write(file, bytes));
        }
    }

    /** Writes one file; streams what is too large to hold whole ({@code report.json} is 340 MB at 100,000 articles). */
    interface Maker {
        void write(java.nio.file.Path file) throws java.io.IOException;
    }

    /** What the plan needs besides the report: per-file hashes and the keys of the templates and of everything site-wide. */
    interface Inputs {
        /** The hash of a template as a page uses it (its own text, and every template it may include). */
        String template(String name);

        /** The hash of an article's capture (the bytes of the file it is read from). */
        String capture(Article article);
    }

    /** The outputs in plan order, made at the end: their keys (hashes of whole models) are computed on both cores. */
    private final List<Supplier<Output>> planned = new ArrayList<>();
    private List<Output> outputs;
    private final String global;
    private final Inputs inputs;
    private final ModelKey models;

    private SitePlan(String global, Inputs inputs, ModelKey models) {
        this.global = global;
        this.inputs = inputs;
        this.models = models;
    }

    List<Output> outputs() {
        return outputs;
    }

    /** The key of a page: site-wide key, template, path and the page's own material. */
    String key(String template, String path, Supplier<String[]> made) {
        String[] material = made.get();
        String[] all = new String[material.length + 3];
        all[0] = global;
        all[1] = template == null ? "" : inputs.template(template);
        all[2] = path;
        System.arraycopy(material, 0, all, 3, material.length);
        return org.factcheck.cache.Hash128.of(all);
    }

    /** Adds a page keyed by its model as text (records print every component, in order). */
    void page(String path, String template, Object model, Map<String, ?> more, boolean sitemap) {
        planned.add(() -> new Page(path, key(template, path, () -> new String[] {models.of(model, more)}), sitemap, template,
                () -> model, more));
    }

    void add(Output o) {
        planned.add(() -> o);
    }

    private void add(Supplier<Output> o) {
        planned.add(o);
    }

    /**
     * Plans the whole site. {@code global} is the key of everything every page prints (settings,
     * build date, navigation, paging, code version); {@code claimKeys}/{@code articleKeys} are the
     * hashes of each claim's result and article's record, by id.
     */
    static SitePlan of(Report report, Views views, Paging paging, String global, Inputs inputs,
                       java.util.function.Function<ClaimResult, String> claimReview,
                       List<View.TextPage> textPages, String buildDate, Map<String, String> claimKeys,
                       Map<String, String> articleKeys) {
        SitePlan plan = new SitePlan(global, inputs, new ModelKey(views.summaries()));
        Map<String, List<ArticleLayout.Mark>> marks = new HashMap<>();
        // An article page says which story it republishes, which depends on other articles' texts: part of its key.
        Map<String, View.Republication> copies = new HashMap<>();
        report.copies().forEach(c -> copies.put(c.copy().id(), Views.republication(c)));
        Map<String, List<View.ClaimSummary>> claimsByArticle = new HashMap<>();
        for (ClaimResult r : report.claims()) {
            View.ClaimSummary summary = views.summary(r);
            // A claim citing one article twice is listed on it once; comparing article ids, not whole summaries with
            // every claim already listed, keeps this linear in the citations.
            java.util.Set<String> listedOn = new java.util.HashSet<>();
            for (int i = 0; i < r.sources().size(); i++) {
                SourceResult s = r.sources().get(i);
                if (s.anchor().found()) {
                    marks.computeIfAbsent(s.source().article(), k -> new ArrayList<>()).add(new ArticleLayout.Mark(
                            s.anchor().start(), s.anchor().end(), r.claim().id(), i, r.status().id(),
                            r.claim().title() + " — " + r.status().label()));
                }
                if (listedOn.add(s.source().article())) {
                    claimsByArticle.computeIfAbsent(s.source().article(), k -> new ArrayList<>()).add(summary);
                }
            }
        }
        Map<String, Integer> citations = new HashMap<>();
        claimsByArticle.forEach((k, v) -> citations.put(k, v.size()));

        List<View.TopicPage> topics = views.topics();
        List<View.OutletPage> outlets = views.outlets(citations);
        List<View.Entry> topicEntries = topics.stream().map(t -> new View.Entry(t.name(), t.slug(), t.claims().size())).toList();
        List<View.Entry> outletEntries = outlets.stream().map(o -> new View.Entry(o.name(), o.slug(),
                o.groups().stream().mapToInt(View.StatusGroup::count).sum())).toList();
        List<View.CorrectionEntry> corrections = views.corrections();

        List<ClaimResult> claims = report.claims().stream().sorted(Comparator.comparing(r -> r.claim().id())).toList();
        List<Article> articles = report.articles().stream().sorted(Comparator.comparing(Article::id)).toList();

        // report.json is made from every claim's result and every article: its key is theirs, in order.
        List<String> all = new ArrayList<>();
        report.claims().forEach(r -> all.add(claimKeys.get(r.claim().id())));
        report.articles().forEach(a -> all.add(articleKeys.get(a.id())));
        all.add(String.valueOf(report.summary()));
        plan.add(new Blob(SitePaths.REPORT_JSON, plan.key(null, SitePaths.REPORT_JSON, () -> all.toArray(String[]::new)),
                file -> ReportJson.write(report, file)));
        plan.page(SitePaths.HOME, "index.ftlh", views.home(topicEntries, outletEntries, corrections), Map.of(), true);
        new Lists(plan, paging).report(views.reportPage(topicEntries, outletEntries));
        plan.page(SitePaths.CORRECTIONS, "corrections.ftlh", new View.CorrectionsPage(corrections), Map.of(), true);
        plan.page(SitePaths.TOPICS, "entries.ftlh", new View.EntryList("Topics", "topics",
                "Every topic the desk has checked claims on.", topicEntries), Map.of(), true);
        plan.page(SitePaths.OUTLETS, "entries.ftlh", new View.EntryList("Outlets", "outlets",
                "Every outlet cited, with what its figures agreed or conflicted with.", outletEntries), Map.of(), true);
        Lists lists = new Lists(plan, paging);
        topics.forEach(lists::topic);
        outlets.forEach(lists::outlet);
        for (View.TextPage text : textPages) {
            plan.page(SitePaths.textPage(text.name()), "page.ftlh", text, Map.of(), true);
        }
        List<View.ArticleSummary> articleList = report.articles().stream()
                .map(a -> Views.article(a, citations.getOrDefault(a.id(), 0))).sorted(Views.NEWEST_ARTICLE).toList();
        int pageCount = Math.max(1, (articleList.size() + Views.ARTICLES_PER_PAGE - 1) / Views.ARTICLES_PER_PAGE);
        for (int n = 1; n <= pageCount; n++) {
            List<View.ArticleSummary> slice = articleList.subList((n - 1) * Views.ARTICLES_PER_PAGE,
                    Math.min(articleList.size(), n * Views.ARTICLES_PER_PAGE));
            plan.page(SitePaths.articles(n), "articles.ftlh", new View.ArticleList(List.copyOf(slice), n, pageCount, articleList.size(),
                    n > 1 ? SitePaths.articles(n - 1) : null, n < pageCount ? SitePaths.articles(n + 1) : null), Map.of(), true);
        }
        plan.page(SitePaths.NOT_FOUND, "404.ftlh", new View.NotFound("There is no page at this address."), Map.of(), false);
        plan.page(SitePaths.FEED, "feed.ftlx", views.feed(SiteWriter.FEED_ENTRIES, buildDate), Map.of(), false);

        // Claim and article pages: keyed by their inputs, their models (a claim's ClaimReview too, made
        // from its result and the settings, which its key holds already) made only when rendered.
        // Each claim's share card is an output like its page, keyed by what it shows; without fonts there are none.
        boolean cards = Cards.available();
        for (ClaimResult r : claims) {
            String id = r.claim().id();
            String path = SitePaths.claim(id);
            String card = cards ? SitePaths.card(id) : null;
            plan.add(() -> new Page(path, plan.key("claim.ftlh", path, () -> new String[] {claimKeys.get(id), String.valueOf(card)}),
                    true, "claim.ftlh", () -> views.claimPage(r, claimReview.apply(r)),
                    card == null ? Map.of() : Map.of("card", card)));
            if (card != null) {
                plan.add(() -> {
                    Cards.Card shown = Cards.of(r, views.rating(r.claim().rating()), report.settings().title());
                    return new Blob(card, plan.key(null, card, () -> new String[] {"card", shown.toString()}),
                            file -> Cards.write(shown, file));
                });
            }
        }
        for (int n = 0; n < articles.size(); n++) {
            Article a = articles.get(n);
            List<ArticleLayout.Mark> own = new ArrayList<>(marks.getOrDefault(a.id(), List.of()));
            own.sort(Comparator.comparingInt(ArticleLayout.Mark::start).thenComparing(ArticleLayout.Mark::claimId)
                    .thenComparingInt(ArticleLayout.Mark::source));
            List<View.ClaimSummary> cited = new ArrayList<>(claimsByArticle.getOrDefault(a.id(), List.of()));
            cited.sort(Comparator.comparing(View.ClaimSummary::title).thenComparing(View.ClaimSummary::id));
            String path = SitePaths.article(a.id());
            int doc = claims.size() + n;
            plan.add(() -> new ArticlePage(path, plan.key("article.ftlh", path, () -> new String[] {articleKeys.get(a.id()),
                    inputs.capture(a), plan.models.of(own, cited, copies.get(a.id()))}), a, doc, List.copyOf(own), List.copyOf(cited)));
        }
        plan.outputs = plan.planned.parallelStream().map(Supplier::get).toList();
        return plan;
    }

    /** The first {@code n} items (all when fewer). */
    private static <T> List<T> first(List<T> items, int n) {
        return items.size() <= n ? items : List.copyOf(items.subList(0, n));
    }

    /** Pages whose lists may be too long for one page: cut to a preview, the whole list on numbered pages. */
    private record Lists(SitePlan plan, Paging paging) {

        private static final View.Link HOME = new View.Link("Home", SitePaths.HOME);

        /**
         * Plans the pages of one long list ({@code base}1.html, …, {@link Paging#pageSize()} items
         * each) and returns where it starts; null, and no pages, when the owner's preview shows it whole.
         */
        View.More list(String base, String title, String intro, List<View.Link> crumbs, String kind, List<?> items) {
            if (items.size() <= paging.preview()) {
                return null;
            }
            int pages = (items.size() + paging.pageSize() - 1) / paging.pageSize();
            for (int n = 1; n <= pages; n++) {
                String path = SitePaths.listPage(base, n);
                plan.page(path, "list.ftlh", new View.ListPage(title, intro, crumbs, kind,
                        List.copyOf(items.subList((n - 1) * paging.pageSize(), Math.min(items.size(), n * paging.pageSize()))),
                        n, pages, items.size(), n > 1 ? SitePaths.listPage(base, n - 1) : null,
                        n < pages ? SitePaths.listPage(base, n + 1) : null), Map.of(), true);
            }
            return new View.More(items.size(), paging.preview(), SitePaths.listPage(base, 1), pages);
        }

        void topic(View.TopicPage t) {
            String path = SitePaths.topic(t.slug());
            View.More claims = list(SitePaths.topicList(t.slug()), t.name(), "Every claim on " + t.name() + ".",
                    List.of(HOME, new View.Link("Topics", SitePaths.TOPICS), new View.Link(t.name(), path)), "claims", t.claims());
            View.TopicPage shown = claims == null ? t : new View.TopicPage(t.name(), t.slug(), first(t.claims(), paging.preview()));
            plan.page(path, "topic.ftlh", shown, claims == null ? Map.of() : Map.of("claims", claims), true);
        }

        void outlet(View.OutletPage o) {
            String path = SitePaths.outlet(o.slug());
            String slug = o.slug();
            List<View.Link> crumbs = List.of(HOME, new View.Link("Outlets", SitePaths.OUTLETS), new View.Link(o.name(), path));
            Map<String, Object> more = new LinkedHashMap<>();
            java.util.function.BiConsumer<String, View.More> put = (k, v) -> {
                if (v != null) {
                    more.put(k, v);
                }
            };
            put.accept("conflicted", list(SitePaths.outletList(slug, "conflicted"), o.name() + ": figures that conflicted",
                    "Every figure of " + o.name() + " that conflicted with another source.", crumbs, "relations", o.conflicted()));
            put.accept("agreed", list(SitePaths.outletList(slug, "agreed"), o.name() + ": figures that agreed",
                    "Every figure of " + o.name() + " that another source confirmed.", crumbs, "relations", o.agreed()));
            put.accept("incomparable", list(SitePaths.outletList(slug, "incomparable"), o.name() + ": figures that could not be compared",
                    "Every figure of " + o.name() + " that could not be compared with another source's.", crumbs, "relations",
                    o.incomparable()));
            List<View.StatusGroup> groups = new ArrayList<>();
            for (View.StatusGroup g : o.groups()) {
                put.accept("claims-" + g.status().id(), list(SitePaths.outletList(slug, "claims-" + g.status().id()),
                        o.name() + ": " + g.status().label() + " claims", "Every " + g.status().label() + " claim citing " + o.name() + ".",
                        crumbs, "claims", g.claims()));
                groups.add(new View.StatusGroup(g.status(), g.count(), first(g.claims(), paging.preview())));
            }
            put.accept("articles", list(SitePaths.outletList(slug, "articles"), o.name() + ": articles",
                    "Every captured article of " + o.name() + ", newest first.", crumbs, "articles", o.articles()));
            View.OutletPage shown = more.isEmpty() ? o : new View.OutletPage(o.name(), o.slug(), first(o.articles(), paging.preview()),
                    groups, first(o.agreed(), paging.preview()), first(o.conflicted(), paging.preview()),
                    first(o.incomparable(), paging.preview()), o.notIndependent(), o.republished());
            plan.page(path, "outlet.ftlh", shown, java.util.Collections.unmodifiableMap(more), true);
        }

        /**
         * The report: every claim inline up to {@link Paging#reportInline()} claims; beyond, each status
         * shows its first claims and links to its pages, and the filters load every row from
         * {@code report/rows/<n>.json} chunks ({@code [id, title, status, topic slug, topic, outlet slugs, outlets]}).
         */
        void report(View.ReportPage r) {
            if (r.claimCount() <= paging.reportInline()) {
                plan.page(SitePaths.REPORT, "report.ftlh", r, Map.of(), true);
                return;
            }
            List<View.Link> crumbs = List.of(HOME, new View.Link("All claims", SitePaths.REPORT));
            Map<String, Object> more = new LinkedHashMap<>();
            List<View.StatusGroup> groups = new ArrayList<>();
            List<View.ClaimSummary> all = new ArrayList<>();
            for (View.StatusGroup g : r.groups()) {
                View.More m = list(SitePaths.reportList(g.status().id()), g.status().label() + " claims",
                        "Every claim whose status is " + g.status().label() + ": " + g.status().meaning() + ".", crumbs, "claims",
                        g.claims());
                if (m != null) {
                    more.put(g.status().id(), m);
                }
                groups.add(new View.StatusGroup(g.status(), g.count(), first(g.claims(), paging.preview())));
                all.addAll(g.claims());
            }
            View.More unmatched = list(SitePaths.reportList("unmatched"), "Quotes that no longer match their article",
                    "Every quote that is not in its article.", crumbs, "unmatched", r.unmatched());
            if (unmatched != null) {
                more.put("unmatched", unmatched);
            }
            com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
            int chunks = (all.size() + paging.rowChunk() - 1) / paging.rowChunk();
            for (int c = 0; c < chunks; c++) {
                List<List<String>> chunk = new ArrayList<>();
                for (View.ClaimSummary s : all.subList(c * paging.rowChunk(), Math.min(all.size(), (c + 1) * paging.rowChunk()))) {
                    chunk.add(java.util.Arrays.asList(s.id(), s.title(), s.status().id(), s.topicSlug(), s.topic(),
                            String.join(" ", s.outletRefs().stream().map(View.OutletRef::slug).toList()), String.join(", ", s.outlets())));
                }
                byte[] bytes;
                try {
                    bytes = json.writeValueAsBytes(chunk);
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
                plan.add(Blob.of(SitePaths.reportRows(c), Hashes.of(bytes), bytes));
            }
            more.put("rowChunks", chunks);
            View.More erred = list(SitePaths.reportList("erred"), "Outlets that erred",
                    "Every source the desk marks as getting a settled fact wrong.", crumbs, "erred", r.erred());
            if (erred != null) {
                more.put("erred", erred);
            }
            View.ReportPage shown = new View.ReportPage(groups, first(r.unmatched(), paging.preview()),
                    first(r.erred(), paging.preview()), r.claimCount(), r.topics(), r.outlets());
            plan.page(SitePaths.REPORT, "report.ftlh", shown, more, true);
        }
    }
}
