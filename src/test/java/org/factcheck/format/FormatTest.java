package org.factcheck.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.factcheck.Factcheck;
import org.factcheck.Roots;
import org.factcheck.check.Report;
import org.factcheck.diagnostic.Diagnostic;
import org.factcheck.diagnostic.Location;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The four output formats of {@code check}, on the errors fixture (every kind of problem). */
class FormatTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String render(Format format, Report report, Path cwd) {
        StringWriter sw = new StringWriter();
        format.write(report, report.diagnostics(), cwd, new PrintWriter(sw));
        return sw.toString();
    }

    @Test
    void sarifValidatesAgainstTheSarif210Schema() throws Exception {
        for (String fixture : new String[] {"errors", "statuses", "editors-schema"}) {
            Report report = Factcheck.check(Roots.fixture(fixture));
            JsonNode sarif = JSON.readTree(render(Format.SARIF, report, Path.of("")));
            JsonSchema schema;
            try (InputStream in = getClass().getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
                schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
            }
            Set<ValidationMessage> errors = schema.validate(sarif);
            assertTrue(errors.isEmpty(), fixture + ": " + errors);
            JsonNode results = sarif.at("/runs/0/results");
            assertEquals(report.diagnostics().size(), results.size());
            assertTrue(results.size() > 0);
            JsonNode rules = sarif.at("/runs/0/tool/driver/rules");
            for (JsonNode r : results) {
                assertEquals(r.get("ruleId").asText(), rules.get(r.get("ruleIndex").asInt()).get("id").asText());
                String uri = r.at("/locations/0/physicalLocation/artifactLocation/uri").asText();
                assertTrue(uri.startsWith("src/test/resources/roots/" + fixture + "/content/"), uri);
                assertTrue(r.at("/locations/0/physicalLocation/region/startLine").asInt() >= 1);
            }
        }
    }

    @Test
    void sarifExcerpt() throws Exception {
        Report report = Factcheck.check(Roots.fixture("errors"));
        JsonNode sarif = JSON.readTree(render(Format.SARIF, report, Roots.fixture("errors")));
        assertEquals("2.1.0", sarif.get("version").asText());
        JsonNode unknown = null;
        for (JsonNode r : sarif.at("/runs/0/results")) {
            if (r.get("ruleId").asText().equals("unknown-article")) {
                unknown = r;
            }
        }
        assertEquals("error", unknown.get("level").asText());
        assertEquals("unknown article 'god'; did you mean article 'good'?", unknown.at("/message/text").asText());
        assertEquals("content/claims/unknown-article.yaml", unknown.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertEquals(5, unknown.at("/locations/0/physicalLocation/region/startLine").asInt());
        assertEquals(14, unknown.at("/locations/0/physicalLocation/region/startColumn").asInt());
    }

    @Test
    void githubAnnotationsAreEscaped() {
        Diagnostic d = Diagnostic.contentError(org.factcheck.diagnostic.Rule.OTHER, new Location("content/claims/a,b:c.yaml", 3, 7), "100% wrong:\nsecond line\r");
        assertEquals("::error file=content/claims/a%2Cb%3Ac.yaml,line=3,col=7,title=factcheck content::100%25 wrong:%0Asecond line%0D",
                GithubFormat.command(d, d.at().file()));
        Report report = Factcheck.check(Roots.fixture("errors"));
        String out = render(Format.GITHUB, report, Roots.fixture("errors"));
        assertTrue(out.contains("::error file=content/claims/unknown-article.yaml,line=5,col=14,title=factcheck unknown-article::"
                + "unknown article 'god'; did you mean article 'good'?"), out);
        assertEquals(report.diagnostics().size(), out.lines().count());
    }

    @Test
    void textShowsTheLineAndACaret() {
        Report report = Factcheck.check(Roots.fixture("errors"));
        String out = render(Format.TEXT, report, Path.of(""));
        assertTrue(out.contains("""
                content/claims/unknown-article.yaml:5:14: error: unknown article 'god'; did you mean article 'good'?
                 5 |   - article: god
                   |              ^
                """.replace("\n", System.lineSeparator())), out);
        assertTrue(out.endsWith("15 errors, 0 warnings" + System.lineSeparator()), out);
    }

    @Test
    void caretHandlesTabsWideCharactersAndLongLines() {
        assertEquals(" 2 | \tx: “é” y" + System.lineSeparator() + "   | \t       ^" + System.lineSeparator(),
                TextFormat.excerpt("\tx: “é” y", 2, 9));
        String longLine = "q".repeat(300) + "X" + "q".repeat(300);
        String ex = TextFormat.excerpt(longLine, 1, 301);
        String[] two = ex.split(System.lineSeparator());
        assertEquals(two[0].indexOf('X'), two[1].indexOf('^'), ex);
        assertTrue(two[0].length() < 160, ex);
    }

    @Test
    void jsonHasTheDocumentedShape() throws Exception {
        Report report = Factcheck.check(Roots.fixture("statuses"));
        JsonNode doc = JSON.readTree(render(Format.JSON, report, Path.of("")));
        assertEquals(1, doc.get("version").asInt());
        assertEquals(10, doc.at("/summary/claims").asInt());
        assertTrue(doc.at("/summary/statuses").has("single-source"));
        JsonNode first = doc.at("/diagnostics/0");
        for (String field : new String[] {"file", "line", "column", "severity", "rule", "message", "blocksBuild"}) {
            assertTrue(first.has(field), field);
        }
        assertEquals(doc.at("/summary/errors").asInt() + doc.at("/summary/warnings").asInt(), doc.get("diagnostics").size());
    }
}
