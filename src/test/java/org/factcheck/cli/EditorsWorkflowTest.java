package org.factcheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.factcheck.Roots;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A pull request as an editor makes it, through the real command line: add an article, add a claim
 * whose quote has a typo, read the error with its hint (in the terminal, as a GitHub annotation and
 * in SARIF), fix it, and see the published fact page.
 */
class EditorsWorkflowTest {

    @TempDir
    Path tmp;

    @Test
    void fromANewArticleToAPublishedFactPage() throws Exception {
        Path root = Roots.copy("editors-suggest", tmp.resolve("desk"));
        String r = root.toString();
        assertEquals(0, Cli.run("check", "--root", r).exit());

        // 1. A new capture and its article file.
        Files.writeString(root.resolve("seeds/four.txt"), "Night of drones\nThe air force said it shot down 408 of 412 drones launched overnight.\n");
        Files.writeString(root.resolve("content/articles/four.yaml"), """
                # yaml-language-server: $schema=../../schema/article.schema.json
                title: Night of drones
                outlet: Outlet Four
                published: 2025-03-05
                file: seeds/four.txt
                """);
        Cli.Run afterArticle = Cli.run("check", "--root", r);
        assertEquals(0, afterArticle.exit(), afterArticle.err());

        // 2. A claim with a typo in its second quote (412 typed as 421).
        Path claim = root.resolve("content/claims/drones-412.yaml");
        Files.writeString(claim, """
                # yaml-language-server: $schema=../../schema/claim.schema.json
                title: 412 drones were launched overnight
                topic: Drones
                claim: Russia launched 412 drones overnight.
                sources:
                  - article: one
                    quote: 412 drones were launched overnight
                  - article: four
                    quote: shot down 408 of 421 drones launched
                    figure: 421 drones
                expect: corroborated
                """);

        // 3. The editor reads the errors: located, with the line, a caret and the closest text.
        Cli.Run bad = Cli.run("check", "--root", r);
        assertEquals(1, bad.exit());
        String nl = System.lineSeparator();
        assertTrue(bad.err().contains("content/claims/drones-412.yaml:9:12: error: quote not found in article 'four'; "
                + "closest text in the article: 'shot down 408 of 412 drones launched' (a number differs: the quote has '421', the article '412')" + nl
                + " 9 |     quote: shot down 408 of 421 drones launched" + nl
                + "   |            ^" + nl), bad.err());
        assertTrue(bad.err().contains("content/claims/drones-412.yaml:11:9: error: expected status 'corroborated' but the sources say 'unanchored'"), bad.err());
        assertFalse(bad.err().contains("Exception"), bad.err());

        // ... as CI shows it on the pull request's lines.
        Cli.Run github = Cli.run("check", "--root", r, "--format", "github");
        assertEquals(1, github.exit());
        assertTrue(github.out().contains("::error file="), github.out());
        assertTrue(github.out().contains("drones-412.yaml,line=9,col=12,title=factcheck unanchored-quote::quote not found in article 'four'"), github.out());

        // ... and in code scanning: SARIF 2.1.0, valid against the OASIS schema.
        Path sarifFile = tmp.resolve("factcheck.sarif");
        assertEquals(1, Cli.run("check", "--root", r, "--format", "sarif", "--output", sarifFile.toString()).exit());
        JsonNode sarif = new ObjectMapper().readTree(sarifFile.toFile());
        try (InputStream in = getClass().getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            assertEquals(java.util.Set.of(), JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in).validate(sarif));
        }
        assertEquals("unanchored-quote", sarif.at("/runs/0/results/0/ruleId").asText());

        // 4. Fix the typo (the figure too); check passes.
        Files.writeString(claim, Files.readString(claim).replace("408 of 421", "408 of 412").replace("figure: 421", "figure: 412"));
        Cli.Run good = Cli.run("check", "--root", r);
        assertEquals(0, good.exit(), good.err());
        assertTrue(good.out().contains("ok: 4 articles, 2 claims"), good.out());

        // 5. Build and see the fact page.
        Cli.Run build = Cli.run("build", "--root", r);
        assertEquals(0, build.exit(), build.err());
        Path page = root.resolve("site/claims/drones-412.html");
        assertTrue(Files.isRegularFile(page));
        Document doc = Jsoup.parse(page.toFile(), "UTF-8");
        assertTrue(doc.text().contains("412 drones were launched overnight"), doc.text());
        assertTrue(doc.text().toLowerCase(java.util.Locale.ROOT).contains("corroborated"), doc.text());
        assertTrue(doc.text().contains("Outlet Four"), doc.text());
    }
}
