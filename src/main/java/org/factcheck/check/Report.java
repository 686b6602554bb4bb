package org.factcheck.check;

import org.factcheck.model.Article;
import org.factcheck.diagnostic.Diagnostic;
import org.factcheck.files.Limits;
import org.factcheck.model.SiteSettings;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The outcome of loading and cross-checking a root: every article, every claim with its status,
 * counts per status, all diagnostics in file order, the republished copies among the cited articles,
 * and the limits the root was read under (later stages read captures under the same).
 */
public record Report(Path root, SiteSettings settings, List<Article> articles, List<ClaimResult> claims, Map<Status, Integer> summary,
                     List<Diagnostic> diagnostics, List<org.factcheck.discovery.Copies.Copy> copies, Limits limits) {

    public Report {
        copies = List.copyOf(copies);
        articles = List.copyOf(articles);
        claims = List.copyOf(claims);
        summary = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(summary));
        diagnostics = List.copyOf(diagnostics);
    }

    /** A report without republished copies, under the default limits (tools and tests that build reports by hand). */
    public Report(Path root, SiteSettings settings, List<Article> articles, List<ClaimResult> claims, Map<Status, Integer> summary,
                  List<Diagnostic> diagnostics) {
        this(root, settings, articles, claims, summary, diagnostics, List.of(), Limits.DEFAULTS);
    }

    /** This report with {@code more} diagnostics, kept in file order. */
    public Report withDiagnostics(List<Diagnostic> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Diagnostic> all = new java.util.ArrayList<>(diagnostics);
        all.addAll(more);
        all.sort(org.factcheck.load.Loader.DIAGNOSTIC_ORDER);
        return new Report(root, settings, articles, claims, summary, all, copies, limits);
    }

    /** True when content errors make the content unfit to render. */
    public boolean hasBlockingErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::blocksBuild);
    }

    /** True when {@code check} must fail: any error, blocking or not. */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
    }
}
