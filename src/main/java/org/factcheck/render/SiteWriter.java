package org.factcheck.render;

import org.factcheck.export.ClaimReviewLd;
import org.factcheck.publish.CommitSteps;
import org.factcheck.publish.Journal;
import org.factcheck.publish.Manifest;
import org.factcheck.publish.OutputDir;
import org.factcheck.publish.OutputLock;

import org.factcheck.search.SearchIndex;
import org.factcheck.search.SearchMemo;
import org.factcheck.site.SitePaths;
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
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.core.TemplateClassResolver;
import org.factcheck.anchor.ArticleText;
import org.factcheck.cache.CacheDir;
import org.factcheck.check.ArticleFigures;
import org.factcheck.check.ClaimResult;
import org.factcheck.check.Report;
import org.factcheck.check.SourceResult;
import org.factcheck.figures.Figure;
import org.factcheck.model.Article;
import org.factcheck.diagnostic.Diagnostic;
import org.factcheck.files.Limits;
import org.factcheck.load.Pages;
import org.factcheck.files.TextFiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
    private static final List<String> ASSETS = List.of("style.css", "search.js", "report.js", "favicon.svg", "share.js");
    /** Claims in the Atom feed, newest first. */
    static final int FEED_ENTRIES = 50;
    private static final String BUILTIN = "/factcheck/templates";

    private final Report report;
    private final Configuration freemarker;
    private final Path templates;
    private final LocalDate buildDate;
    private final Paging paging;
    private final Limits limits;
    private final TemplateDeadline deadline;
    private View.SiteView site;
    /** Takes each article page's text and figures for a later stage of the run (discovery); null: none. */
    private java.util.function.Consumer<ArticleFigures> read;

    /** Thrown when the site cannot be written; the previous output is untouched. */
    public static final class RenderException extends Exception {
        private static final long serialVersionUID = 1L;

        public RenderException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private SiteWriter(Report report, LocalDate buildDate, Paging paging) throws IOException {
        this.report = report;
        this.paging = paging;
        this.buildDate = buildDate;
        this.templates = report.root().resolve("templates");
        Configuration cfg = new TemplateDeadline.InterruptibleConfiguration(Configuration.VERSION_2_3_34);
        this.limits = report.limits();
        this.deadline = new TemplateDeadline(limits.templateSeconds());
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
     * Renders the report's site to {@code out}, printing {@code buildDate} as "site built on". The
     * output's rules (owner marker, foreign files kept, leftovers cleaned) are {@link OutputDir}'s.
     */
    public static void write(Report report, Path out, LocalDate buildDate) throws RenderException {
        write(report, out, buildDate, Paging.DEFAULT);
    }

    /** As {@link #write(Report, Path, LocalDate)}, cutting long lists into pages by {@code paging}. */
    public static Written write(Report report, Path out, LocalDate buildDate, Paging paging) throws RenderException {
        return write(report, out, buildDate, paging, CacheDir.none(), Map.of());
    }

    /**
     * How a build wrote the site: files written and files kept from the previous build (incremental
     * builds only), and what it could not make though the site is complete without it.
     */
    public record Written(int written, int kept, boolean incremental, List<String> warnings) {
    }

    /** Said once per build when the machine has no font: the pages are written, their share cards are not. */
    static final String NO_FONTS = "no font on this machine: the claims' share images (og:image) were not made; "
            + "install a font (Debian: fonts-dejavu-core) and build again";

    /**
     * As {@link #write(Report, Path, LocalDate, Paging)}, remembering in {@code cache} ({@link CacheDir#none()}: nothing)
     * what each file was made from, so that the next build into the same directory rewrites only
     * the files whose inputs changed. {@code inputs} are the SHA-256 of the files the report was
     * checked from (relative path to hex, as {@code Factcheck.checked} gives them): claims and
     * articles are keyed by them. The result is the same site, byte for byte, as a full build: the
     * cache only decides what may be skipped, and a cache that does not verify is ignored.
     */
    public static Written write(Report report, Path out, LocalDate buildDate, Paging paging, CacheDir cache,
                                Map<String, String> inputs) throws RenderException {
        return write(report, out, buildDate, paging, cache, inputs, null);
    }

    /**
     * As {@link #write(Report, Path, LocalDate, Paging, CacheDir, Map)}, handing each article whose page
     * is made, with its text and figures, to {@code read} (null: none; called from any thread), so that
     * a later stage of the same run need not read and extract it again.
     */
    public static Written write(Report report, Path out, LocalDate buildDate, Paging paging, CacheDir cache,
                                Map<String, String> inputs, java.util.function.Consumer<ArticleFigures> read) throws RenderException {
        Path target;
        try {
            target = OutputDir.check(report.root(), out);
        } catch (OutputDir.Refused e) {
            throw new RenderException(e.getMessage(), null);
        } catch (IOException e) {
            throw new RenderException("cannot write the site to " + out + ": " + message(e), e);
        }
        refuseInputsInside(report, target);
        if (cache.path() != null && (cache.path().startsWith(target) || target.startsWith(cache.path()))) {
            // A cache inside the site would be replaced with it (or the site written into the cache): use none.
            cache = CacheDir.none();
        }
        Path staging = null;
        OutputLock lock = null;
        try {
            Files.createDirectories(target.getParent());
            // One build at a time per output folder: the lock is held until the staging folder is gone.
            lock = OutputLock.take(target);
            recover(target, cache);
            OutputDir.restoreAside(target);
            OutputDir.cleanLeftovers(target);
            // The last manifest is read (and its signature checked) once: this version's is both what may be kept and
            // the proof of what the tool wrote; another version's is only the proof.
            Manifest last = Manifest.load(cache, target);
            Manifest previous = OutputDir.sealed(target) ? last : null;
            OutputDir.Proof proof = proof(last != null ? last : Manifest.written(cache, target));
            staging = OutputDir.staging(target);
            SiteWriter writer = new SiteWriter(report, buildDate, paging);
            writer.read = read;
            Rendered r = writer.render(staging, previous, target, cache, inputs);
            List<String> files = r.entries().stream().map(Manifest.Entry::path).toList();
            if (previous == null) {
                OutputDir.seal(staging, files);
                OutputDir.publishable(staging);
                OutputDir.replace(staging, target, proof);
                staging = null;
                saveManifest(cache, target, r.entries());
            } else {
                OutputDir.commit(staging, target, r.made(), r.entries(), proof);
                saveManifest(cache, target, r.entries());
                CommitSteps.done("manifest saved");
                // The commit is complete once the new manifest is saved: the journal goes, then the staging folder.
                Journal.delete(target);
                CommitSteps.done("journal removed");
            }
            return new Written(r.made().size(), files.size() - r.made().size(), previous != null,
                    Cards.available() ? List.of() : List.of(NO_FONTS));
        } catch (IOException | UncheckedIOException e) {
            throw new RenderException("cannot write the site to " + out + ": " + message(e), e);
        } catch (OutputDir.Refused e) {
            throw new RenderException(e.getMessage(), null);
        } catch (TemplateFailure e) {
            throw new RenderException(e.getMessage(), e.getCause());
        } finally {
            // A commit that failed after its journal was written is finished by the next build
            // from the journal and this staging folder, so the folder stays until then.
            if (staging != null && !Files.exists(Journal.file(target), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                OutputDir.deleteOwned(staging);
            }
            if (lock != null) {
                lock.close();
            }
        }
    }

    /** Records what the build wrote, for the next build; without a manifest the next build is a full one. */
    private static void saveManifest(CacheDir cache, Path target, List<Manifest.Entry> entries) {
        try {
            Manifest.save(cache, target, entries);
        } catch (IOException e) {
            // The site is written; without a manifest the next build is a full one.
        }
    }

    /**
     * Finishes the commit of a build that was killed while it moved files into {@code target}, when
     * it left a journal that verifies: the site is then whole (the killed build's), its marker
     * lists every file the build wrote, and, with a cache, the manifest vouches for them again. A
     * build with or without a cache does it, before the leftovers (the killed build's staging
     * folder among them) are removed.
     */
    private static void recover(Path target, CacheDir cache) throws IOException {
        Journal journal = Journal.read(target);
        if (journal == null) {
            return;
        }
        if (OutputDir.sealed(target)) {
            Manifest old = Manifest.load(cache, target);
            List<Manifest.Entry> proven = OutputDir.rollForward(journal, target,
                    (path, key) -> old != null && old.intact(path, key, target));
            saveManifest(cache, target, proven);
        }
        Journal.delete(target);
    }

    /**
     * What proves a file of the old site is the build's: {@code m}, the signed manifest of the last
     * build into the target by any code version on this machine, recorded it, and it still looks as
     * it was left. Without a manifest (no cache) nothing is proven, so a build without one deletes no
     * file the new site does not write.
     */
    private static OutputDir.Proof proof(Manifest m) {
        return m == null ? OutputDir.Proof.NONE : (dir, rel) -> m.wrote(rel, dir.resolve(rel));
    }

    /**
     * Refuses to build when a capture, page or template is (or links to) a file inside the output
     * folder {@code target}: the check refuses the default site/ folder itself, but only the build
     * knows its {@code --out}. A site must never be made from what an earlier build (or a file
     * committed into the output folder) left there.
     */
    private static void refuseInputsInside(Report report, Path target) throws RenderException {
        Path root = report.root();
        List<String> inputs = new ArrayList<>();
        report.articles().forEach(a -> {
            if (a.file() != null) {
                inputs.add(a.file());
            }
        });
        for (String dir : List.of("content/pages", "templates")) {
            Path d = root.resolve(dir);
            if (!Files.isDirectory(d)) {
                continue;
            }
            try (var walk = Files.walk(d)) {
                walk.filter(p -> !Files.isDirectory(p)).forEach(p -> inputs.add(root.relativize(p).toString().replace('\\', '/')));
            } catch (IOException | UncheckedIOException e) {
                // The loader and the template loader report unreadable folders.
            }
        }
        for (String input : inputs) {
            Path p = root.resolve(input);
            try {
                Path real = Files.exists(p) ? p.toRealPath() : p.toAbsolutePath().normalize();
                if (real.startsWith(target) || p.toAbsolutePath().normalize().startsWith(target)) {
                    throw new RenderException(input + " is inside or links into the output folder " + target
                            + "; " + org.factcheck.files.TextFiles.RESERVED_RULE + " (nor from the --out folder)", null);
                }
            } catch (IOException e) {
                // A file that cannot be resolved is reported where it is read.
            }
        }
    }

    /**
     * A claim's ClaimReview JSON-LD, or null when it is not rated; made when its page is rendered.
     * {@code check} already reports a claim that cannot produce a valid one as a content error, so
     * a build stops before this; the writer still refuses to print an invalid one.
     */
    private String claimReview(ClaimResult r) {
        try {
            Map<String, Object> ld = ClaimReviewLd.of(r, report.settings());
            return ld == null ? null : ClaimReviewLd.inline(ld);
        } catch (ClaimReviewLd.InvalidClaimReview e) {
            throw new TemplateFailure(e.getMessage(), e);
        }
    }

    /** A template failed; carries a message naming the template and line. */
    static final class TemplateFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TemplateFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Plans the site and renders into {@code staging} every output that {@code previous} (the
     * manifest of the site now at the target) cannot vouch for; with no previous manifest, every
     * output. Returns the new manifest's entries in plan order (stats filled in later).
     */
    private Rendered render(Path staging, Manifest previous, Path target, CacheDir cache, Map<String, String> inputs)
            throws IOException {
        Views views = new Views(report);
        List<View.TextPage> textPages = textPages();
        List<View.Link> nav = textPages.stream().map(p -> new View.Link(p.title(), SitePaths.textPage(p.name()))).toList();
        this.site = new View.SiteView(report.settings().title(), report.settings().baseUrl(), report.settings().language(),
                report.settings().desk(), buildDate.toString(), views.ratings(), nav, true);
        TemplateKeys templateKeys = new TemplateKeys(report.root(), templates, limits);
        String global = org.factcheck.cache.Hash128.of(org.factcheck.cache.CodeVersion.current(), site.toString(),
                paging.toString(), limits.toString(), report.settings().toString(), templateKeys.shared());
        Map<String, String> claimKeys = new java.util.concurrent.ConcurrentHashMap<>();
        Map<String, String> articleKeys = new java.util.concurrent.ConcurrentHashMap<>();
        report.claims().parallelStream().forEach(r -> claimKeys.put(r.claim().id(), claimKey(r, inputs)));
        report.articles().parallelStream().forEach(a -> articleKeys.put(a.id(), org.factcheck.cache.Hash128.of(a.toString())));
        SitePlan plan = SitePlan.of(report, views, paging, global, new SitePlan.Inputs() {
            @Override
            public String template(String name) {
                return templateKeys.of(name);
            }

            @Override
            public String capture(Article a) {
                return inputKey(inputs, a.file());
            }
        }, this::claimReview, textPages, buildDate.toString(), claimKeys, articleKeys);

        List<SitePlan.Output> outputs = new ArrayList<>(plan.outputs());
        for (String name : ASSETS) {
            byte[] bytes = asset(name);
            outputs.add(SitePlan.Blob.of("assets/" + name, org.factcheck.cache.Hashes.of(bytes), bytes));
        }
        List<String> sitemap = new ArrayList<>();
        for (SitePlan.Output o : outputs) {
            if (o instanceof SitePlan.Page p ? p.sitemap() : o instanceof SitePlan.ArticlePage) {
                sitemap.add(o.path());
            }
        }
        if (report.settings().baseUrl() != null) {
            String base = report.settings().baseUrl();
            List<String> urls = sitemap.stream().map(p -> base + (p.equals(SitePaths.HOME) ? "" : p)).sorted().toList();
            View.Sitemap model = new View.Sitemap(urls);
            outputs.add(new SitePlan.Page(SitePaths.SITEMAP, plan.key("sitemap.ftlx", SitePaths.SITEMAP, () -> new String[] {model.toString()}), false,
                    "sitemap.ftlx", () -> model, Map.of()));
            byte[] robots = ("User-agent: *\nAllow: /\nSitemap: " + base + SitePaths.SITEMAP + "\n").getBytes(StandardCharsets.UTF_8);
            outputs.add(SitePlan.Blob.of(SitePaths.ROBOTS, org.factcheck.cache.Hashes.of(robots), robots));
        }

        // Every output whose key the previous site vouches for is kept as it is; the rest are made,
        // on both cores, into the staging directory.
        int documents = report.claims().size() + report.articles().size();
        // The search index remembers each document's terms by its key: only documents the cache does
        // not know are tokenised (and only their articles read).
        SearchMemo memo = SearchMemo.load(cache);
        SearchIndex search = new SearchIndex(documents, memo);
        boolean[] indexed = new boolean[documents];
        List<SitePlan.Output> todo = outputs.stream().filter(o -> previous == null || !previous.intact(o.path(), o.key(), target))
                .toList();
        createDirectories(staging, todo);
        parallel(todo.size(), i -> {
            SitePlan.Output o = todo.get(i);
            if (o instanceof SitePlan.Page p) {
                write(staging, p.path(), page(p.path(), p.template(), p.model().get(), p.more()));
            } else if (o instanceof SitePlan.ArticlePage a) {
                ArticleText text = articleText(a.article());
                write(staging, a.path(), page(a.path(), "article.ftlh", articlePage(a.article(), text, a.marks(), a.cited()), Map.of()));
                indexArticle(search, a, () -> text);
                indexed[a.doc()] = true;
            } else if (o instanceof SitePlan.Blob b) {
                try {
                    b.maker().write(staging.resolve(b.path()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        // The search index holds every document, also those whose page was not rendered.
        List<ClaimResult> claims = report.claims().stream().sorted(Comparator.comparing(r -> r.claim().id())).toList();
        List<SitePlan.ArticlePage> articles = outputs.stream().filter(o -> o instanceof SitePlan.ArticlePage)
                .map(o -> (SitePlan.ArticlePage) o).toList();
        parallel(claims.size() + articles.size(), i -> {
            if (i < claims.size()) {
                ClaimResult r = claims.get(i);
                SearchIndex.Doc doc = new SearchIndex.Doc("claim", r.claim().title(), SitePaths.claim(r.claim().id()),
                        r.status().label() + " · " + r.claim().topic(), r.status().id());
                java.util.function.Supplier<String> body = () -> String.join(" ", r.claim().claim(), r.claim().topic(),
                        String.join(" ", r.outlets()), r.claim().note() == null ? "" : r.claim().note());
                search.set(i, doc, "c:" + claimKeys.get(r.claim().id()), () -> r.claim().title(), body);
            } else {
                SitePlan.ArticlePage a = articles.get(i - claims.size());
                if (!indexed[a.doc()]) {
                    indexArticle(search, a, () -> articleText(a.article()));
                }
            }
        });
        List<String> made = new ArrayList<>(todo.stream().map(SitePlan.Output::path).toList());
        List<Manifest.Entry> entries = new ArrayList<>();
        for (SitePlan.Output o : outputs) {
            entries.add(new Manifest.Entry(o.path(), o.key()));
        }
        // Each index file has a key; one the previous build wrote with the same key is kept unmade.
        for (SearchIndex.Output o : search.outputs()) {
            entries.add(new Manifest.Entry(o.path(), o.key()));
            if (previous == null || !previous.intact(o.path(), o.key(), target)) {
                Path file = staging.resolve(o.path());
                Files.createDirectories(file.getParent());
                Files.write(file, o.bytes().get());
                made.add(o.path());
            }
        }
        try {
            memo.save(cache);
        } catch (IOException e) {
            // The site does not depend on it; the next build tokenises more.
        }
        return new Rendered(entries, made);
    }

    /**
     * The key of a claim's result. A result is made from the claim's file, each cited article's
     * file and capture, the site settings, the limits and the code (the last three are in every
     * key already), so the hashes of those files say nearly all of it; what other files decide (the
     * printed spelling of each cited outlet) is keyed as printed.
     */
    private static String claimKey(ClaimResult r, Map<String, String> inputs) {
        List<String> parts = new ArrayList<>();
        parts.add(inputKey(inputs, r.claim().at().file()));
        for (SourceResult s : r.sources()) {
            Article a = s.article();
            parts.add(s.source().article());
            if (a != null) {
                parts.add(a.at().file());
                parts.add(inputKey(inputs, a.at().file()));
                parts.add(inputKey(inputs, a.file()));
                // The outlet is printed as one spelling chosen across all articles (site.yaml's, or the
                // first article's), so another article's file can change it: the printed name is keyed too.
                parts.add(a.outlet());
            }
        }
        return org.factcheck.cache.Hash128.of(parts.toArray(String[]::new));
    }

    /**
     * The hash the check took of an input file; for a file it did not hash (it could not be read,
     * or the report came without hashes) a key no build repeats, so what depends on it is made again.
     */
    private static String inputKey(Map<String, String> inputs, String file) {
        String hash = inputs.get(file);
        return hash != null ? hash : "unhashed-" + java.util.UUID.randomUUID();
    }

    /** The outputs of a render: every file of the new site with its key, and the ones written into staging. */
    private record Rendered(List<Manifest.Entry> entries, List<String> made) {
    }

    /** Sets an article's search document; its text is read only when its terms are not remembered. */
    private static void indexArticle(SearchIndex search, SitePlan.ArticlePage a, java.util.function.Supplier<ArticleText> text) {
        Article art = a.article();
        SearchIndex.Doc doc = new SearchIndex.Doc("article", art.title(), a.path(), art.outlet() + " · " + Views.iso(art.published()), "");
        search.set(a.doc(), doc, "a:" + a.key(), art::title, () -> art.outlet() + " " + text.get().text());
    }

    private static void createDirectories(Path dir, List<SitePlan.Output> outputs) throws IOException {
        java.util.Set<Path> made = new java.util.HashSet<>();
        for (SitePlan.Output o : outputs) {
            Path parent = dir.resolve(o.path()).getParent();
            if (made.add(parent)) {
                Files.createDirectories(parent);
            }
        }
    }

    private static void write(Path dir, String path, byte[] bytes) {
        try {
            Files.write(dir.resolve(path), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
            pages.add(new View.TextPage(p.name(), title, Views.markdown(md, p.file())));
        }
        pages.sort(Comparator.comparingInt((View.TextPage p) -> order.contains(p.name()) ? order.indexOf(p.name()) : order.size())
                .thenComparing(View.TextPage::name));
        return pages;
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
        ArticleFigures extracted = ArticleFigures.of(a, text);
        if (read != null) {
            read.accept(extracted);
        }
        for (Figure f : extracted.figures()) {
            figures.add(new ArticleLayout.Unchecked(text.start() + f.start(), text.start() + f.end(), f.normalised()));
        }
        List<View.Block> blocks = ArticleLayout.layout(text.capture(), text.start(), text.end(), a.title(), marks, figures);
        int unchecked = (int) blocks.stream().flatMap(b -> b.segments().stream()).filter(s -> s.unchecked() != null).count();
        return new View.ArticlePage(Views.article(a, claims.size()), a.url(),
                a.archive() == null ? null : a.archive().url(), a.archive() == null ? null : a.archive().date().toString(),
                a.file(), a.note(), blocks, claims, unchecked, a.caveat(), republication(a));
    }

    /** The copies among the cited articles, by the copy's id; made once. */
    private volatile Map<String, View.Republication> republications;

    private View.Republication republication(Article a) {
        Map<String, View.Republication> known = republications;
        if (known == null) {
            Map<String, View.Republication> made = new java.util.HashMap<>();
            report.copies().forEach(c -> made.put(c.copy().id(), Views.republication(c)));
            republications = known = made;
        }
        return known.get(a.id());
    }

    /**
     * Renders one page; {@code more} (the template's {@code more}) names, per list cut short on
     * this page, where the whole list is.
     */
    private byte[] page(String path, String template, Object model, Map<String, ?> more) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("page", model);
        data.put("more", more);
        data.put("rel", path.equals(SitePaths.NOT_FOUND) ? notFoundRoot() : SitePaths.rel(path));
        data.put("path", path);
        data.put("site", site);
        // Rendered into memory, then encoded in one call: String.getBytes is much faster than a
        // Writer's incremental encoder, and a page is at most a few hundred kB.
        java.io.StringWriter w = new java.io.StringWriter(16 * 1024);
        try {
            Template t = freemarker.getTemplate(template);
            try {
                deadline.run(() -> {
                    try {
                        t.process(data, w);
                    } catch (TemplateException | IOException e) {
                        throw new Checked(e);
                    }
                });
            } catch (Checked e) {
                if (e.getCause() instanceof TemplateException te) {
                    throw te;
                }
                throw (IOException) e.getCause();
            } catch (TemplateDeadline.Expired e) {
                throw new TemplateFailure("template " + t.getSourceName() + " took more than " + limits.templateSeconds()
                        + " s to render " + path + " (a loop or macro that does not end?; "
                        + Limits.raise("template-seconds", limits.templateSeconds()) + ")", null);
            } catch (StackOverflowError e) {
                throw new TemplateFailure("template " + t.getSourceName() + " calls itself too deeply while rendering " + path
                        + " (a macro or function that recurses without end?)", null);
            }
            return w.toString().getBytes(StandardCharsets.UTF_8);
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

    /** Carries a template's checked exception out of the deadline's runnable. */
    private static final class Checked extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Checked(Exception cause) {
            super(cause);
        }
    }

    /** An asset's bytes: the root's own {@code templates/assets/NAME}, else the built-in one. */
    private byte[] asset(String name) throws IOException {
        Path own = templates.resolve("assets").resolve(name);
        if (Files.exists(own, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try {
                return TextFiles.bytesInside(report.root(), own, limits.contentFileBytes(), "content-file-bytes");
            } catch (IOException e) {
                throw new IOException("templates/assets/" + name + " " + e.getMessage(), e);
            }
        }
        try (InputStream in = SiteWriter.class.getResourceAsStream(BUILTIN + "/assets/" + name)) {
            if (in == null) {
                throw new IOException("built-in asset " + name + " is missing from the jar");
            }
            return in.readAllBytes();
        }
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
