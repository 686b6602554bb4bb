package org.factcheck.format;

import com.fasterxml.jackson.databind.JsonNode;
import org.factcheck.Factcheck;
import org.factcheck.check.ClaimResult;
import org.factcheck.check.Report;
import org.factcheck.check.Status;
import org.factcheck.diagnostic.Diagnostic;
import org.factcheck.load.Schemas;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes the handbook's generated pages (run by {@code mvn site}, in the pre-site phase): the file
 * reference, from the JSON Schemas, so it can never disagree with what the loader accepts; and
 * the consistency report of the repository's content.
 *
 * <p>Usage: {@code HandbookPages ROOT OUT_DIR} writes {@code OUT_DIR/reference.md} and {@code OUT_DIR/report.md}.
 */
public final class HandbookPages {

    private HandbookPages() {
    }

    /** Entry point for exec-maven-plugin. */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        Path out = Path.of(args.length > 1 ? args[1] : "target/generated-site/markdown");
        Files.createDirectories(out);
        Files.writeString(out.resolve("reference.md"), reference(), StandardCharsets.UTF_8);
        Files.writeString(out.resolve("report.md"), report(Factcheck.check(root)), StandardCharsets.UTF_8);
    }

    /** The file reference: one section per file kind, one table row per field, nested objects after. */
    public static String reference() {
        StringBuilder sb = new StringBuilder("# File reference\n\n"
                + "Generated from the JSON Schemas in `schema/` at build time: the same files the loader validates"
                + " against and editors' YAML plugins read. A field not listed here is an error.\n\n");
        section(sb, "Article: `content/articles/<id>.yaml`", Schemas.tree(Schemas.Kind.ARTICLE), Schemas.Kind.ARTICLE);
        section(sb, "Claim: `content/claims/<id>.yaml`", Schemas.tree(Schemas.Kind.CLAIM), Schemas.Kind.CLAIM);
        section(sb, "Site settings: `content/site.yaml`", Schemas.tree(Schemas.Kind.SITE), Schemas.Kind.SITE);
        return sb.toString();
    }

    private static void section(StringBuilder sb, String heading, JsonNode schema, Schemas.Kind kind) {
        sb.append("## ").append(heading).append("\n\n").append(cell(schema.path("description").asText())).append("\n\n")
                .append("Schema: `schema/").append(kind.fileName()).append("`; first line of the file:\n\n```yaml\n# yaml-language-server: $schema=")
                .append(kind == Schemas.Kind.SITE ? "../" : "../../").append("schema/").append(kind.fileName()).append("\n```\n\n");
        List<JsonNode> nested = new ArrayList<>();
        List<String> nestedNames = new ArrayList<>();
        table(sb, schema, schema, nested, nestedNames);
        for (int i = 0; i < nested.size(); i++) {
            sb.append("### ").append(nestedNames.get(i)).append("\n\n");
            table(sb, schema, nested.get(i), nested, nestedNames);
        }
    }

    private static void table(StringBuilder sb, JsonNode root, JsonNode object, List<JsonNode> nested, List<String> names) {
        List<String> required = new ArrayList<>();
        object.path("required").forEach(n -> required.add(n.asText()));
        sb.append("| field | required | value | meaning |\n| --- | --- | --- | --- |\n");
        for (Iterator<Map.Entry<String, JsonNode>> it = object.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode p = resolve(root, e.getValue());
            JsonNode items = resolve(root, p.path("items"));
            String value;
            if (p.has("enum")) {
                value = "one of " + joinCodes(p.get("enum"));
            } else if ("array".equals(p.path("type").asText()) && items.has("enum")) {
                value = "a list of " + joinCodes(items.get("enum"));
            } else {
                value = p.path("x-expected").asText(p.path("type").asText());
            }
            if ("object".equals(items.path("type").asText()) && !names.contains(items.path("title").asText())) {
                nested.add(items);
                names.add(items.path("title").asText());
            } else if ("object".equals(p.path("type").asText()) && !names.contains(p.path("title").asText())) {
                nested.add(p);
                names.add(p.path("title").asText());
            }
            sb.append("| `").append(e.getKey()).append("` | ").append(required.contains(e.getKey()) ? "yes" : "no").append(" | ")
                    .append(cell(value)).append(" | ").append(cell(e.getValue().path("description").asText(p.path("description").asText())))
                    .append(" |\n");
        }
        sb.append('\n');
    }

    private static String joinCodes(JsonNode values) {
        List<String> out = new ArrayList<>();
        values.forEach(v -> out.add("`" + v.asText() + "`"));
        return String.join(", ", out);
    }

    private static JsonNode resolve(JsonNode root, JsonNode node) {
        String ref = node.path("$ref").asText("");
        return ref.startsWith("#/") ? root.at(ref.substring(1)) : node;
    }

    /** A table cell: pipes escaped, and angle brackets outside code spans, which Markdown would take for HTML. */
    private static String cell(String s) {
        StringBuilder sb = new StringBuilder();
        boolean code = false;
        for (char c : s.toCharArray()) {
            if (c == '`') {
                code = !code;
            }
            sb.append(c == '|' ? "\\|" : c == '\n' ? " " : !code && c == '<' ? "&lt;" : !code && c == '>' ? "&gt;" : String.valueOf(c));
        }
        return sb.toString();
    }

    /** The consistency report of a root's content as a Markdown page. */
    public static String report(Report report) {
        StringBuilder sb = new StringBuilder("# Consistency report\n\n"
                + "What `factcheck check` says about this repository's content, generated when the handbook was built: "
                + report.articles().size() + " articles, " + report.claims().size() + " claims.\n\n"
                + "| status | claims |\n| --- | --- |\n");
        for (Status s : Status.values()) {
            sb.append("| ").append(s.id()).append(" | ").append(report.summary().get(s)).append(" |\n");
        }
        sb.append("\n## Problems\n\n");
        if (report.diagnostics().isEmpty()) {
            sb.append("None: every quote anchors, every figure is read, every `expect` holds.\n\n");
        } else {
            sb.append("| where | severity | rule | message |\n| --- | --- | --- | --- |\n");
            for (Diagnostic d : report.diagnostics()) {
                sb.append("| `").append(d.at()).append("` | ").append(d.severity().id()).append(" | ").append(d.rule().id())
                        .append(" | ").append(cell(d.message())).append(" |\n");
            }
            sb.append('\n');
        }
        sb.append("## Claims\n\n| claim | topic | status | why |\n| --- | --- | --- | --- |\n");
        for (ClaimResult c : report.claims()) {
            sb.append("| ").append(cell(c.claim().title())).append(" (`").append(c.claim().id()).append("`) | ")
                    .append(cell(c.claim().topic())).append(" | ").append(c.status().id()).append(" | ")
                    .append(cell(c.reason())).append(" |\n");
        }
        return sb.toString();
    }
}
