package org.factcheck.format;

import org.factcheck.check.Report;
import org.factcheck.diagnostic.Diagnostic;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * How {@code check} prints its diagnostics: for people ({@link #TEXT}), for GitHub's pull-request
 * annotations ({@link #GITHUB}), for code-scanning views ({@link #SARIF}) and for scripts ({@link #JSON}).
 */
public enum Format {
    /** {@code path:line:column: severity: message}, then the offending line and a caret under the spot. */
    TEXT,
    /** GitHub Actions workflow commands ({@code ::error file=…,line=…,col=…::message}). */
    GITHUB,
    /** SARIF 2.1.0, one run. */
    SARIF,
    /** The documented JSON shape, see {@link JsonFormat}. */
    JSON;

    /** The option value, e.g. {@code sarif}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Writes the report's diagnostics.
     *
     * @param diagnostics the diagnostics to print (all of the report's, or only blocking ones)
     * @param cwd the directory paths in machine formats are relative to (the repository root in CI)
     */
    public void write(Report report, List<Diagnostic> diagnostics, Path cwd, PrintWriter out) {
        switch (this) {
            case TEXT -> TextFormat.write(report.root(), diagnostics, out);
            case GITHUB -> GithubFormat.write(report.root(), diagnostics, cwd, out);
            case SARIF -> SarifFormat.write(report.root(), diagnostics, cwd, out);
            case JSON -> JsonFormat.write(report, diagnostics, out);
        }
        out.flush();
    }

    /** The path of a root-relative file as seen from {@code cwd}, with forward slashes. */
    static String fromCwd(Path root, String file, Path cwd) {
        Path abs = root.toAbsolutePath().normalize().resolve(file).normalize();
        Path base = cwd.toAbsolutePath().normalize();
        Path shown = abs.startsWith(base) ? base.relativize(abs) : abs;
        return shown.toString().replace('\\', '/');
    }
}
