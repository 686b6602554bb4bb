package org.factcheck.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import org.factcheck.anchor.ArticleText;
import org.factcheck.check.ClaimResult;
import org.factcheck.check.Report;
import org.factcheck.check.SourceResult;
import org.factcheck.load.Article;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
    private static final List<String> ASSETS = List.of("style.css");
    private static final String BUILTIN = "/factcheck/templates";

    private final Report report;
    private final Configuration freemarker;
    private final Path templates;

    /** Thrown when the site cannot be written; the previous output is untouched. */
    public static final class RenderException extends Exception {
        private static final long serialVersionUID = 1L;

        public RenderException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private SiteWriter(Report report) throws IOException {
        this.report = report;
        this.templates = report.root().resolve("templates");
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
        if (Files.isDirectory(templates)) {
            loaders.add(new FileTemplateLoader(templates.toFile()));
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
        // Views are records: let templates write page.title rather than page.title().
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        wrapper.setRecordZeroArgumentNonVoidMethodPolicy(ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        cfg.setObjectWrapper(wrapper.build());
        this.freemarker = cfg;
    }

    /** Renders the report's site to {@code out}, replacing what was there only on success. */
    public static void write(Report report, Path out) throws RenderException {
        Path target = out.toAbsolutePath().normalize();
        guard(report.root().toAbsolutePath().normalize(), target);
        Path staging = null;
        try {
            Files.createDirectories(target.getParent());
            staging = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".new-");
            new SiteWriter(report).render(staging);
            swap(staging, target);
            staging = null;
        } catch (IOException | UncheckedIOException e) {
            throw new RenderException("cannot write the site to " + out + ": " + message(e), e);
        } catch (TemplateFailure e) {
            throw new RenderException(e.getMessage(), e.getCause());
        } finally {
            if (staging != null) {
                deleteQuietly(staging);
            }
        }
    }

    /** Refuses outputs whose replacement would destroy content. */
    private static void guard(Path root, Path target) throws RenderException {
        if (root.startsWith(target)) {
            throw new RenderException("refusing to write the site to " + target + ": it holds the content root", null);
        }
        for (String kept : List.of("content", "seeds", "templates", "src", ".git")) {
            if (target.startsWith(root.resolve(kept))) {
                throw new RenderException("refusing to write the site inside " + kept + "/", null);
            }
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new RenderException("cannot write the site to " + target + ": it is a file", null);
        }
        if (Files.isDirectory(target) && !Files.exists(target.resolve("report.json"))) {
            try (Stream<Path> entries = Files.list(target)) {
                if (entries.findAny().isPresent()) {
                    throw new RenderException("refusing to replace " + target
                            + ": it is not empty and holds no report.json, so it is not a site this tool wrote", null);
                }
            } catch (IOException e) {
                throw new RenderException("cannot read " + target + ": " + e.getMessage(), e);
            }
        }
    }

    private static void swap(Path staging, Path target) throws IOException {
        if (Files.exists(target)) {
            Path old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
            Files.delete(old);
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            deleteQuietly(old);
        } else {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** A template failed; carries a message naming the template and line. */
    private static final class TemplateFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TemplateFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private void render(Path dir) throws IOException {
        Map<String, List<ArticleLayout.Mark>> marks = new HashMap<>();
        Map<String, List<View.ClaimSummary>> claimsByArticle = new HashMap<>();
        for (ClaimResult r : report.claims()) {
            View.ClaimSummary summary = Views.summary(r);
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

        Files.createDirectories(dir.resolve("claims"));
        Files.createDirectories(dir.resolve("articles"));
        Files.createDirectories(dir.resolve("topics"));
        Files.createDirectories(dir.resolve("assets"));
        copyAssets(dir.resolve("assets"));

        View.Overview overview = Views.overview(report, citations);
        page(dir.resolve("index.html"), "index.ftlh", "", overview);
        page(dir.resolve("report.html"), "report.ftlh", "", overview);
        for (View.TopicPage topic : overview.topics()) {
            page(dir.resolve("topics/" + topic.slug() + ".html"), "topic.ftlh", "../", topic);
        }
        report.claims().parallelStream().forEach(r ->
                page(dir.resolve("claims/" + r.claim().id() + ".html"), "claim.ftlh", "../", Views.claimPage(r)));
        report.articles().parallelStream().forEach(a -> {
            List<ArticleLayout.Mark> own = new ArrayList<>(marks.getOrDefault(a.id(), List.of()));
            own.sort(Comparator.comparingInt(ArticleLayout.Mark::start).thenComparing(ArticleLayout.Mark::claimId));
            List<View.ClaimSummary> claims = new ArrayList<>(claimsByArticle.getOrDefault(a.id(), List.of()));
            claims.sort(Comparator.comparing(View.ClaimSummary::title));
            page(dir.resolve("articles/" + a.id() + ".html"), "article.ftlh", "../", articlePage(a, own, claims));
        });
        writeJson(dir.resolve("report.json"));
    }

    private View.ArticlePage articlePage(Article a, List<ArticleLayout.Mark> marks, List<View.ClaimSummary> claims) {
        ArticleText text;
        try {
            text = ArticleText.read(report.root(), a);
        } catch (ArticleText.TextException e) {
            throw new TemplateFailure(e.diagnostic().format(), e);
        }
        List<View.Block> blocks = ArticleLayout.layout(text.capture(), text.start(), text.end(), a.title(), marks);
        return new View.ArticlePage(Views.article(a, claims.size()), a.url(), a.file(), a.note(), blocks, claims);
    }

    private void page(Path file, String template, String rel, Object model) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("page", model);
        data.put("rel", rel);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            freemarker.getTemplate(template).process(data, w);
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
            if (Files.isRegularFile(own)) {
                Files.copy(own, dir.resolve(name));
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

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // Leftover temporary files do not harm the site; the next build ignores them.
                }
            });
        } catch (IOException ignored) {
            // As above.
        }
    }
}
