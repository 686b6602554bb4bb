package org.factcheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.factcheck.check.Report;
import org.factcheck.diagnostic.Diagnostic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.util.HashMap;
import java.util.Map;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Builds the fixture desk {@code desks/other} (a desk with no {@code expect:} fields) and asserts
 * what report.json says about it: every claim's status, the summary, normalised figures.
 */
class DeskContentTest {

    @TempDir
    static Path out;
    static Report report;
    static JsonNode json;
    static final Map<String, JsonNode> CLAIMS = new HashMap<>();

    @BeforeAll
    static void build() throws Exception {
        report = Factcheck.build(Roots.desk("other"), out.resolve("site"));
        assertFalse(report.hasBlockingErrors(), report.diagnostics().toString());
        json = new ObjectMapper().readTree(out.resolve("site/report.json").toFile());
        json.get("claims").forEach(c -> CLAIMS.put(c.get("id").asText(), c));
    }

    @Test
    void checkPassesOnADeskWithoutExpect() {
        assertFalse(report.hasErrors(), () -> String.join("\n", report.diagnostics().stream().map(Diagnostic::format).toList()));
        report.claims().forEach(r -> assertNull(r.claim().expect(), r.claim().id()));
    }

    @Test
    void reportCoversTheDesk() {
        assertEquals(5, json.get("articles").size());
        assertEquals(6, json.get("claims").size());
        int total = 0;
        for (JsonNode n : json.get("summary")) {
            total += n.asInt();
        }
        assertEquals(6, total);
        assertEquals(3, json.at("/summary/corroborated").asInt());
        assertEquals(2, json.at("/summary/single-source").asInt());
        assertEquals(1, json.at("/summary/conflicting").asInt());
    }

    @Test
    void everyClaimHasTheStatusItsSourcesGive() {
        Map<String, String> statuses = new HashMap<>();
        CLAIMS.forEach((id, c) -> statuses.put(id, c.get("status").asText()));
        assertEquals(Map.of("tram-cost-1-2-billion", "corroborated", "renters-spending-half-income", "corroborated",
                "water-main-breaks-212", "corroborated", "tram-build-18-months", "single-source",
                "social-homes-1400", "single-source", "bus-fare", "conflicting"), statuses);
    }

    @Test
    void figuresAreNormalised() {
        JsonNode money = CLAIMS.get("tram-cost-1-2-billion").get("sources").get(0).get("figure");
        assertEquals("money", money.get("kind").asText());
        assertEquals(1.2e9, money.get("value").asDouble());
        assertEquals("USD", money.get("unit").asText());
        JsonNode hedged = CLAIMS.get("renters-spending-half-income").get("sources").get(0).get("figure");
        assertEquals("percent", hedged.get("kind").asText());
        assertEquals(30, hedged.get("value").asDouble());
        assertTrue(hedged.get("low").asDouble() < 29 && hedged.get("high").asDouble() > 31);
        JsonNode atLeast = CLAIMS.get("tram-build-18-months").get("sources").get(0).get("figure");
        assertEquals("duration", atLeast.get("kind").asText());
        assertEquals(18, atLeast.get("low").asDouble() / (atLeast.get("unit").asText().equals("day") ? 30.4375 : 1), 0.6);
        assertTrue(atLeast.get("high").isNull());
    }
}
