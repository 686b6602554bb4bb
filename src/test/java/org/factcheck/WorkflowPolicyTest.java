package org.factcheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The GitHub workflows factcheck ships (its own, and those {@code init} writes for a desk) run with
 * least privilege: every action pinned to a commit (a moved tag cannot change what runs), a read-only
 * token by default, no credentials left in the checkout, publishing rights only on the job that
 * deploys and a time limit on every job.
 */
class WorkflowPolicyTest {

    private static final Pattern USES_LINE = Pattern.compile("^\\s*(?:-\\s+)?uses:\\s*(\\S+)(.*)$");
    private static final Pattern PINNED = Pattern.compile("[^@\\s]+@[0-9a-f]{40}");
    private static final Pattern TAG_COMMENT = Pattern.compile("\\s+#\\s*v\\d+(\\.\\d+)*\\b.*");

    @TempDir
    Path tmp;

    /** Every rule broken by one workflow file, each as "file: what". */
    static List<String> violations(Path file) throws IOException {
        String name = file.getFileName().toString();
        List<String> found = new ArrayList<>();
        String text = Files.readString(file);
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = USES_LINE.matcher(lines.get(i));
            if (m.matches()) {
                String ref = m.group(1).replaceAll("^['\"]|['\"]$", "");
                if (!PINNED.matcher(ref).matches()) {
                    found.add(name + ":" + (i + 1) + ": uses " + ref + " is not pinned to a 40-hex commit SHA");
                } else if (!TAG_COMMENT.matcher(m.group(2)).matches()) {
                    found.add(name + ":" + (i + 1) + ": uses " + ref + " has no '# vX.Y.Z' comment naming its tag");
                }
            }
        }
        JsonNode doc = new YAMLMapper().readTree(text);
        JsonNode top = doc.path("permissions");
        if (!top.isObject() || !"read".equals(top.path("contents").asText())) {
            found.add(name + ": the top-level permissions are not 'contents: read'");
        } else {
            top.fields().forEachRemaining(e -> {
                if (!e.getValue().asText().equals("read")) {
                    found.add(name + ": top-level permission " + e.getKey() + ": " + e.getValue().asText() + " (write only on a job)");
                }
            });
        }
        for (Iterator<Map.Entry<String, JsonNode>> jobs = doc.path("jobs").fields(); jobs.hasNext(); ) {
            Map.Entry<String, JsonNode> job = jobs.next();
            String where = name + ": job " + job.getKey();
            JsonNode body = job.getValue();
            if (!body.path("timeout-minutes").canConvertToInt() || body.path("timeout-minutes").asInt() <= 0) {
                found.add(where + " has no timeout-minutes");
            }
            JsonNode permissions = body.path("permissions");
            if (permissions.isTextual()) {
                found.add(where + " has permissions: " + permissions.asText() + " (list each one)");
            }
            boolean publishes = List.of("pages", "id-token").stream().anyMatch(p -> "write".equals(permissions.path(p).asText()));
            boolean runs = false;
            for (JsonNode step : body.path("steps")) {
                String uses = step.path("uses").asText("");
                if (step.has("run") || uses.startsWith("actions/checkout@")) {
                    runs = true;
                }
                if (uses.startsWith("actions/checkout@") && !"false".equals(step.path("with").path("persist-credentials").asText())) {
                    found.add(where + ": a checkout without persist-credentials: false");
                }
            }
            if (publishes && (!job.getKey().equals("deploy") || runs)) {
                found.add(where + " has pages/id-token write but is not a deploy job that only deploys");
            }
        }
        return found;
    }

    private static List<Path> workflows(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Test
    void factchecksOwnWorkflowsRunWithLeastPrivilege() throws IOException {
        List<Path> files = workflows(Path.of(".github/workflows"));
        assertTrue(files.stream().anyMatch(p -> p.getFileName().toString().equals("release.yml")), files.toString());
        List<String> found = new ArrayList<>();
        for (Path f : files) {
            found.addAll(violations(f));
        }
        assertEquals(List.of(), found);
    }

    @Test
    void theWorkflowsInitWritesRunWithLeastPrivilege() throws IOException {
        Path root = tmp.resolve("desk");
        Scaffold.write(root, new Scaffold.Pin("1.0.0", "ab".repeat(32), "owner/factcheck"));
        List<Path> files = workflows(root.resolve(".github/workflows"));
        assertEquals(2, files.size(), files.toString());
        List<String> found = new ArrayList<>();
        for (Path f : files) {
            found.addAll(violations(f));
        }
        assertEquals(List.of(), found);
    }

    @Test
    void eachRuleCatchesItsBreach() throws IOException {
        Path bad = Files.writeString(tmp.resolve("bad.yml"), """
                name: bad
                on: push
                permissions:
                  contents: read
                  pages: write
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    permissions:
                      id-token: write
                    steps:
                      - uses: actions/checkout@v4
                      - uses: actions/setup-java@c5195efecf7bdfc987ee8bae7a71cb8b11521c00
                      - run: mvn -B package
                """);
        String found = String.join("\n", violations(bad));
        for (String expected : List.of("uses actions/checkout@v4 is not pinned", "setup-java@c5195efecf7bdfc987ee8bae7a71cb8b11521c00 has no '# vX.Y.Z'",
                "top-level permission pages: write", "job build has no timeout-minutes", "job build: a checkout without persist-credentials",
                "job build has pages/id-token write")) {
            assertTrue(found.contains(expected), expected + " not in:\n" + found);
        }
        assertFalse(violations(bad).isEmpty());
    }
}
