package org.factcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.factcheck.Factcheck;
import org.factcheck.check.ClaimResult;
import org.factcheck.check.Report;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Drafts made from discovery's findings check with the status discovery predicted: the finder and the
 * checker read the same quotes the same way. Also {@code suggest --format json}'s shape and
 * {@code new claim --from N}.
 */
class DiscoveryDraftsTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"tune", "holdout", "holdout2"})
    void draftsFromTheTop20CheckWithThePredictedStatus(String archive) throws IOException {
        Path root = org.factcheck.Roots.copyTree(Path.of("src/test/resources/discovery", archive), tmp.resolve(archive));
        Cli.Run json = Cli.run("suggest", "--root", root.toString(), "--format", "json", "--limit", "20",
                "--drafts", root.resolve("content/claims").toString());
        assertEquals(0, json.exit(), json.err());
        JsonNode findings = new ObjectMapper().readTree(json.out()).get("findings");
        assertTrue(findings.size() >= 5, json.out());
        for (JsonNode f : findings) {
            assertTrue(f.get("rank").asInt() > 0 && f.has("verdict") && f.has("quantity") && f.has("expect"), f.toString());
            for (JsonNode m : f.get("members")) {
                for (String field : List.of("article", "outlet", "file", "line", "column", "text", "independent")) {
                    assertTrue(m.has(field), field + " in " + m);
                }
            }
        }
        // The editor writes the title, topic and claim the drafts leave as TODO; the sources stay as drafted.
        try (Stream<Path> files = Files.list(root.resolve("content/claims"))) {
            for (Path draft : files.toList()) {
                Files.writeString(draft, Files.readString(draft).replaceAll("(?m)^(title|topic|claim): \"TODO[^\n]*", "$1: \"Written by the desk\""));
            }
        }
        Report report = Factcheck.check(root);
        List<String> wrong = new ArrayList<>();
        int drafts = 0;
        for (ClaimResult c : report.claims()) {
            if (c.claim().expect() == null) {
                continue;
            }
            drafts++;
            if (!c.status().id().equals(c.claim().expect())) {
                wrong.add(c.claim().id() + ": predicted " + c.claim().expect() + ", checked " + c.status().id() + " (" + c.reason() + ")");
            }
        }
        assertEquals(findings.size(), drafts);
        assertEquals(List.of(), wrong);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tune"})
    void newClaimFromAFindingWritesItsDraft(String archive) throws IOException {
        Path root = org.factcheck.Roots.copyTree(Path.of("src/test/resources/discovery", archive), tmp.resolve(archive));
        Cli.Run r = Cli.run("new", "claim", "--from", "1", "--root", root.toString(), "--id", "first-finding");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("wrote content/claims/first-finding.yaml (discrepancy"), r.out());
        String yaml = Files.readString(root.resolve("content/claims/first-finding.yaml"));
        assertTrue(yaml.contains("expect: conflicting"), yaml);
        Cli.Run none = Cli.run("new", "claim", "--from", "999", "--root", root.toString());
        assertEquals(1, none.exit());
        assertTrue(none.err().contains("no finding 999"), none.err());
        assertEquals(2, Cli.run("new", "claim", "--from", "1", "--article", "x", "--root", root.toString()).exit());
    }

}
