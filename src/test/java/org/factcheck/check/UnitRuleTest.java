package org.factcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.factcheck.Factcheck;
import org.factcheck.Roots;
import org.factcheck.diagnostic.Diagnostic;
import org.factcheck.diagnostic.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code unit:} names what a figure counts: it never makes dollars euros, and the advice never points at it. */
class UnitRuleTest {

    @TempDir
    Path tmp;

    @Test
    void aUnitNamingAnotherCurrencyIsALocatedErrorAndChangesNothing() throws Exception {
        Path root = Roots.copy("roles", tmp.resolve("root"));
        Files.writeString(root.resolve("content/claims/dollars-as-euros.yaml"), """
                title: dollars-as-euros
                topic: Roles
                claim: The fund holds 50 billion euros.
                sources:
                  - article: echo
                    quote: The fund holds $50 billion.
                    unit: EUR
                  - article: fox
                    quote: The fund holds €50 billion.
                """, StandardCharsets.UTF_8);
        Report report = Factcheck.check(root);
        Diagnostic d = report.diagnostics().stream().filter(x -> x.rule() == Rule.UNIT).findFirst().orElseThrow();
        assertEquals("content/claims/dollars-as-euros.yaml", d.at().file());
        assertEquals(7, d.at().line());
        assertEquals(11, d.at().column());
        assertTrue(d.message().contains("currencies are never converted"), d.message());
        assertTrue(report.hasBlockingErrors());
        ClaimResult r = report.claims().stream().filter(c -> c.claim().id().equals("dollars-as-euros")).findFirst().orElseThrow();
        assertEquals(Status.INCOMPARABLE, r.status(), r.reason());
    }

    @Test
    void theNotComparableAdviceNeverPointsAtUnitForCurrencies() {
        Report report = Factcheck.check(Roots.fixture("roles"));
        Diagnostic d = report.diagnostics().stream().filter(x -> x.rule() == Rule.INCOMPARABLE
                && x.at().file().endsWith("dollars-vs-euros.yaml")).findFirst().orElseThrow();
        assertFalse(d.message().contains("unit:"), d.message());
        assertTrue(report.diagnostics().stream().noneMatch(x -> x.rule() == Rule.UNIT), report.diagnostics().toString());
    }
}
