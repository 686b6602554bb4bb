package org.factcheck.check;

import org.factcheck.Factcheck;
import org.factcheck.Roots;
import org.factcheck.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs {@code check} on the errors fixture and compares every diagnostic, with its file, line and
 * column, to {@code expected.txt}. A line ending in "..." only fixes the start of the message
 * (the YAML parser's own wording).
 */
class DiagnosticsFixtureTest {

    @Test
    void everyProblemIsReportedWithItsLocation() throws IOException {
        Path root = Roots.fixture("errors");
        List<String> expected = Files.readAllLines(root.resolve("expected.txt"));
        Report report = Factcheck.check(root);
        List<String> actual = report.diagnostics().stream().map(Diagnostic::format).toList();
        assertEquals(expected.size(), actual.size(), "diagnostics:\n" + String.join("\n", actual));
        for (int i = 0; i < expected.size(); i++) {
            String want = expected.get(i);
            String got = actual.get(i);
            if (want.endsWith("...")) {
                assertTrue(got.startsWith(want.substring(0, want.length() - 3)), "expected " + want + "\n     got " + got);
            } else {
                assertEquals(want, got);
            }
        }
        assertTrue(report.hasBlockingErrors());
        for (Diagnostic d : report.diagnostics()) {
            assertTrue(d.rule() != org.factcheck.diagnostic.Rule.OTHER, "every fixture problem has a specific rule: " + d.format());
        }
        assertEquals(org.factcheck.diagnostic.Rule.UNKNOWN_ARTICLE, report.diagnostics().get(expected.size() - 1).rule());
    }

    @Test
    void aMissingRootIsAContentError() {
        Report report = Factcheck.check(Path.of("no/such/root"));
        assertTrue(report.hasBlockingErrors());
        assertTrue(report.diagnostics().get(0).message().contains("no such directory"));
    }
}
