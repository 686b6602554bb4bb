package org.factcheck.cli;

import org.factcheck.Factcheck;
import org.factcheck.Suggestions.Found;
import org.factcheck.Suggestions.Group;
import org.factcheck.check.Report;
import org.factcheck.figures.FigureExtractor;
import org.factcheck.format.Format;
import org.factcheck.load.Article;
import org.factcheck.load.Diagnostic;
import org.factcheck.load.Names;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code suggest}: figures the articles print that no claim covers yet, grouped where several
 * outlets print comparable figures, likeliest claims first.
 *
 * <p>Figures are grouped only when the checker would compare them: the same {@link Quantity} key
 * (kind and canonical unit: one currency, durations in days, counted nouns after the synonym table).
 * Grouping is near-linear in the number of figures: figures are bucketed by key (a hash map), each bucket is sorted by its interval's low end, and one sweep joins figures whose
 * intervals overlap. No figure is compared with every other, so 100,000 articles stay cheap.
 */
@Command(name = "suggest", mixinStandardHelpOptions = true,
        description = {"Lists figures in articles that no claim covers yet, grouped where several outlets print comparable"
                + " figures (the same quantity as the checker compares: kind, currency or unit, counted noun; overlapping values),"
                + " likeliest claims to check first.",
                "--drafts DIR writes one draft claim file per group; move a draft to content/claims/ to adopt it."})
final class SuggestCommand implements Callable<Integer> {

    private static final String CLAIMS = "content/claims/";

    @Spec
    private CommandSpec spec;

    @picocli.CommandLine.Mixin
    private RootOption root = new RootOption();

    @Option(names = "--article", paramLabel = "ID", description = "Only groups holding a figure of this article.")
    private String articleId;

    @Option(names = "--drafts", paramLabel = "DIR", description = "Write a draft claim file for each group shown into DIR.")
    private Path drafts;

    @Option(names = "--limit", paramLabel = "N", description = "Show at most N groups (default: ${DEFAULT-VALUE}).")
    private int limit = 20;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (limit < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--limit must be 0 or more, found " + limit);
        }
        Report report = Factcheck.check(root.path());
        // Suggestions need the articles and their captures, not the claims: a draft claim that still
        // holds TODO placeholders (or any other broken claim file) must not stop the editor from
        // looking for a second outlet. Such a claim is left out, so its figures show as uncovered.
        List<Diagnostic> blocking = report.diagnostics().stream().filter(Diagnostic::blocksBuild)
                .filter(d -> !d.at().file().startsWith(CLAIMS)).toList();
        if (!blocking.isEmpty()) {
            Format.TEXT.write(report, blocking, Path.of(""), err);
            err.println("factcheck: fix the errors above first");
            err.flush();
            return 1;
        }
        long brokenClaims = report.diagnostics().stream().filter(Diagnostic::blocksBuild).map(d -> d.at().file()).distinct().count();
        if (brokenClaims > 0) {
            err.println("factcheck: note: " + brokenClaims + " claim file" + (brokenClaims == 1 ? " is" : "s are")
                    + " not finished (run check); the figures " + (brokenClaims == 1 ? "it cites" : "they cite") + " are listed as uncovered");
            err.flush();
        }
        if (articleId != null && report.articles().stream().noneMatch(a -> a.id().equals(articleId))) {
            String near = Names.closest(articleId, report.articles().stream().map(Article::id).toList());
            err.println("factcheck: error: unknown article '" + articleId + "'" + (near != null ? "; did you mean article '" + near + "'?" : ""));
            err.flush();
            return 1;
        }
        List<Group> groups = Factcheck.suggestions(report);
        if (articleId != null) {
            groups = groups.stream().filter(g -> g.figures().stream().anyMatch(f -> f.article().id().equals(articleId))).toList();
        }
        List<Group> shown = groups.subList(0, Math.min(limit, groups.size()));
        for (Group g : shown) {
            out.println(g.outlets() + (g.outlets() == 1 ? " outlet" : " outlets") + ", " + g.figures().size() + " figure"
                    + (g.figures().size() == 1 ? "" : "s") + " (" + g.bucket() + "):");
            for (Found f : g.figures()) {
                out.println("  " + f.article().file() + ":" + f.line() + ":" + f.column() + ": " + f.article().id()
                        + " (" + f.article().outlet() + ") '" + f.figure().text() + "' in \"" + ClaimFile.shorten(f.sentence(), 160) + "\"");
            }
        }
        if (shown.isEmpty()) {
            out.println("no uncovered figures" + (articleId != null ? " in article '" + articleId + "'" : ""));
        } else if (groups.size() > shown.size()) {
            out.println("… and " + (groups.size() - shown.size()) + " more groups (--limit)");
        }
        if (drafts != null) {
            try {
                int n = writeDrafts(shown);
                out.println("wrote " + n + " draft claim file" + (n == 1 ? "" : "s") + " to " + drafts);
            } catch (IOException e) {
                err.println("factcheck: error: cannot write drafts to " + drafts + ": " + e.getMessage());
                err.flush();
                return 1;
            }
        }
        out.flush();
        return 0;
    }

    private int writeDrafts(List<Group> groups) throws IOException {
        Files.createDirectories(drafts);
        int n = 0;
        Set<String> used = new java.util.HashSet<>();
        for (Group g : groups) {
            Map<String, Found> perArticle = new LinkedHashMap<>();
            g.figures().forEach(f -> perArticle.putIfAbsent(f.article().id(), f));
            List<ClaimFile.DraftSource> sources = new ArrayList<>();
            for (Found f : perArticle.values()) {
                int count = FigureExtractor.extract(f.sentence(), f.article().published()).size();
                sources.add(new ClaimFile.DraftSource(f.article().id(), f.sentence().replaceAll("\\s+", " "),
                        count > 1 ? f.figure().text() : null, null));
            }
            Found first = g.figures().get(0);
            String id = ClaimFile.slug(g.bucket() + " " + first.figure().text());
            String unique = id;
            for (int i = 2; !used.add(unique) || Files.exists(drafts.resolve(unique + ".yaml")); i++) {
                unique = id + "-" + i;
            }
            String yaml = ClaimFile.yaml("TODO: " + first.figure().text() + " (" + g.bucket() + ")", "TODO",
                    "TODO: the statement checked", sources,
                    "Draft from `factcheck suggest`: " + g.outlets() + " outlet" + (g.outlets() == 1 ? "" : "s")
                            + (g.outlets() == 1 ? " prints" : " print") + " comparable figures. Check the quotes and write the claim before publishing.");
            Files.writeString(drafts.resolve(unique + ".yaml"), yaml, StandardCharsets.UTF_8);
            n++;
        }
        return n;
    }
}
