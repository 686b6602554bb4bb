package org.factcheck.load;

import org.factcheck.diagnostic.Diagnostic;
import org.factcheck.diagnostic.Location;

import org.factcheck.Factcheck;
import org.factcheck.Roots;
import org.factcheck.check.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Mistakes editors make by hand get one message at the spot to change: a tab in the indentation,
 * a date that does not exist, a claim without {@code expect:} where the desk requires one.
 */
class EditorErrorsTest {

    @TempDir
    Path tmp;

    private Path root() {
        return Roots.copy("statuses", tmp.resolve("root"));
    }

    private static List<String> errors(Report r) {
        return r.diagnostics().stream().map(Diagnostic::format).toList();
    }

    @Test
    void aTabInTheIndentationIsNamedAtItsLineAndColumn() throws Exception {
        Path root = root();
        Files.writeString(root.resolve("content/claims/tabbed.yaml"), """
                title: Tabbed
                topic: Tabs
                claim: A claim.
                sources:
                  - article: alpha
                \tquote: $800 billion
                """, StandardCharsets.UTF_8);
        List<String> e = errors(Factcheck.check(root));
        assertTrue(e.contains("content/claims/tabbed.yaml:6:1: error: tab character at line 6, column 1: YAML indents with spaces;"
                + " replace the tab with spaces"), e.toString());
        assertFalse(e.stream().anyMatch(d -> d.contains("scanning for the next token")), e.toString());
    }

    @Test
    void aTabAfterASpaceIsFoundAtItsOwnColumn() throws YamlReader.YamlSyntaxException {
        try {
            YamlReader.read("c.yaml", "a: 1\nb:\n  - x\n  \t- y\n");
        } catch (YamlReader.YamlSyntaxException e) {
            assertEquals(new Location("c.yaml", 4, 3), e.at);
            return;
        }
        throw new AssertionError("a tab in the indentation must not parse");
    }

    @Test
    void aTabInsideAValueIsText() throws YamlReader.YamlSyntaxException {
        YamlNode doc = YamlReader.read("c.yaml", "title: \"a\\tb\"\nnote: x\ty\n");
        assertTrue(doc instanceof YamlNode.Mapping);
    }

    @Test
    void aDateThatDoesNotExistIsOneErrorWithoutFollowOns() throws Exception {
        Path root = root();
        Path alpha = root.resolve("content/articles/alpha.yaml");
        Files.writeString(alpha, Files.readString(alpha).replaceAll("published: .*", "published: 2025-13-45"));
        Report before = Factcheck.check(Roots.fixture("statuses"));
        Report after = Factcheck.check(root);
        List<String> added = errors(after).stream().filter(d -> !errors(before).contains(d)).toList();
        assertEquals(List.of("content/articles/alpha.yaml:3:12: error: field 'published' must be an ISO date such as 2025-08-15,"
                + " found '2025-13-45'"), added.stream().filter(d -> d.contains(": error: ")).toList());
        assertTrue(after.hasBlockingErrors(), "a bad date still stops the build");
    }

    @Test
    void expectIsOptionalUnlessTheDeskRequiresIt() throws Exception {
        Path root = root();
        Path claim = root.resolve("content/claims/term-corroborated.yaml");
        Files.writeString(claim, Files.readString(claim).replaceAll("(?m)^expect:.*\n", ""));
        List<String> optional = errors(Factcheck.check(root));
        assertFalse(optional.stream().anyMatch(d -> d.startsWith("content/claims/term-corroborated.yaml")), optional.toString());

        Path site = root.resolve("content/site.yaml");
        Files.writeString(site, "title: Statuses desk\nrequire_expect: true\n");
        Report required = Factcheck.check(root);
        List<String> e = errors(required);
        assertTrue(e.contains("content/claims/term-corroborated.yaml:1:1: error: claim has no 'expect:'; content/site.yaml sets"
                + " 'require_expect: true', so every claim states the status it expects (e.g. 'expect: corroborated')"), e.toString());
        assertEquals(1, e.stream().filter(d -> d.contains("has no 'expect:'")).count(), "claims with expect: pass: " + e);
        assertTrue(required.diagnostics().stream().filter(d -> d.message().contains("has no 'expect:'")).noneMatch(Diagnostic::blocksBuild),
                "a missing expect: fails check, not the build");

        Files.writeString(site, "title: Statuses desk\nrequire_expect: yes please\n");
        assertTrue(errors(Factcheck.check(root)).stream().anyMatch(d -> d.startsWith("content/site.yaml:") && d.contains("require_expect")));
    }
}
