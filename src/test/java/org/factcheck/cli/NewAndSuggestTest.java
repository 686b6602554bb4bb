package org.factcheck.cli;

import org.factcheck.Roots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code new claim} and {@code suggest}. */
class NewAndSuggestTest {

    @TempDir
    Path tmp;

    @Test
    void newClaimWritesAValidFileWithTheFigurePrefilled() throws Exception {
        Path root = Roots.copy("editors-suggest", tmp.resolve("root"));
        Cli.Run r = Cli.run("new", "claim", "--root", root.toString(), "--article", "one", "--id", "drones-412",
                "--topic", "Drones", "--quote", "The ministry said 412 drones were launched overnight, and the repair bill reached $2.4 billion.");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("wrote content/claims/drones-412.yaml (figure: '412 drones' of 2)"), r.out());
        String yaml = Files.readString(root.resolve("content/claims/drones-412.yaml"));
        assertTrue(yaml.startsWith("# yaml-language-server: $schema=../../schema/claim.schema.json\n"), yaml);
        assertTrue(yaml.contains("    figure: \"412 drones\"   # the quote holds 2 figures ('412 drones', '$2.4 billion')"), yaml);
        assertTrue(yaml.contains("topic: \"Drones\""), yaml);
        // Issue 10 item 14: a draft fails check, located at each placeholder, until it is filled in.
        Cli.Run check = Cli.run("check", "--root", root.toString());
        assertEquals(1, check.exit(), check.err());
        assertTrue(check.err().contains("content/claims/drones-412.yaml:2:8: error: field 'title' still holds the draft placeholder"), check.err());
        assertTrue(check.err().contains("content/claims/drones-412.yaml:4:8: error: field 'claim' still holds the draft placeholder"), check.err());
        assertFalse(Cli.run("build", "--root", root.toString()).exit() == 0, "build does not publish a draft");
        Files.writeString(root.resolve("content/claims/drones-412.yaml"), yaml
                .replaceAll("title: \"TODO[^\n]*", "title: \"412 drones launched overnight\"")
                .replaceAll("claim: \"TODO[^\n]*", "claim: \"412 drones were launched overnight.\""));
        Cli.Run filled = Cli.run("check", "--root", root.toString());
        assertEquals(0, filled.exit(), filled.err());

        Cli.Run again = Cli.run("new", "claim", "--root", root.toString(), "--article", "one", "--id", "drones-412", "--quote", "412 drones");
        assertEquals(1, again.exit());
        assertTrue(again.err().contains("exists; choose another --id"), again.err());
    }

    /** The editors' walkthrough in its written order: new claim, then suggest for a second outlet, then fill in the TODOs. */
    @Test
    void suggestWorksOnADraftThatStillHoldsItsPlaceholders() throws Exception {
        Path root = Roots.copy("editors-suggest", tmp.resolve("root"));
        String r = root.toString();
        Cli.Run created = Cli.run("new", "claim", "--root", r, "--article", "two", "--id", "drones-410",
                "--quote", "Air defence reported about 410 drones in the attack.");
        assertEquals(0, created.exit(), created.err());
        Cli.Run suggest = Cli.run("suggest", "--root", r, "--article", "two");
        assertEquals(0, suggest.exit(), suggest.err());
        assertTrue(suggest.out().contains("2 outlets, 2 figures (count of drones):"), suggest.out());
        assertTrue(suggest.out().contains("one (Outlet One) '412 drones'"), suggest.out());
        assertTrue(suggest.err().contains("note: 1 claim file is not finished (run check)"), suggest.err());
        assertFalse(suggest.err().contains("fix the errors above first"), suggest.err());

        // Errors in what suggest reads (an article) still stop it, located.
        Files.writeString(root.resolve("content/articles/three.yaml"), "title: three\noutlet: Outlet Three\nfile: seeds/three.txt\n");
        Cli.Run broken = Cli.run("suggest", "--root", r);
        assertEquals(1, broken.exit());
        assertTrue(broken.err().contains("content/articles/three.yaml:1:1: error:"), broken.err());
        assertTrue(broken.err().contains("fix the errors above first"), broken.err());
        assertFalse(broken.err().contains("drones-410.yaml"), "a draft's placeholders are not what stops suggest: " + broken.err());
    }

    @Test
    void newClaimRefusesAQuoteThatDoesNotAnchorAndShowsTheClosestText() throws Exception {
        Path root = Roots.copy("editors-suggest", tmp.resolve("root"));
        Cli.Run r = Cli.run("new", "claim", "--root", root.toString(), "--article", "two", "--quote", "reported about 401 drones");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("quote not found in article 'two'; closest text in the article: 'reported about 410 drones'"
                + " (a number differs: the quote has '401', the article '410')"), r.err());
        Cli.Run typo = Cli.run("new", "claim", "--root", root.toString(), "--article", "tow", "--quote", "x");
        assertEquals(1, typo.exit());
        assertTrue(typo.err().contains("unknown article 'tow'; did you mean article 'two'?"), typo.err());
        try (Stream<Path> files = Files.list(root.resolve("content/claims"))) {
            assertEquals(1, files.count(), "nothing written");
        }
        assertFalse(r.err().contains("Exception"));
    }

    @Test
    void suggestGroupsComparableFiguresAcrossOutletsAndSkipsCoveredOnes() throws Exception {
        Path root = Roots.copy("editors-suggest", tmp.resolve("root"));
        Cli.Run r = Cli.run("suggest", "--root", root.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        // Two groups of two outlets come first; the covered "$2.4 billion" is not suggested.
        assertTrue(lines.get(0).startsWith("2 outlets, 2 figures ("), r.out());
        assertTrue(r.out().contains("2 outlets, 2 figures (count of drones):"), r.out());
        assertTrue(r.out().contains("2 outlets, 2 figures (percentage):"), r.out());
        assertTrue(r.out().contains("seeds/two.txt:2:22: two (Outlet Two) 'about 410 drones' in \"Air defence reported about 410 drones in the attack.\""), r.out());
        assertFalse(r.out().contains("$2.4 billion'"), r.out());

        Cli.Run only = Cli.run("suggest", "--root", root.toString(), "--article", "three");
        assertFalse(only.out().contains("count of drones"), only.out());
        assertTrue(only.out().contains("(percentage)"), only.out());

        Path drafts = root.resolve("content/claims");
        Cli.Run d = Cli.run("suggest", "--root", root.toString(), "--limit", "2", "--drafts", drafts.toString());
        assertTrue(d.out().contains("wrote 2 draft claim files"), d.out());
        // Drafts are valid claim files whose quotes anchor; check fails only at their TODO placeholders.
        Cli.Run check = Cli.run("check", "--root", root.toString(), "--format", "json");
        assertEquals(1, check.exit(), check.err());
        com.fasterxml.jackson.databind.JsonNode diags = new com.fasterxml.jackson.databind.ObjectMapper().readTree(check.out()).get("diagnostics");
        assertTrue(diags.size() > 0);
        diags.forEach(x -> assertEquals("draft-placeholder", x.get("rule").asText(), x.toString()));
    }

    @Test
    void helpAndUsageErrors() {
        for (String[] cmd : new String[][] {{"new", "claim"}, {"suggest"}, {"serve"}, {"check"}}) {
            String[] args = java.util.Arrays.copyOf(cmd, cmd.length + 1);
            args[cmd.length] = "--help";
            Cli.Run r = Cli.run(args);
            assertEquals(0, r.exit(), String.join(" ", args));
            assertTrue(r.out().contains("Usage: factcheck " + String.join(" ", cmd)), r.out());
        }
        Cli.Run bad = Cli.run("check", "--format", "xml");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("unknown format 'xml'; expected text, github, sarif or json"), bad.err());
        assertEquals(2, Cli.run("new", "claim", "--article", "x").exit());
        Cli.Run serve = Cli.run("serve", "--root", tmp.resolve("nowhere").toString());
        assertEquals(1, serve.exit());
        assertTrue(serve.err().contains("has no content/ directory"), serve.err());
    }

    @Test
    void groupingCoversEveryFigureOf100000Articles() {
        List<org.factcheck.Suggestions.Found> all = new java.util.ArrayList<>();
        java.util.Random random = new java.util.Random(6);
        String[] units = {"drones", "people", "households", "soldiers", "tanks"};
        for (int a = 0; a < 100_000; a++) {
            org.factcheck.load.Article article = new org.factcheck.load.Article("a" + a, org.factcheck.load.Location.of("x"), "t",
                    "Outlet " + (a % 500), java.time.LocalDate.of(2025, 1, 1), null, "seeds/x.txt", null, null, null, null,
                    List.of(), null, null);
            for (int k = 0; k < 3; k++) {
                double v = random.nextInt(1_000_000);
                org.factcheck.figures.Figure f = new org.factcheck.figures.Figure(0, 1, "n", org.factcheck.figures.Kind.COUNT,
                        v, units[random.nextInt(units.length)], v, v, null, null);
                all.add(new org.factcheck.Suggestions.Found(article, f, "s", 1, 1));
            }
        }
        // Its speed is measured by the benchmarks, not here: a timed unit test only measures the machine's load.
        List<org.factcheck.Suggestions.Group> groups = org.factcheck.Suggestions.group(all);
        assertEquals(all.size(), groups.stream().mapToInt(g -> g.figures().size()).sum());
        assertTrue(groups.get(0).outlets() >= groups.get(groups.size() - 1).outlets());
    }

    @Test
    void suggestGroupsByTheCheckersKey() {
        String[][] printed = {{"A", "12,000 troops"}, {"B", "12,000 soldiers"}, {"A", "three months"}, {"B", "90 days"},
            {"A", "$5 billion"}, {"B", "€5 billion"}, {"A", "300 drones"}, {"B", "300 missiles"}};
        List<org.factcheck.Suggestions.Found> all = new java.util.ArrayList<>();
        for (String[] p : printed) {
            org.factcheck.load.Article article = article(p[0] + all.size(), "Outlet " + p[0]);
            org.factcheck.figures.Figure f = org.factcheck.figures.FigureExtractor.extract(p[1]).get(0);
            all.add(new org.factcheck.Suggestions.Found(article, f, p[1], 1, 1));
        }
        java.util.Map<String, List<String>> groups = new java.util.TreeMap<>();
        for (org.factcheck.Suggestions.Group g : org.factcheck.Suggestions.group(all)) {
            groups.computeIfAbsent(g.bucket(), k -> new java.util.ArrayList<>())
                    .add(g.outlets() + ":" + g.figures().stream().map(f -> f.figure().text()).toList());
        }
        assertEquals("{count of drones=[1:[300 drones]], count of missiles=[1:[300 missiles]], "
                + "count of soldiers=[2:[12,000 troops, 12,000 soldiers]], duration in days=[2:[three months, 90 days]], "
                + "money in EUR=[1:[€5 billion]], money in USD=[1:[$5 billion]]}", groups.toString());
    }

    /** An article with only what grouping reads (id, outlet); the one place that knows the record's shape. */
    private static org.factcheck.load.Article article(String id, String outlet) {
        return new org.factcheck.load.Article(id, org.factcheck.load.Location.of("x"), "t", outlet,
                java.time.LocalDate.of(2025, 1, 1), null, "seeds/x.txt", null, null, null, null, List.of(), null, null);
    }
}
