package org.factcheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.factcheck.check.Report;
import org.factcheck.load.Diagnostic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "security-guarantees-15-years, corroborated",
            "reconstruction-800-billion, single-source",
            "donbas-88-percent, single-source",
            "ukraine-share-occupied, corroborated",
            "troop-cap-600000, single-source",
            "paris-declaration-35-countries, single-source",
            "drones-55000, single-source",
            "peace-plan-20-points, single-source",
            "zaporizhzhia-12-power-cuts, single-source",
            "referendum-needs-60-day-ceasefire, single-source",
            "trump-50-day-deadline, single-source",
            "alaska-talks-three-hours, corroborated",
            "invasion-began-february-2022, conflicting",
    })
    void statusesAreAsTheSourcesStand(String id, String status) {
        JsonNode claim = CLAIMS.get(id);
        assertNotNull(claim, id);
        assertEquals(status, claim.get("status").asText(), claim.get("reason").asText());
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
