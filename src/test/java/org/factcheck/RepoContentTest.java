package org.factcheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.factcheck.check.Report;
import org.factcheck.load.Diagnostic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Builds the repository's own content and asserts what report.json says about it. */
class RepoContentTest {

    @TempDir
    static Path out;
    static Report report;
    static JsonNode json;
    static final Map<String, JsonNode> CLAIMS = new HashMap<>();

    @BeforeAll
    static void build() throws Exception {
        report = Factcheck.build(Path.of("."), out.resolve("site"));
        assertFalse(report.hasBlockingErrors(), report.diagnostics().toString());
        json = new ObjectMapper().readTree(out.resolve("site/report.json").toFile());
        json.get("claims").forEach(c -> CLAIMS.put(c.get("id").asText(), c));
    }

    @Test
    void checkPassesOnTheRepo() {
        assertFalse(report.hasErrors(), () -> String.join("\n", report.diagnostics().stream().map(Diagnostic::format).toList()));
    }

    @Test
    void reportCoversTheRepo() {
        assertEquals(8, json.get("articles").size());
        assertTrue(json.get("claims").size() >= 15);
        int total = 0;
        for (JsonNode n : json.get("summary")) {
            total += n.asInt();
        }
        assertEquals(json.get("claims").size(), total);
    }

    @Test
    void everyClaimStatesTheStatusItExpects() {
        // Expected statuses live in the claim files (expect:), checked by checkPassesOnTheRepo, so an
        // editor who adds a source never edits a test.
        CLAIMS.forEach((id, claim) -> assertNotNull(report.claims().stream().filter(r -> r.claim().id().equals(id))
                .findFirst().orElseThrow().claim().expect(), id + " has no expect:"));
    }

    @Test
    void figuresAreNormalised() {
        JsonNode money = CLAIMS.get("reconstruction-800-billion").get("sources").get(0).get("figure");
        assertEquals("money", money.get("kind").asText());
        assertEquals(8e11, money.get("value").asDouble());
        assertEquals("USD", money.get("unit").asText());
        JsonNode hedged = CLAIMS.get("ukraine-share-occupied").get("sources").get(1).get("figure");
        assertEquals("percent", hedged.get("kind").asText());
        assertEquals(20, hedged.get("value").asDouble());
        assertTrue(hedged.get("low").asDouble() < 19 && hedged.get("high").asDouble() > 20);
        JsonNode atLeast = CLAIMS.get("referendum-needs-60-day-ceasefire").get("sources").get(0).get("figure");
        assertEquals("duration", atLeast.get("kind").asText());
        assertEquals("day", atLeast.get("unit").asText());
        assertEquals(60, atLeast.get("low").asDouble());
        assertTrue(atLeast.get("high").isNull());
    }
}
