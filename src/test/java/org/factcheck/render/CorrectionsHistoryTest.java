package org.factcheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.factcheck.Factcheck;
import org.factcheck.Roots;
import org.factcheck.check.Report;
import org.factcheck.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A correction says which status and rating it changed, from → to, on the corrections page (newest first) and on its claim's page. */
class CorrectionsHistoryTest {

    @TempDir
    Path tmp;

    @Test
    void theCorrectionsPageListsEveryChangeNewestFirstInTheReadersWords() throws Exception {
        Report report = Factcheck.build(Roots.fixture("corrections"), tmp.resolve("site"));
        assertFalse(report.hasErrors(), report.diagnostics().toString());
        Document page = Jsoup.parse(Files.readString(tmp.resolve("site/corrections.html"), StandardCharsets.UTF_8));
        List<String> items = page.select("ul.corrections li").eachText();
        assertEquals(4, items.size(), items.toString());
        assertTrue(items.get(0).startsWith("2031-05-20") && items.get(0).endsWith("(Our rating: Accurate → none)"), items.get(0));
        assertTrue(items.get(1).startsWith("2031-04-10") && items.get(1).endsWith("(Our rating: none → Mixed)"), items.get(1));
        assertTrue(items.get(2).startsWith("2031-04-02") && items.get(2).endsWith("(What the sources say: Single source → Corroborated)"),
                items.get(2));
        assertTrue(items.get(3).endsWith("Typing error in the title fixed."), items.get(3));

        Document claim = Jsoup.parse(Files.readString(tmp.resolve("site/claims/bridge-opened.html"), StandardCharsets.UTF_8));
        List<String> own = claim.select("#corrections + ul.corrections li").eachText();
        assertEquals(3, own.size(), own.toString());
        assertTrue(own.get(1).contains("(What the sources say: Single source → Corroborated)"), own.toString());
        // a correction later than 'checked:' is a later check
        assertEquals("2031-05-20", claim.selectFirst("p.stamp time[datetime^=2031-05]").attr("datetime"));
    }

    @Test
    void aChangeWithNeitherEndAndAnUnknownStatusAreLocatedErrors() throws Exception {
        Path root = Roots.copy("corrections", tmp.resolve("root"));
        Path file = root.resolve("content/claims/ferry-resumed.yaml");
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8)
                .replace("    rating: {to: Mixed}", "    rating: {}\n    status: {from: settled, to: single-source}"), StandardCharsets.UTF_8);
        Report report = Factcheck.check(root);
        List<Diagnostic> errors = report.diagnostics().stream()
                .filter(d -> d.severity().id().equals("error") && d.at().file().endsWith("ferry-resumed.yaml")).toList();
        assertTrue(errors.stream().anyMatch(d -> d.at().line() == 11 && d.message().contains("needs 'from', 'to' or both")), errors.toString());
        assertTrue(errors.stream().anyMatch(d -> d.at().line() == 12 && d.message().contains("settled")), errors.toString());
    }

    @Test
    void aHistoryThatDoesNotLeadToTheClaimsStatusOrRatingIsWarnedAtTheChange() throws Exception {
        Path root = Roots.copy("corrections", tmp.resolve("root"));
        Path file = root.resolve("content/claims/ferry-resumed.yaml");
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8)
                .replace("    rating: {to: Mixed}", "    rating: {to: Mixed}\n    status: {from: single-source, to: corroborated}")
                .replace("rating: Mixed\n", "rating: Accurate\n"), StandardCharsets.UTF_8);
        Report report = Factcheck.check(root);
        List<Diagnostic> history = report.diagnostics().stream().filter(d -> d.rule() == org.factcheck.diagnostic.Rule.HISTORY).toList();
        assertEquals(2, history.size(), history.toString());
        assertTrue(history.stream().anyMatch(d -> d.at().line() == 11 && d.message().contains("ends at 'Mixed'")
                && d.message().contains("rating is 'Accurate'")), history.toString());
        assertTrue(history.stream().anyMatch(d -> d.at().line() == 12 && d.message().contains("ends at 'corroborated'")
                && d.message().contains("expects 'single-source'")), history.toString());
        // the fixture as written, whose history leads to each claim's status and rating, is not warned
        assertTrue(Factcheck.check(Roots.fixture("corrections")).diagnostics().stream().noneMatch(d -> d.rule() == org.factcheck.diagnostic.Rule.HISTORY));
    }
}
