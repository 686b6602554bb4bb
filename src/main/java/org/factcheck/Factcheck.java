package org.factcheck;

import org.factcheck.check.Checker;
import org.factcheck.check.Report;
import org.factcheck.load.Loader;
import org.factcheck.render.SiteWriter;

import java.nio.file.Path;

/**
 * The library's entry point: load a root, cross-check it, and write its site. The CLI is a thin
 * shell over these calls, and tests call them directly.
 */
public final class Factcheck {

    private Factcheck() {
    }

    /** Loads and cross-checks the content under {@code root}; never throws for bad content. */
    public static Report check(Path root) {
        return Checker.check(Loader.load(root));
    }

    /**
     * Checks {@code root} and, when it has no content errors, writes its site to {@code out}.
     * Returns the report either way; on content errors nothing is written and the previous
     * site stays as it was.
     */
    public static Report build(Path root, Path out) throws SiteWriter.RenderException {
        Report report = check(root);
        if (!report.hasBlockingErrors()) {
            SiteWriter.write(report, out);
        }
        return report;
    }
}
