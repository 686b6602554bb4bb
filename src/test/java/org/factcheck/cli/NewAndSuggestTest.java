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
        // A draft fails check, located at each placeholder, until it is filled in.
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
        // Outlet Two reports the same event as Outlet One (same predicate and time words), so discovery
        // has an agreement to show for article 'two'.
        Files.writeString(root.resolve("seeds/two.txt"),
                "Overnight strikes\nAir defence said about 410 drones were launched overnight. Separately, 65% of the grid was damaged.\n");
        String r = root.toString();
        Cli.Run created = Cli.run("new", "claim", "--root", r, "--article", "two", "--id", "drones-410",
                "--quote", "Air defence said about 410 drones were launched overnight.");
        assertEquals(0, created.exit(), created.err());
        Cli.Run suggest = Cli.run("suggest", "--root", r, "--article", "two");
        assertEquals(0, suggest.exit(), suggest.err());
        assertTrue(suggest.out().contains("#1 agreement, count of drones: 2 independent reports"), suggest.out());
        assertTrue(suggest.out().contains("one (Outlet One) '412 drones'"), suggest.out());
        assertTrue(suggest.out().contains("two (Outlet Two) 'about 410 drones'"), suggest.out());
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
    void suggestListsFindingsWithEveryMentionsPlaceAndTheRepublishedStories() throws Exception {
        Path root = tmp.resolve("tune");
        Roots.copyTree(Path.of("src/test/resources/discovery/tune"), root);
        Cli.Run r = Cli.run("suggest", "--root", root.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith("#1 discrepancy, "), r.out());
        assertTrue(r.out().contains("  seeds/cl-flood-0503.txt:1:20: cl-flood-0503 (Capital Ledger) '27 people' in \"Storm Idris killed 27 people"),
                r.out());
        assertTrue(r.out().contains("republished: dm-vote-0311 (Daily Meridian) republishes fw-vote-0310 (Fenwick Wire, 2025-03-10), credited"),
                r.out());
        assertTrue(r.out().contains("[not counted: republishes Fenwick Wire, 2025-03-10 (credited)]"), r.out());

        Cli.Run only = Cli.run("suggest", "--root", root.toString(), "--article", "ep-cement-0522");
        assertTrue(only.out().matches("(?s)#\\d+ agreement, percentage: .*"), only.out());
        assertEquals(1, only.out().lines().filter(l -> l.startsWith("#")).count(), only.out());

        Path drafts = root.resolve("content/claims");
        Cli.Run d = Cli.run("suggest", "--root", root.toString(), "--limit", "2", "--drafts", drafts.toString());
        assertTrue(d.out().contains("wrote 2 draft claim files"), d.out());
        // Drafts are valid claim files whose quotes anchor; check fails only at their TODO placeholders.
        Cli.Run check = Cli.run("check", "--root", root.toString(), "--format", "json");
        assertEquals(1, check.exit(), check.err());
        com.fasterxml.jackson.databind.JsonNode diags = new com.fasterxml.jackson.databind.ObjectMapper().readTree(check.out()).get("diagnostics");
        assertTrue(diags.size() > 0);
        diags.forEach(x -> {
            if (x.get("severity").asText().equals("error")) {
                assertEquals("draft-placeholder", x.get("rule").asText(), x.toString());
            }
        });
        Cli.Run bad = Cli.run("suggest", "--root", root.toString(), "--format", "xml");
        assertEquals(2, bad.exit());
    }

    @Test
    void discoveryComparesOnlyWhatTheCheckerWouldCompare() throws Exception {
        Path root = tmp.resolve("keys");
        String[][] articles = {
            {"a1", "Alpha Daily", "About 12,000 troops were deployed to the Varn border region, the defence ministry said."},
            {"b1", "Beta Post", "The defence ministry has sent some 12,000 soldiers to the Varn border region since March."},
            {"a2", "Alpha Daily", "The rebels launched 300 drones at the port of Ostrel overnight, the navy said."},
            {"b2", "Beta Post", "Overnight the navy counted 300 missiles launched by rebels at Ostrel's port."},
            {"a3", "Alpha Daily", "Donors approved a $5 billion reconstruction package for Ostrel province."},
            {"b3", "Beta Post", "A €5 billion reconstruction package for the province of Ostrel won the donors' approval."},
        };
        Files.createDirectories(root.resolve("content/articles"));
        Files.createDirectories(root.resolve("seeds"));
        for (String[] a : articles) {
            Files.writeString(root.resolve("seeds/" + a[0] + ".txt"), a[2] + "\n");
            Files.writeString(root.resolve("content/articles/" + a[0] + ".yaml"), "title: \"" + a[0] + "\"\noutlet: \"" + a[1]
                    + "\"\npublished: 2025-04-02\nfile: seeds/" + a[0] + ".txt\n");
        }
        List<org.factcheck.discovery.Finding> findings = org.factcheck.Factcheck.discover(org.factcheck.Factcheck.check(root)).findings();
        assertEquals(1, findings.size(), findings.toString());
        assertEquals("count of soldiers", findings.get(0).measure());
        assertEquals(org.factcheck.discovery.Finding.Verdict.AGREEMENT, findings.get(0).verdict());
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

}
