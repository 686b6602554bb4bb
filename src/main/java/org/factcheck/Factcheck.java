package org.factcheck;

import org.factcheck.check.Checker;
import org.factcheck.check.Report;
import org.factcheck.load.Loader;
import org.factcheck.check.ClaimReviewRule;
import org.factcheck.render.SiteWriter;

import org.factcheck.cache.CacheDir;
import org.factcheck.check.CheckMemo;
import org.factcheck.files.Limits;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The library's entry point: load a root, cross-check it, and write its site. The CLI is a thin
 * shell over these calls, and tests call them directly.
 */
public final class Factcheck {

    private Factcheck() {
    }

    /**
     * Loads and cross-checks the content under {@code root}; never throws for bad content. A rated
     * claim that cannot produce valid ClaimReview is a content error here already, so that the
     * check run on a pull request catches what would fail the build on main.
     */
    public static Report check(Path root) {
        return check(root, CacheDir.none());
    }

    private static Report withClaimReview(Report report) {
        return report.hasBlockingErrors() ? report : report.withDiagnostics(ClaimReviewRule.problems(report));
    }

    /** The report with a build's base URL override applied before ClaimReview is checked against it. */
    private static Report publishedAt(Report report, String baseUrl) {
        return baseUrl == null ? report : new Report(report.root(), report.settings().withBaseUrl(baseUrl), report.articles(),
                report.claims(), report.summary(), report.diagnostics(), report.copies(), report.limits());
    }

    /**
     * A checked root and the content hash of every input file the check read or vouched for.
     *
     * @param report what {@link #check(Path)} returns for the root
     * @param inputs hex SHA-256 of each input file's bytes by path relative to the root, forward slashes:
     *               {@code content/site.yaml}, {@code content/articles/*}, {@code content/claims/*},
     *               {@code content/pages/*.md} and every capture an article names ({@code seeds/…});
     *               a file that cannot be read is absent; empty when checked without a memo
     */
    public record Checked(Report report, Map<String, String> inputs) {

        public Checked {
            inputs = Map.copyOf(inputs);
        }
    }

    /**
     * As {@link #check(Path)}, reusing what an earlier run saved in {@code cache} for files that have
     * not changed, and saving what this run found for the next ({@link CacheDir#none()}: nothing is kept). The
     * report is equal to {@code check(root)}'s whatever the cache holds: a cache file that does not
     * verify is ignored, and a failure to write the cache is noted in {@link CacheDir#problem()}.
     */
    public static Report check(Path root, CacheDir cache) {
        return checked(root, cache).report();
    }

    /** As {@link #check(Path, CacheDir)}, with the input files' hashes. */
    public static Checked checked(Path root, CacheDir cache) {
        return checked(root, cache, null);
    }

    /** As {@link #checked(Path, CacheDir)}, published at {@code baseUrl} (normalised) instead of site.yaml's base_url; null keeps it. */
    public static Checked checked(Path root, CacheDir cache, String baseUrl) {
        CheckMemo held = cache.held(CheckMemo.class, CheckMemo::empty);
        if (held != null) {
            // A cache in memory (serve) keeps the memo itself: nothing to encode or decode between runs.
            return checked(root, held, baseUrl);
        }
        CheckMemo memo = CheckMemo.load(cache);
        Checked checked = checked(root, memo, baseUrl);
        memo.save(cache);
        return checked;
    }

    /**
     * As {@link #check(Path)}, reusing what {@code memo} remembers (a process that checks the same
     * root again and again, such as {@code serve}, keeps one memo in memory) and updating it.
     */
    public static Checked checked(Path root, CheckMemo memo) {
        return checked(root, memo, null);
    }

    private static Checked checked(Path root, CheckMemo memo, String baseUrl) {
        Limits limits;
        try {
            limits = Limits.current();
        } catch (IllegalArgumentException e) {
            return new Checked(withClaimReview(Checker.check(Loader.badLimits(root, e))), Map.of());
        }
        CheckMemo.Run run = memo.start(root, limits);
        Report report = withClaimReview(publishedAt(Checker.check(Loader.load(root, limits, run), run), baseUrl));
        run.contentHash("content/site.yaml");
        Path pages = root.resolve("content/pages");
        if (Files.isDirectory(pages)) {
            try (Stream<Path> list = Files.list(pages)) {
                list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md"))
                        .forEach(n -> run.contentHash("content/pages/" + n));
            } catch (IOException | java.io.UncheckedIOException e) {
                // The loader reported the folder; its pages are simply not among the inputs.
            }
        }
        run.finish();
        return new Checked(report, run.inputs());
    }

    /**
     * What {@code suggest} proposes: the archive's discrepancies, agreements not yet covered by a claim,
     * new sources for existing claims and moving figures, ranked for an editor's time.
     */
    public static org.factcheck.discovery.Discovery.Result discover(Report report) {
        return org.factcheck.discovery.Discovery.run(report);
    }

    /** As {@link #discover(Report)}, taking from {@code readings} the articles a build of the same report has read. */
    public static org.factcheck.discovery.Discovery.Result discover(Report report, org.factcheck.discovery.Readings readings) {
        return org.factcheck.discovery.Discovery.run(report, readings);
    }

    /**
     * The file a new claim with id {@code id} is written to: {@code content/claims/ID.yaml}, whose
     * real path is inside the root's claims folder. The id rules are the loader's, so no command
     * can write a file the loader would refuse (or one outside content/claims/).
     *
     * @throws IllegalArgumentException with a message for the editor when the id is not allowed
     */
    public static Path claimFile(Path root, String id) throws java.io.IOException {
        String problem = Loader.idProblem(id);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        Path dir = root.toAbsolutePath().normalize().resolve("content/claims");
        java.nio.file.Files.createDirectories(dir);
        Path realDir = dir.toRealPath();
        if (!realDir.startsWith(root.toRealPath())) {
            throw new IllegalArgumentException("content/claims is a link outside the root; refusing to write there");
        }
        Path file = realDir.resolve(id + ".yaml");
        if (!file.getParent().equals(realDir)) {
            throw new IllegalArgumentException("id '" + id + "' does not name a file in content/claims/");
        }
        return file;
    }

    /**
     * Checks {@code root} and, when it has no content errors, writes its site to {@code out}.
     * Returns the report either way; on content errors nothing is written and the previous
     * site stays as it was.
     */
    public static Report build(Path root, Path out) throws SiteWriter.RenderException {
        return build(root, out, null);
    }

    /**
     * As {@link #build(Path, Path)}, printing {@code buildDate} as the pages' "site built on" date;
     * null takes it from {@code -Dfactcheck.build.date}, {@code SOURCE_DATE_EPOCH} or today.
     */
    public static Report build(Path root, Path out, LocalDate buildDate) throws SiteWriter.RenderException {
        return build(root, out, buildDate, CacheDir.none()).report();
    }

    /** A build's outcome: the checked report and, when the site was written, how (null on content errors). */
    public record Built(Report report, SiteWriter.Written written) {
    }

    /**
     * As {@link #build(Path, Path, LocalDate)}, with the build cache {@code cache} ({@link CacheDir#none()}: none):
     * files whose inputs did not change since the last build into {@code out} are kept, the
     * rest rewritten; the site is the same, byte for byte, as a build without the cache.
     */
    public static Built build(Path root, Path out, LocalDate buildDate, org.factcheck.cache.CacheDir cache)
            throws SiteWriter.RenderException {
        return build(root, out, buildDate, cache, null);
    }

    /**
     * As {@link #build(Path, Path, LocalDate, org.factcheck.cache.CacheDir)}, the site published at
     * {@code baseUrl} (normalised, see {@link org.factcheck.load.BaseUrl}) instead of site.yaml's base_url; null keeps it.
     */
    public static Built build(Path root, Path out, LocalDate buildDate, org.factcheck.cache.CacheDir cache, String baseUrl)
            throws SiteWriter.RenderException {
        return build(root, out, buildDate, cache, baseUrl, null);
    }

    /**
     * As {@link #build(Path, Path, LocalDate, org.factcheck.cache.CacheDir, String)}, handing each
     * article whose page is made, with its text and figures, to {@code read} (null: none), e.g. a
     * {@link org.factcheck.discovery.Readings} for {@link #discover(Report, org.factcheck.discovery.Readings)}.
     */
    public static Built build(Path root, Path out, LocalDate buildDate, org.factcheck.cache.CacheDir cache, String baseUrl,
                              java.util.function.Consumer<org.factcheck.check.ArticleFigures> read)
            throws SiteWriter.RenderException {
        Checked checked = checked(root, cache, baseUrl);
        Report report = checked.report();
        if (report.hasBlockingErrors()) {
            return new Built(report, null);
        }
        LocalDate date;
        try {
            date = buildDate != null ? buildDate : org.factcheck.render.BuildDate.resolve();
        } catch (IllegalArgumentException e) {
            throw new SiteWriter.RenderException(e.getMessage(), e);
        }
        return new Built(report, SiteWriter.write(report, out, date, org.factcheck.render.Paging.DEFAULT, cache, checked.inputs(),
                read));
    }
}
