package org.factcheck.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.core.TemplateClassResolver;
import org.factcheck.anchor.ArticleText;
import org.factcheck.check.ClaimResult;
import org.factcheck.check.Report;
import org.factcheck.check.SourceResult;
import org.factcheck.figures.Figure;
import org.factcheck.figures.FigureExtractor;
import org.factcheck.load.Article;
import org.factcheck.load.Diagnostic;
import org.factcheck.load.Limits;
import org.factcheck.load.Pages;
import org.factcheck.load.TextFiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes the static site for a checked report. Pages are rendered in parallel into a fresh
 * directory beside the output, which replaces the output only once everything is written, so a
 * failed build leaves the previous site as it was.
 */
public final class SiteWriter {

    /** The files copied from {@code templates/assets/} (or the built-in defaults) to {@code site/assets/}. */
    private static final List<String> ASSETS = List.of("style.css", "search.js", "report.js");
    /** Claims in the Atom feed, newest first. */
    static final int FEED_ENTRIES = 50;
    private static final String BUILTIN = "/factcheck/templates";

    private final Report report;
    private final Configuration freemarker;
    private final Path templates;
    private final LocalDate buildDate;
    private final Map<String, String> jsonLd;
    private final Paging paging;
    private final Limits limits;
    private View.SiteView site;

    /** Thrown when the site cannot be written; the previous output is untouched. */
    public static final class RenderException extends Exception {
        private static final long serialVersionUID = 1L;

        public RenderException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private SiteWriter(Report report, LocalDate buildDate, Map<String, String> jsonLd, Paging paging) throws IOException {
        this.report = report;
        this.paging = paging;
        this.buildDate = buildDate;
        this.jsonLd = jsonLd;
        this.templates = report.root().resolve("templates");
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        this.limits = limitsOrDefaults();
        List<TemplateLoader> loaders = new ArrayList<>();
        if (Files.isDirectory(templates)) {
            loaders.add(new RootTemplateLoader(report.root(), templates, limits));
        }
        loaders.add(new ClassTemplateLoader(SiteWriter.class, BUILTIN));
        cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        // Templates come from pull requests too: they may not instantiate classes (?new), reach the
        // Java API of a value (?api), or call any method but the views' own accessors.
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        // Views are records: let templates write page.title rather than page.title().
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        wrapper.setRecordZeroArgumentNonVoidMethodPolicy(ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        wrapper.setMemberAccessPolicy(ViewsOnlyPolicy.INSTANCE);
        wrapper.setExposeFields(false);
        cfg.setObjectWrapper(new PageWrapper(wrapper));
        this.freemarker = cfg;
    }

    /**
     * Renders the report's site to {@code out}, replacing what was there only on success. The
     * build date the pages print comes from {@link BuildDate#resolve()}.
     */
    public static void write(Report report, Path out) throws RenderException {
        LocalDate date;
        try {
            date = BuildDate.resolve();
        } catch (IllegalArgumentException e) {
            throw new RenderException(e.getMessage(), e);
        }
        write(report, out, date);
    }

    /**
     * Renders the report's site to {@code out}, printing {@code buildDate} as "last checked". The
     * output's rules (owner marker, foreign files kept, leftovers cleaned) are {@link OutputDir}'s.
     */
    public static void write(Report report, Path out, LocalDate buildDate) throws RenderException {
        write(report, out, buildDate, Paging.DEFAULT);
    }

    /** As {@link #write(Report, Path, LocalDate)}, cutting long lists into pages by {@code paging}. */
    public static void write(Report report, Path out, LocalDate buildDate, Paging paging) throws RenderException {
        Path target;
        try {
            target = OutputDir.check(report.root(), out);
        } catch (OutputDir.Refused e) {
            throw new RenderException(e.getMessage(), null);
        } catch (IOException e) {
            throw new RenderException("cannot write the site to " + out + ": " + message(e), e);
        }
        Map<String, String> jsonLd = claimReviews(report);
        Path staging = null;
        try {
            Files.createDirectories(target.getParent());
            OutputDir.cleanLeftovers(target);
            staging = OutputDir.staging(target);
            new SiteWriter(report, buildDate, jsonLd, paging).render(staging);
            OutputDir.seal(staging);
            OutputDir.publishable(staging);
            OutputDir.replace(staging, target);
            staging = null;
        } catch (IOException | UncheckedIOException e) {
            throw new RenderException("cannot write the site to " + out + ": " + message(e), e);
        } catch (OutputDir.Refused e) {
            throw new RenderException(e.getMessage(), null);
        } catch (TemplateFailure e) {
            throw new RenderException(e.getMessage(), e.getCause());
        } finally {
            if (staging != null) {
                OutputDir.deleteOwned(staging);
            }
        }
    }

    /**
     * The ClaimReview JSON-LD of every rated claim, by claim id; fails, before anything is written,
     * with every claim that cannot produce a valid one, located in its file.
     */
    private static Map<String, String> claimReviews(Report report) throws RenderException {
        Map<String, String> out = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (ClaimResult r : report.claims()) {
            try {
                Map<String, Object> ld = ClaimReviewLd.of(r, report.settings());
                if (ld != null) {
                    out.put(r.claim().id(), ClaimReviewLd.inline(ld));
                }
            } catch (ClaimReviewLd.InvalidClaimReview e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new RenderException(String.join("\n", problems), null);
        }
        return out;
    }

    /** A template failed; carries a message naming the template and line. */
    private static final class TemplateFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TemplateFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private void render(Path dir) throws IOException {
        Views views = new Views(report);
        Map<String, List<ArticleLayout.Mark>> marks = new HashMap<>();
        Map<String, List<View.ClaimSummary>> claimsByArticle = new HashMap<>();
        for (ClaimResult r : report.claims()) {
            View.ClaimSummary summary = views.summary(r);
            for (int i = 0; i < r.sources().size(); i++) {
                SourceResult s = r.sources().get(i);
                if (s.anchor().found()) {
                    marks.computeIfAbsent(s.source().article(), k -> new ArrayList<>()).add(new ArticleLayout.Mark(
                            s.anchor().start(), s.anchor().end(), r.claim().id(), i, r.status().id(),
                            r.claim().title() + " — " + r.status().label()));
                }
                List<View.ClaimSummary> list = claimsByArticle.computeIfAbsent(s.source().article(), k -> new ArrayList<>());
                if (!list.contains(summary)) {
                    list.add(summary);
                }
            }
        }
        Map<String, Integer> citations = new HashMap<>();
        claimsByArticle.forEach((k, v) -> citations.put(k, v.size()));

        for (String sub : List.of("claims", "articles", "topics", "outlets", "pages", "assets")) {
            Files.createDirectories(dir.resolve(sub));
        }
        copyAssets(dir.resolve("assets"));

        List<View.TextPage> textPages = textPages();
        List<View.Link> nav = textPages.stream().map(p -> new View.Link(p.title(), "pages/" + p.name() + ".html")).toList();
        this.site = new View.SiteView(report.settings().title(), report.settings().baseUrl(), report.settings().language(),
                report.settings().desk(), buildDate.toString(), views.ratings(), nav, true);
        List<String> paths = new ArrayList<>();

        List<View.TopicPage> topics = views.topics();
        List<View.OutletPage> outlets = views.outlets(citations);
        List<View.Entry> topicEntries = topics.stream().map(t -> new View.Entry(t.name(), t.slug(), t.claims().size())).toList();
        List<View.Entry> outletEntries = outlets.stream().map(o -> new View.Entry(o.name(), o.slug(),
                o.groups().stream().mapToInt(View.StatusGroup::count).sum())).toList();
        List<View.CorrectionEntry> corrections = views.corrections();

        // Every page is a job, queued here (with its path, for the sitemap) and run on both cores in
        // one pass, report.json first as it is the longest single job.
        List<Runnable> jobs = new ArrayList<>();
        jobs.add(() -> {
            try {
                writeJson(dir.resolve("report.json"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        queue(jobs, paths, dir, "index.html", "index.ftlh", () -> views.home(topicEntries, outletEntries, corrections));
        reportPage(dir, views.reportPage(topicEntries, outletEntries), jobs, paths);
        queue(jobs, paths, dir, "corrections.html", "corrections.ftlh", () -> new View.CorrectionsPage(corrections));
        queue(jobs, paths, dir, "topics/index.html", "entries.ftlh", () -> new View.EntryList("Topics", "topics",
                "Every topic the desk has checked claims on.", topicEntries));
        queue(jobs, paths, dir, "outlets/index.html", "entries.ftlh", () -> new View.EntryList("Outlets", "outlets",
                "Every outlet cited, with what its figures agreed or conflicted with.", outletEntries));
        for (View.TopicPage t : topics) {
            topicPage(dir, t, jobs, paths);
        }
        for (View.OutletPage o : outlets) {
            outletPage(dir, o, jobs, paths);
        }
        for (View.TextPage text : textPages) {
            queue(jobs, paths, dir, "pages/" + text.name() + ".html", "page.ftlh", () -> text);
        }
        List<View.ArticleSummary> articleList = report.articles().stream()
                .map(a -> Views.article(a, citations.getOrDefault(a.id(), 0))).sorted(Views.NEWEST_ARTICLE).toList();
        int pageCount = Math.max(1, (articleList.size() + Views.ARTICLES_PER_PAGE - 1) / Views.ARTICLES_PER_PAGE);
        for (int n = 1; n <= pageCount; n++) {
            List<View.ArticleSummary> slice = articleList.subList((n - 1) * Views.ARTICLES_PER_PAGE,
                    Math.min(articleList.size(), n * Views.ARTICLES_PER_PAGE));
            View.ArticleList model = new View.ArticleList(slice, n, pageCount, articleList.size(),
                    n > 1 ? articleListPath(n - 1) : null, n < pageCount ? articleListPath(n + 1) : null);
            queue(jobs, paths, dir, articleListPath(n), "articles.ftlh", () -> model);
        }
        queue(jobs, null, dir, "404.html", "404.ftlh", () -> new View.NotFound("There is no page at this address."));
        queue(jobs, null, dir, "feed.xml", "feed.ftlx", () -> views.feed(FEED_ENTRIES, buildDate.toString()));

        List<ClaimResult> claims = report.claims().stream().sorted(Comparator.comparing(r -> r.claim().id())).toList();
        List<Article> articles = report.articles().stream().sorted(Comparator.comparing(Article::id)).toList();
        SearchIndex search = new SearchIndex(claims.size() + articles.size());
        int others = jobs.size();
        parallel(others + claims.size() + articles.size(), i -> {
            if (i < others) {
                jobs.get(i).run();
            } else if (i < others + claims.size()) {
                int n = i - others;
                ClaimResult r = claims.get(n);
                String path = "claims/" + r.claim().id() + ".html";
                page(dir, path, "claim.ftlh", views.claimPage(r, jsonLd.get(r.claim().id())), null);
                search.set(n, new SearchIndex.Doc("claim", r.claim().title(), path, r.status().label() + " · " + r.claim().topic(),
                        r.status().id()), r.claim().title(), String.join(" ", r.claim().claim(), r.claim().topic(),
                        String.join(" ", r.outlets()), r.claim().note() == null ? "" : r.claim().note()));
            } else {
                int n = i - others - claims.size();
                Article a = articles.get(n);
                List<ArticleLayout.Mark> own = new ArrayList<>(marks.getOrDefault(a.id(), List.of()));
                own.sort(Comparator.comparingInt(ArticleLayout.Mark::start).thenComparing(ArticleLayout.Mark::claimId)
                        .thenComparingInt(ArticleLayout.Mark::source));
                List<View.ClaimSummary> cited = new ArrayList<>(claimsByArticle.getOrDefault(a.id(), List.of()));
                cited.sort(Comparator.comparing(View.ClaimSummary::title).thenComparing(View.ClaimSummary::id));
                ArticleText text = articleText(a);
                String path = "articles/" + a.id() + ".html";
                page(dir, path, "article.ftlh", articlePage(a, text, own, cited), null);
                search.set(claims.size() + n, new SearchIndex.Doc("article", a.title(), path,
                        a.outlet() + " · " + Views.iso(a.published()), ""), a.title(), a.outlet() + " " + text.text());
            }
        });
        claims.forEach(r -> paths.add("claims/" + r.claim().id() + ".html"));
        articles.forEach(a -> paths.add("articles/" + a.id() + ".html"));
        search.write(dir);

        if (report.settings().baseUrl() != null) {
            String base = report.settings().baseUrl();
            List<String> urls = paths.stream().map(p -> base + (p.equals("index.html") ? "" : p)).sorted().toList();
            page(dir, "sitemap.xml", "sitemap.ftlx", new View.Sitemap(urls), null);
            Files.writeString(dir.resolve("robots.txt"), "User-agent: *\nAllow: /\nSitemap: " + base + "sitemap.xml\n",
                    StandardCharsets.UTF_8);
        }
    }

    /** Queues one page; its path goes into {@code paths} (the sitemap's) now, when given. */
    private void queue(List<Runnable> jobs, List<String> paths, Path dir, String path, String template,
                       java.util.function.Supplier<Object> model) {
        if (paths != null) {
            paths.add(path);
        }
        jobs.add(() -> page(dir, path, template, model.get(), null));
    }

    /**
     * The 404 page is served at any depth, so its links start from the site's own path (the path
     * of base_url, "/" for a site at a domain's root); without base_url they stay relative.
     */
    private String notFoundRoot() {
        String base = report.settings().baseUrl();
        if (base == null) {
            return "";
        }
        String p = java.net.URI.create(base).getPath();
        return p == null || p.isEmpty() ? "/" : p;
    }

    /**
     * Runs task(0..n-1) in parallel and waits for every task, even when one fails, so nothing is
     * still writing into the staging directory when a failure removes it; rethrows the first failure.
     */
    private static void parallel(int n, java.util.function.IntConsumer task) {
        List<RuntimeException> failures = java.util.stream.IntStream.range(0, n).parallel().mapToObj(i -> {
            try {
                task.accept(i);
                return null;
            } catch (RuntimeException e) {
                return e;
            }
        }).filter(java.util.Objects::nonNull).toList();
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
    }

    /** The first {@code n} items (all when fewer). */
    private static <T> List<T> first(List<T> items, int n) {
        return items.size() <= n ? items : List.copyOf(items.subList(0, n));
    }

    /**
     * Queues the pages of one long list ({@code base}1.html, {@code base}2.html, …, {@link Paging#pageSize()}
     * items each) and returns where it starts; null, and no pages, when the owner's preview shows it whole.
     */
    private View.More listPages(Path dir, String base, String title, String intro, List<View.Link> crumbs, String kind,
                                List<?> items, List<Runnable> jobs, List<String> paths) {
        if (items.size() <= paging.preview()) {
            return null;
        }
        int pages = (items.size() + paging.pageSize() - 1) / paging.pageSize();
        try {
            Files.createDirectories(dir.resolve(base));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int n = 1; n <= pages; n++) {
            String path = base + n + ".html";
            View.ListPage model = new View.ListPage(title, intro, crumbs, kind,
                    List.copyOf(items.subList((n - 1) * paging.pageSize(), Math.min(items.size(), n * paging.pageSize()))),
                    n, pages, items.size(), n > 1 ? base + (n - 1) + ".html" : null, n < pages ? base + (n + 1) + ".html" : null);
            paths.add(path);
            jobs.add(() -> page(dir, path, "list.ftlh", model, null));
        }
        return new View.More(items.size(), paging.preview(), base + "1.html", pages);
    }

    private static final View.Link HOME = new View.Link("Home", "index.html");

    private void topicPage(Path dir, View.TopicPage t, List<Runnable> jobs, List<String> paths) {
        String path = "topics/" + t.slug() + ".html";
        View.More claims = listPages(dir, "topics/" + t.slug() + "/", t.name(), "Every claim on " + t.name() + ".",
                List.of(HOME, new View.Link("Topics", "topics/index.html"), new View.Link(t.name(), path)), "claims",
                t.claims(), jobs, paths);
        View.TopicPage shown = claims == null ? t : new View.TopicPage(t.name(), t.slug(), first(t.claims(), paging.preview()));
        Map<String, Object> more = claims == null ? Map.of() : Map.of("claims", claims);
        paths.add(path);
        jobs.add(() -> page(dir, path, "topic.ftlh", shown, null, more));
    }

    private void outletPage(Path dir, View.OutletPage o, List<Runnable> jobs, List<String> paths) {
        String path = "outlets/" + o.slug() + ".html";
        String base = "outlets/" + o.slug() + "/";
        List<View.Link> crumbs = List.of(HOME, new View.Link("Outlets", "outlets/index.html"), new View.Link(o.name(), path));
        Map<String, Object> more = new LinkedHashMap<>();
        java.util.function.BiConsumer<String, View.More> put = (k, v) -> {
            if (v != null) {
                more.put(k, v);
            }
        };
        put.accept("conflicted", listPages(dir, base + "conflicted/", o.name() + ": figures that conflicted",
                "Every figure of " + o.name() + " that conflicted with another source.", crumbs, "relations", o.conflicted(), jobs, paths));
        put.accept("agreed", listPages(dir, base + "agreed/", o.name() + ": figures that agreed",
                "Every figure of " + o.name() + " that another source confirmed.", crumbs, "relations", o.agreed(), jobs, paths));
        put.accept("incomparable", listPages(dir, base + "incomparable/", o.name() + ": figures that could not be compared",
                "Every figure of " + o.name() + " that could not be compared with another source's.", crumbs, "relations",
                o.incomparable(), jobs, paths));
        List<View.StatusGroup> groups = new ArrayList<>();
        for (View.StatusGroup g : o.groups()) {
            put.accept("claims-" + g.status().id(), listPages(dir, base + "claims-" + g.status().id() + "/",
                    o.name() + ": " + g.status().label() + " claims", "Every " + g.status().label() + " claim citing " + o.name() + ".",
                    crumbs, "claims", g.claims(), jobs, paths));
            groups.add(new View.StatusGroup(g.status(), g.count(), first(g.claims(), paging.preview())));
        }
        put.accept("articles", listPages(dir, base + "articles/", o.name() + ": articles",
                "Every captured article of " + o.name() + ", newest first.", crumbs, "articles", o.articles(), jobs, paths));
        View.OutletPage shown = more.isEmpty() ? o : new View.OutletPage(o.name(), o.slug(), first(o.articles(), paging.preview()),
                groups, first(o.agreed(), paging.preview()), first(o.conflicted(), paging.preview()),
                first(o.incomparable(), paging.preview()), o.notIndependent());
        Map<String, Object> fixed = Map.copyOf(more);
        paths.add(path);
        jobs.add(() -> page(dir, path, "outlet.ftlh", shown, null, fixed));
    }

    /**
     * The report: every claim inline up to {@link Paging#reportInline()} claims; beyond, each status
     * shows its first claims and links to its pages, and the filters load every row from
     * {@code report/rows/<n>.json} chunks ({@code [id, title, status, topic slug, topic, outlet slugs, outlets]}).
     */
    private void reportPage(Path dir, View.ReportPage r, List<Runnable> jobs, List<String> paths) throws IOException {
        if (r.claimCount() <= paging.reportInline()) {
            queue(jobs, paths, dir, "report.html", "report.ftlh", () -> r);
            return;
        }
        List<View.Link> crumbs = List.of(HOME, new View.Link("All claims", "report.html"));
        Map<String, Object> more = new LinkedHashMap<>();
        List<View.StatusGroup> groups = new ArrayList<>();
        List<View.ClaimSummary> all = new ArrayList<>();
        for (View.StatusGroup g : r.groups()) {
            View.More m = listPages(dir, "report/" + g.status().id() + "/", g.status().label() + " claims",
                    "Every claim whose status is " + g.status().label() + ": " + g.status().meaning() + ".", crumbs, "claims",
                    g.claims(), jobs, paths);
            if (m != null) {
                more.put(g.status().id(), m);
            }
            groups.add(new View.StatusGroup(g.status(), g.count(), first(g.claims(), paging.preview())));
            all.addAll(g.claims());
        }
        View.More unmatched = listPages(dir, "report/unmatched/", "Quotes that no longer match their article",
                "Every quote that is not in its article.", crumbs, "unmatched", r.unmatched(), jobs, paths);
        if (unmatched != null) {
            more.put("unmatched", unmatched);
        }
        Path rows = Files.createDirectories(dir.resolve("report/rows"));
        ObjectMapper json = new ObjectMapper();
        int chunks = (all.size() + paging.rowChunk() - 1) / paging.rowChunk();
        for (int c = 0; c < chunks; c++) {
            List<List<String>> chunk = new ArrayList<>();
            for (View.ClaimSummary s : all.subList(c * paging.rowChunk(), Math.min(all.size(), (c + 1) * paging.rowChunk()))) {
                chunk.add(java.util.Arrays.asList(s.id(), s.title(), s.status().id(), s.topicSlug(), s.topic(),
                        String.join(" ", s.outletRefs().stream().map(View.OutletRef::slug).toList()), String.join(", ", s.outlets())));
            }
            Files.write(rows.resolve(c + ".json"), json.writeValueAsBytes(chunk));
        }
        more.put("rowChunks", chunks);
        View.More erred = listPages(dir, "report/erred/", "Outlets that erred",
                "Every source the desk marks as getting a settled fact wrong.", crumbs, "erred", r.erred(), jobs, paths);
        if (erred != null) {
            more.put("erred", erred);
        }
        View.ReportPage shown = new View.ReportPage(groups, first(r.unmatched(), paging.preview()),
                first(r.erred(), paging.preview()), r.claimCount(), r.topics(), r.outlets());
        paths.add("report.html");
        jobs.add(() -> page(dir, "report.html", "report.ftlh", shown, null, more));
    }

    private static String articleListPath(int n) {
        return n == 1 ? "articles/index.html" : "articles/page-" + n + ".html";
    }

    /** The Markdown pages under content/pages/, in navigation order (about, methodology, corrections policy, then by name). */
    private List<View.TextPage> textPages() throws IOException {
        List<String> order = List.of("about", "methodology", "corrections-policy");
        List<Diagnostic> problems = new ArrayList<>();
        List<Pages.Page> loaded = Pages.load(report.root(), limits, problems);
        if (!problems.isEmpty()) {
            // check reports these first; a page changed between check and render lands here.
            throw new IOException(problems.get(0).format());
        }
        List<View.TextPage> pages = new ArrayList<>();
        for (Pages.Page p : loaded) {
            String md = p.markdown();
            String title = md.lines().filter(l -> l.startsWith("# ")).map(l -> l.substring(2).strip()).findFirst()
                    .orElse(p.name());
            pages.add(new View.TextPage(p.name(), title, Views.markdown(md)));
        }
        pages.sort(Comparator.comparingInt((View.TextPage p) -> order.contains(p.name()) ? order.indexOf(p.name()) : order.size())
                .thenComparing(View.TextPage::name));
        return pages;
    }

    private static Limits limitsOrDefaults() {
        try {
            return Limits.current();
        } catch (IllegalArgumentException e) {
            return Limits.DEFAULTS;
        }
    }

    private ArticleText articleText(Article a) {
        try {
            return ArticleText.read(report.root(), a, limits);
        } catch (ArticleText.TextException e) {
            throw new TemplateFailure(e.diagnostic().format(), e);
        }
    }

    private View.ArticlePage articlePage(Article a, ArticleText text, List<ArticleLayout.Mark> marks, List<View.ClaimSummary> claims) {
        List<ArticleLayout.Unchecked> figures = new ArrayList<>();
        for (Figure f : FigureExtractor.extract(text.text(), a.published())) {
            figures.add(new ArticleLayout.Unchecked(text.start() + f.start(), text.start() + f.end(), f.normalised()));
        }
        List<View.Block> blocks = ArticleLayout.layout(text.capture(), text.start(), text.end(), a.title(), marks, figures);
        int unchecked = (int) blocks.stream().flatMap(b -> b.segments().stream()).filter(s -> s.unchecked() != null).count();
        return new View.ArticlePage(Views.article(a, claims.size()), a.url(),
                a.archive() == null ? null : a.archive().url(), a.archive() == null ? null : a.archive().date().toString(),
                a.file(), a.note(), blocks, claims, unchecked);
    }

    /** Renders one page to dir/path; {@code paths}, when given, collects it for the sitemap. */
    private void page(Path dir, String path, String template, Object model, List<String> paths) {
        page(dir, path, template, model, paths, Map.of());
    }

    /**
     * Renders one page; {@code more} (the template's {@code more}) names, per list cut short on
     * this page, where the whole list is.
     */
    private void page(Path dir, String path, String template, Object model, List<String> paths, Map<String, ?> more) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("page", model);
        data.put("more", more);
        data.put("rel", path.equals("404.html") ? notFoundRoot() : "../".repeat((int) path.chars().filter(c -> c == '/').count()));
        data.put("path", path);
        data.put("site", site);
        if (paths != null) {
            paths.add(path);
        }
        // Rendered into memory, then written in one call: String.getBytes is much faster than a
        // Writer's incremental encoder, and a page is at most a few hundred kB.
        java.io.StringWriter w = new java.io.StringWriter(16 * 1024);
        try {
            freemarker.getTemplate(template).process(data, w);
            Files.write(dir.resolve(path), w.toString().getBytes(StandardCharsets.UTF_8));
        } catch (TemplateException e) {
            throw new TemplateFailure("template error in " + e.getTemplateSourceName() + ":" + e.getLineNumber() + ":"
                    + e.getColumnNumber() + ": " + e.getMessageWithoutStackTop(), e);
        } catch (freemarker.core.ParseException e) {
            throw new TemplateFailure("template syntax error in " + e.getTemplateName() + ":" + e.getLineNumber() + ":"
                    + e.getColumnNumber() + ": " + e.getEditorMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void copyAssets(Path dir) throws IOException {
        for (String name : ASSETS) {
            Path own = templates.resolve("assets").resolve(name);
            if (Files.exists(own, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                try {
                    Files.write(dir.resolve(name), TextFiles.bytesInside(report.root(), own, limits.contentFileBytes(), "content-file-bytes"));
                } catch (IOException e) {
                    throw new IOException("templates/assets/" + name + " " + e.getMessage(), e);
                }
                continue;
            }
            try (InputStream in = SiteWriter.class.getResourceAsStream(BUILTIN + "/assets/" + name)) {
                if (in == null) {
                    throw new IOException("built-in asset " + name + " is missing from the jar");
                }
                Files.copy(in, dir.resolve(name));
            }
        }
    }

    private void writeJson(Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        mapper.writer(printer).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(file.toFile(), ReportJson.of(report));
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
