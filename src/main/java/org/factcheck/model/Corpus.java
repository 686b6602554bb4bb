package org.factcheck.model;

import org.factcheck.diagnostic.Diagnostic;
import org.factcheck.files.Limits;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything loaded from a root: articles and claims sorted by id, with the problems found on the way,
 * and the limits they were loaded under. Articles are metadata only; their text is read by later
 * stages when needed, under the same limits.
 */
public record Corpus(Path root, SiteSettings settings, List<Article> articles, Map<String, Article> articlesById, List<Claim> claims,
                     List<Diagnostic> diagnostics, Limits limits) {

    public Corpus {
        articles = List.copyOf(articles);
        articlesById = Map.copyOf(articlesById);
        claims = List.copyOf(claims);
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasBlockingErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::blocksBuild);
    }
}
