package org.factcheck.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.factcheck.Factcheck;
import org.factcheck.check.Report;
import org.factcheck.format.Format;
import org.factcheck.discovery.Copies;
import org.factcheck.discovery.Discovery;
import org.factcheck.discovery.Finding;
import org.factcheck.discovery.Finding.Member;
import org.factcheck.discovery.Mention;
import org.factcheck.model.Article;
import org.factcheck.diagnostic.Diagnostic;
import org.factcheck.load.Names;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code suggest}: what the archive says that no claim checks yet, ranked for an editor's time:
 * discrepancies (independent reports of one quantity that disagree), agreements no claim covers,
 * new sources for existing claims, and figures that move with the date; then the republished stories
 * it recognised. Each finding lists every mention with its place, and whether it counts as independent.
 */
@Command(name = "suggest", mixinStandardHelpOptions = true,
        description = {"Lists what the archive says that no claim checks yet: discrepancies first, then agreements no claim"
                + " covers, new sources for existing claims and figures that move with the date; then republished stories.",
                "--drafts DIR writes a draft claim file per finding shown; 'new claim --from N' writes finding N into"
                        + " content/claims/."})
final class SuggestCommand implements Callable<Integer> {

    private static final String CLAIMS = "content/claims/";

    @Spec
    private CommandSpec spec;

    @picocli.CommandLine.Mixin
    private RootOption root = new RootOption();

    @Option(names = "--article", paramLabel = "ID", description = "Only findings with a mention in this article.")
    private String articleId;

    @Option(names = "--drafts", paramLabel = "DIR", description = "Write a draft claim file for each finding shown into DIR.")
    private Path drafts;

    @Option(names = "--limit", paramLabel = "N", description = "Show at most N findings (default: ${DEFAULT-VALUE}).")
    private int limit = 20;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
    private String format = "text";

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (limit < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--limit must be 0 or more, found " + limit);
        }
        if (!format.equals("text") && !format.equals("json")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "unknown format '" + format + "'; expected text or json");
        }
        Report report = Factcheck.check(root.path());
        // Suggestions need the articles and their captures, not the claims: a draft claim that still
        // holds TODO placeholders (or any other broken claim file) must not stop the editor from
        // looking for a second outlet. Such a claim is left out, so its figures show as uncovered.
        List<Diagnostic> blocking = blocking(report);
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
        Discovery.Result result = Factcheck.discover(report);
        List<Finding> findings = result.findings();
        if (articleId != null) {
            findings = findings.stream().filter(f -> f.members().stream().anyMatch(m -> m.mention().article().id().equals(articleId))).toList();
        }
        List<Finding> shown = findings.subList(0, Math.min(limit, findings.size()));
        if (format.equals("json")) {
            out.println(json(shown, result.copies()));
        } else {
            text(out, shown, findings.size(), result.copies());
        }
        if (drafts != null) {
            try {
                int n = writeDrafts(shown);
                (format.equals("json") ? err : out).println("wrote " + n + " draft claim file" + (n == 1 ? "" : "s") + " to " + drafts);
            } catch (IOException e) {
                err.println("factcheck: error: cannot write drafts to " + drafts + ": " + e.getMessage());
                err.flush();
                return 1;
            }
        }
        out.flush();
        err.flush();
        return 0;
    }

    /**
     * Whether errors other than draft placeholders stop discovery: a draft still holding its TODOs
     * needs only its sources, so discovery runs beside it.
     */
    /** Errors that stop discovery: any outside claim files (a draft or broken claim only leaves its figures uncovered). */
    static List<Diagnostic> blocking(Report report) {
        return report.diagnostics().stream().filter(Diagnostic::blocksBuild)
                .filter(d -> !d.at().file().startsWith(CLAIMS)).toList();
    }

    private void text(PrintWriter out, List<Finding> shown, int total, Copies copies) {
        for (Finding f : shown) {
            out.println("#" + f.rank() + " " + f.verdict().id() + (f.claim() != null ? " (claim " + f.claim() + ")" : "")
                    + ", " + f.measure() + ": " + f.why());
            for (Member m : f.members()) {
                Mention x = m.mention();
                out.println("  " + x.article().file() + ":" + x.line() + ":" + x.column() + ": " + x.article().id() + " ("
                        + x.article().outlet() + ") '" + x.printed() + "' in \"" + ClaimFile.shorten(x.sentence(), 160) + "\""
                        + (m.independent() ? "" : " [not counted: " + m.reason() + "]"));
            }
        }
        if (shown.isEmpty()) {
            out.println("no findings" + (articleId != null ? " for article '" + articleId + "'" : ""));
        } else if (total > shown.size()) {
            out.println("… and " + (total - shown.size()) + " more findings (--limit)");
        }
        for (Copies.Copy c : copies.all()) {
            if (articleId == null || c.copy().id().equals(articleId) || c.original().id().equals(articleId)) {
                out.println("republished: " + c.copy().id() + " (" + c.copy().outlet() + ") republishes " + c.original().id() + " ("
                        + c.original().outlet() + ", " + c.original().published() + ")" + (c.credited() ? ", credited" : ", not credited")
                        + (c.confirmed() ? ", confirmed by the desk" : ""));
            }
        }
    }

    /** The findings as JSON: each with its rank, verdict, quantity and every member's place; then the copies. */
    static String json(List<Finding> findings, Copies copies) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("version", 1);
        ArrayNode list = root.putArray("findings");
        for (Finding f : findings) {
            ObjectNode o = list.addObject();
            o.put("rank", f.rank());
            o.put("verdict", f.verdict().id());
            o.put("claim", f.claim());
            o.put("quantity", f.measure());
            o.put("independent", f.independent());
            o.put("expect", Drafts.expected(f));
            o.put("why", f.why());
            ArrayNode members = o.putArray("members");
            for (Member m : f.members()) {
                Mention x = m.mention();
                ObjectNode mo = members.addObject();
                mo.put("article", x.article().id());
                mo.put("outlet", x.article().outlet());
                mo.put("file", x.article().file());
                mo.put("line", x.line());
                mo.put("column", x.column());
                mo.put("text", x.printed());
                mo.put("sentence", x.sentence());
                mo.put("published", String.valueOf(x.published()));
                mo.put("independent", m.independent());
                mo.put("notCounted", m.reason());
            }
        }
        ArrayNode copied = root.putArray("copies");
        for (Copies.Copy c : copies.all()) {
            ObjectNode o = copied.addObject();
            o.put("copy", c.copy().id());
            o.put("original", c.original().id());
            o.put("credited", c.credited());
            o.put("confirmed", c.confirmed());
            o.put("similarity", Math.round(c.similarity() * 100) / 100.0);
        }
        try {
            return mapper.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private int writeDrafts(List<Finding> findings) throws IOException {
        Files.createDirectories(drafts);
        int n = 0;
        Set<String> used = new HashSet<>();
        for (Finding f : findings) {
            String id = Drafts.id(f);
            String unique = id;
            for (int i = 2; !used.add(unique) || Files.exists(drafts.resolve(unique + ".yaml")); i++) {
                unique = id + "-" + i;
            }
            Files.writeString(drafts.resolve(unique + ".yaml"), Drafts.yaml(f), StandardCharsets.UTF_8);
            n++;
        }
        return n;
    }
}
