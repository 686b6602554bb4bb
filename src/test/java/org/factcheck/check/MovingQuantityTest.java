package org.factcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.factcheck.Factcheck;
import org.factcheck.Roots;
import org.factcheck.diagnostic.Diagnostic;
import org.factcheck.diagnostic.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Counted sources published more than a week apart, with no as_of, may describe a quantity that moved. */
class MovingQuantityTest {

    @TempDir
    Path tmp;

    @Test
    void sourcesWeeksApartWithoutAsOfAreWarnedAtTheClaimAndTheReasonSaysTheDates() throws Exception {
        Path root = Roots.copy("roles", tmp.resolve("root"));
        Path echo = root.resolve("content/articles/echo.yaml");
        Files.writeString(echo, Files.readString(echo, StandardCharsets.UTF_8).replace("published: 2025-08-16",
                "published: 2025-09-07"), StandardCharsets.UTF_8);
        Report report = Factcheck.check(root);
        List<Diagnostic> moving = report.diagnostics().stream().filter(d -> d.rule() == Rule.MOVING).toList();
        assertTrue(moving.stream().anyMatch(d -> d.at().file().equals("content/claims/vague-against-a-figure.yaml")
                && d.severity().id().equals("warning") && d.message().contains("as_of")), moving.toString());
        // a claim whose sources date their figures with as_of is not warned
        assertTrue(moving.stream().noneMatch(d -> d.at().file().endsWith("timeline-nothing-compared.yaml")), moving.toString());
        ClaimResult r = report.claims().stream().filter(c -> c.claim().id().equals("vague-against-a-figure")).findFirst()
                .orElseThrow();
        assertTrue(r.reason().contains("published on 2025-08-16 and 2025-09-07, 22 days apart"), r.reason());
    }

    @Test
    void sourcesOfOneWeekAreNotWarned() {
        Report report = Factcheck.check(Roots.fixture("roles"));
        assertEquals(List.of(), report.diagnostics().stream().filter(d -> d.rule() == Rule.MOVING).toList());
    }
}
