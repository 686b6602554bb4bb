package org.factcheck.format;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.factcheck.diagnostic.Diagnostic;
import org.factcheck.diagnostic.Rule;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 (OASIS), the format code-scanning views read: one run whose tool lists every rule,
 * and one result per diagnostic located by file (relative to {@code %SRCROOT%}, the directory
 * factcheck ran in: the repository root in CI), line and column, with the offending line as snippet.
 */
public final class SarifFormat {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    static final String VERSION = org.factcheck.Version.current();

    private SarifFormat() {
    }

    static void write(Path root, List<Diagnostic> diagnostics, Path cwd, PrintWriter out) {
        try {
            out.println(JSON.writeValueAsString(log(root, diagnostics, cwd)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The SARIF log as plain maps and lists, in the schema's property order. */
    public static Map<String, Object> log(Path root, List<Diagnostic> diagnostics, Path cwd) {
        SourceLines lines = new SourceLines(root);
        List<Object> rules = new ArrayList<>();
        for (Rule r : Rule.values()) {
            rules.add(map("id", r.id(), "name", r.title(),
                    "shortDescription", map("text", r.description()),
                    "defaultConfiguration", map("level", r == Rule.CONFLICT ? "warning" : "error"),
                    "help", map("text", r.description())));
        }
        List<Object> results = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            Rule rule = d.rule();
            Map<String, Object> region = map("startLine", d.at().line(), "startColumn", d.at().column());
            String text = lines.line(d.at().file(), d.at().line());
            if (text != null) {
                // A snippet is a short excerpt, never a whole (possibly huge) line.
                region.put("snippet", map("text", text.length() <= 200 ? text : text.substring(0, 200) + "…"));
            }
            results.add(map(
                    "ruleId", rule.id(),
                    "ruleIndex", rule.ordinal(),
                    "level", d.severity() == Diagnostic.Severity.ERROR ? "error" : "warning",
                    "message", map("text", d.message()),
                    "locations", List.of(map("physicalLocation", map(
                            "artifactLocation", map("uri", Format.fromCwd(root, d.at().file(), cwd), "uriBaseId", "%SRCROOT%"),
                            "region", region))),
                    "properties", map("blocksBuild", d.blocksBuild())));
        }
        String base = cwd.toAbsolutePath().normalize().toUri().toString();
        Map<String, Object> run = map(
                "tool", map("driver", map("name", "factcheck", "version", VERSION, "rules", rules)),
                "originalUriBaseIds", map("%SRCROOT%", map("uri", base.endsWith("/") ? base : base + "/")),
                "columnKind", "unicodeCodePoints",
                "results", results);
        return map("$schema", "https://json.schemastore.org/sarif-2.1.0.json", "version", "2.1.0", "runs", List.of(run));
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
