package org.factcheck;

import org.factcheck.check.Checker;
import org.factcheck.check.Report;
import org.factcheck.load.Loader;
import org.factcheck.render.ClaimReviewLd;
import org.factcheck.render.SiteWriter;

import java.nio.file.Path;
import java.time.LocalDate;

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
        Report report = Checker.check(Loader.load(root));
        return report.hasBlockingErrors() ? report : report.withDiagnostics(ClaimReviewLd.problems(report));
    }

    /** The uncovered figures of a checked report, grouped, likeliest first (what {@code suggest} shows). */
    public static java.util.List<Suggestions.Group> suggestions(Report report) {
        return Suggestions.groups(report);
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
     * As {@link #build(Path, Path)}, printing {@code buildDate} as the pages' "last checked" date;
     * null takes it from {@code -Dfactcheck.build.date}, {@code SOURCE_DATE_EPOCH} or today.
     */
    public static Report build(Path root, Path out, LocalDate buildDate) throws SiteWriter.RenderException {
        Report report = check(root);
        if (!report.hasBlockingErrors()) {
            if (buildDate == null) {
                SiteWriter.write(report, out);
            } else {
                SiteWriter.write(report, out, buildDate);
            }
        }
        return report;
    }

    /** A build's outcome: the checked report and, when the site was written, how (null on content errors). */
    public record Built(Report report, SiteWriter.Written written) {
    }

    /**
     * As {@link #build(Path, Path, LocalDate)}, with the build cache {@code cache} (null: none):
     * files whose inputs did not change since the last build into {@code out} are kept, the
     * rest rewritten; the site is the same, byte for byte, as a build without the cache.
     */
    public static Built build(Path root, Path out, LocalDate buildDate, org.factcheck.cache.CacheDir cache)
            throws SiteWriter.RenderException {
        Report report = check(root);
        if (report.hasBlockingErrors()) {
            return new Built(report, null);
        }
        LocalDate date;
        try {
            date = buildDate != null ? buildDate : org.factcheck.render.BuildDate.resolve();
        } catch (IllegalArgumentException e) {
            throw new SiteWriter.RenderException(e.getMessage(), e);
        }
        return new Built(report, SiteWriter.write(report, out, date, org.factcheck.render.Paging.DEFAULT, cache));
    }
}
