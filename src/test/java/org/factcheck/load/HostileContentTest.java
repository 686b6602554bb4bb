package org.factcheck.load;

import org.factcheck.diagnostic.Diagnostic;
import org.factcheck.files.Limits;

import org.factcheck.Factcheck;
import org.factcheck.Roots;
import org.factcheck.check.Report;
import org.factcheck.format.Format;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Content as a careless editor or an attacker commits it, checked through the library's
 * facade so that check, build and serve all see the same result.
 */
class HostileContentTest {

    @TempDir
    Path tmp;

    private Path root() {
        return Roots.copy("statuses", tmp.resolve("root"));
    }

    private static List<String> errors(Report r) {
        return r.diagnostics().stream().map(Diagnostic::format).toList();
    }

    private static String text(Report r) {
        StringWriter sw = new StringWriter();
        Format.TEXT.write(r, r.diagnostics(), Path.of(""), new PrintWriter(sw));
        return sw.toString();
    }

    private static void claim(Path root, String name, String yaml) throws Exception {
        Files.writeString(root.resolve("content/claims/" + name), yaml, StandardCharsets.UTF_8);
    }

    /** A content file that is a symlink out of the root is refused, and nothing of its target is quoted. */
    @Test
    void symlinksOutOfTheRootAreRefusedAndNeverQuoted() throws Exception {
        Path root = root();
        Path secret = tmp.resolve("secret.txt");
        Files.writeString(secret, "title: GITHUB_TOKEN=ghp_secret123\n");
        Files.createSymbolicLink(root.resolve("content/claims/x.yaml"), secret);
        Files.createDirectories(root.resolve("content/pages"));
        Files.createSymbolicLink(root.resolve("content/pages/passwd.md"), secret);
        Files.createSymbolicLink(root.resolve("content/site.yaml"), secret);
        Report r = Factcheck.check(root);
        String out = text(r);
        assertTrue(out.contains("content/claims/x.yaml:1:1: error: is a link to a file outside the root"), out);
        assertTrue(out.contains("content/pages/passwd.md:1:1: error: is a link to a file outside the root"), out);
        assertTrue(out.contains("content/site.yaml:1:1: error: is a link to a file outside the root"), out);
        assertFalse(out.contains("ghp_secret123"), out);
        StringWriter sarif = new StringWriter();
        Format.SARIF.write(r, r.diagnostics(), Path.of(""), new PrintWriter(sarif));
        assertFalse(sarif.toString().contains("ghp_secret123"));
    }

    /** A symlinked template asset is not published. */
    @Test
    void aSymlinkedAssetIsNotPublished() throws Exception {
        Path root = root();
        Path secret = tmp.resolve("secret.css");
        Files.writeString(secret, "/* ghp_secret123 */");
        Files.createDirectories(root.resolve("templates/assets"));
        Files.createSymbolicLink(root.resolve("templates/assets/style.css"), secret);
        Path out = tmp.resolve("site");
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.factcheck.render.SiteWriter.RenderException.class,
                () -> Factcheck.build(root, out));
        assertTrue(e.getMessage().contains("templates/assets/style.css is a link to a file outside the root"), e.getMessage());
        assertFalse(Files.exists(out));
    }

    /** An alias is a located error (not the anchor's name as text); so is a second document. */
    @Test
    void yamlAliasesAndSecondDocumentsAreLocatedErrors() throws Exception {
        Path root = root();
        claim(root, "alias.yaml", "title: &t Talks\ntopic: *t\nclaim: x\nsources:\n  - article: alpha\n    quote: \"15-year\"\n");
        claim(root, "two-docs.yaml", "title: a\ntopic: T\nclaim: x\nsources:\n  - article: alpha\n    quote: \"15-year\"\n---\ntitle: b\n");
        List<String> e = errors(Factcheck.check(root));
        assertTrue(e.contains("content/claims/alias.yaml:2:8: error: YAML alias '*t' is not supported in content files; write the value out where it is used"), e.toString());
        assertTrue(e.stream().anyMatch(d -> d.startsWith("content/claims/two-docs.yaml:8:1: error: a second YAML document in one file")), e.toString());
    }

    /** Topics "C++" and "C#" would share topics/c.html; pages About.md and about.md one page. */
    @Test
    void slugCollisionsNameBothFiles() throws Exception {
        Path root = root();
        claim(root, "cpp.yaml", "title: a\ntopic: C++\nclaim: x\nsources:\n  - article: alpha\n    quote: \"15-year\"\n");
        claim(root, "csharp.yaml", "title: b\ntopic: C#\nclaim: x\nsources:\n  - article: alpha\n    quote: \"15-year\"\n");
        Files.createDirectories(root.resolve("content/pages"));
        Files.writeString(root.resolve("content/pages/About.md"), "# About\n");
        Files.writeString(root.resolve("content/pages/about.md"), "# about\n");
        List<String> e = errors(Factcheck.check(root));
        assertTrue(e.contains("content/claims/csharp.yaml:2:8: error: topic 'C#' (content/claims/csharp.yaml) and topic 'C++'"
                + " (content/claims/cpp.yaml) would share one page, topics/c.html; spell them the same or make them differ in letters or digits"), e.toString());
        assertTrue(e.contains("content/pages/about.md:1:1: error: page content/pages/about.md and page content/pages/About.md would both"
                + " be written to pages/about.html; rename one of them"), e.toString());
    }

    /** Names that would overwrite a list page (topics/index.html, articles/page-2.html) are errors too. */
    @Test
    void namesOfListPagesAreRefused() throws Exception {
        Path root = root();
        claim(root, "idx.yaml", "title: a\ntopic: Index\nclaim: x\nsources:\n  - article: alpha\n    quote: \"15-year\"\n");
        Files.copy(root.resolve("content/articles/alpha.yaml"), root.resolve("content/articles/page-2.yaml"));
        List<String> e = errors(Factcheck.check(root));
        assertTrue(e.contains("content/claims/idx.yaml:2:8: error: topic 'Index' would be written over the list of all topics, topics/index.html;"
                + " choose another name"), e.toString());
        assertTrue(e.stream().anyMatch(d -> d.startsWith("content/articles/page-2.yaml:1:1: error: article id 'page-2' would be written over a page of the article list")),
                e.toString());
    }

    /** Bad page files fail check, located; invalid UTF-8 and NUL at their real line and column. */
    @Test
    void badPagesAndBytesAreLocatedByCheck() throws Exception {
        Path root = root();
        Files.createDirectories(root.resolve("content/pages/folder.md"));
        Files.write(root.resolve("content/pages/latin1.md"), "# Title\n\nCaf\u00e9 ok\nna\u00efve: ".getBytes(StandardCharsets.UTF_8));
        byte[] bad = "# T\n\nabc \u00ff\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(root.resolve("content/pages/bad.md"), bad);
        Files.write(root.resolve("content/claims/nul.yaml"), "title: a\ntopic: T\nclaim: x\u0000y\n".getBytes(StandardCharsets.UTF_8));
        Files.write(root.resolve("content/claims/bad-utf8.yaml"), "title: a\ntopic: \u00ff\n".getBytes(StandardCharsets.ISO_8859_1));
        Report r = Factcheck.check(root);
        List<String> e = errors(r);
        assertTrue(e.contains("content/pages/folder.md:1:1: error: is a directory, not a file"), e.toString());
        assertTrue(e.contains("content/pages/bad.md:3:5: error: not valid UTF-8 text (byte 0xff)"), e.toString());
        assertTrue(e.contains("content/claims/nul.yaml:3:9: error: a NUL character (byte 0x00) is not text"), e.toString());
        assertTrue(e.contains("content/claims/bad-utf8.yaml:2:8: error: not valid UTF-8 text (byte 0xff)"), e.toString());
        assertTrue(r.hasBlockingErrors());
        assertFalse(e.stream().anyMatch(d -> d.startsWith("content/pages/latin1.md")), e.toString());
    }

    /** An invalid article does not make its claims say "no file"; the article's own errors are what to fix. */
    @Test
    void anInvalidArticleIsNotReportedAsMissing() throws Exception {
        Path root = root();
        Files.writeString(root.resolve("content/articles/alpha.yaml"), "title: Alpha\noutlet: Alpha Daily\npublished: 2025-08-16\nfile: seeds/alpha.txt\nfrom: [not text]\n");
        List<String> e = errors(Factcheck.check(root));
        assertFalse(e.stream().anyMatch(d -> d.contains("no file content/articles/alpha.yaml")), e.toString());
        assertTrue(e.stream().anyMatch(d -> d.endsWith("error: article 'alpha' could not be loaded; fix the errors reported in content/articles/alpha.yaml")),
                e.toString());
    }

    /** A claim with 10,000 sources fails fast at load with the limit's name, before any comparison. */
    @Test
    void tooManySourcesIsALocatedLimitError() throws Exception {
        Path root = root();
        StringBuilder sb = new StringBuilder("title: a\ntopic: T\nclaim: x\nsources:\n");
        for (int i = 0; i < 10_000; i++) {
            sb.append("  - article: alpha\n    quote: \"15-year\"\n");
        }
        claim(root, "many.yaml", sb.toString());
        Report r = Factcheck.check(root);
        List<String> e = errors(r);
        assertTrue(e.contains("content/claims/many.yaml:5:3: error: a claim cites 10000 sources, more than 200 (limit sources-per-claim = 200;"
                + " raise it with -Dfactcheck.limit.sources-per-claim=N (for the jar: JAVA_TOOL_OPTIONS=\"-Dfactcheck.limit.sources-per-claim=N\"))"), e.toString());
        assertTrue(r.claims().stream().noneMatch(c -> c.claim().id().equals("many")));
    }

    /** The other limits fail fast too, each naming itself. */
    @Test
    void limitsNameThemselves() throws Exception {
        Path root = root();
        Limits small = new Limits(100, 400, 10, 200, 3, 8192, 8);
        claim(root, "long-quote.yaml", "title: a\ntopic: T\nclaim: x\nsources:\n  - article: alpha\n    quote: \"a quote of more than ten\"\n");
        claim(root, "deep.yaml", "title: a\ntopic: T\nclaim: x\nsources:\n  - article: alpha\n    quote: q\n    x: [[[1]]]\n");
        claim(root, "big.yaml", "title: a\ntopic: T\nclaim: x\nnote: \"" + "n".repeat(500) + "\"\n");
        List<String> e = Loader.load(root, small).diagnostics().stream().map(Diagnostic::format).toList();
        assertTrue(e.stream().anyMatch(d -> d.startsWith("content/claims/long-quote.yaml:6:12: error: field 'quote' is 24 characters long, more than 10 (limit quote-chars = 10;")), e.toString());
        assertTrue(e.stream().anyMatch(d -> d.startsWith("content/claims/deep.yaml:7:8: error: YAML nested more than 3 levels deep (limit yaml-depth = 3;")), e.toString());
        assertTrue(e.stream().anyMatch(d -> d.startsWith("content/claims/big.yaml:1:1: error: file is larger than 400 bytes (limit content-file-bytes = 400;")), e.toString());
        assertTrue(e.stream().anyMatch(d -> d.contains("error: capture 'seeds/alpha.txt' is ") && d.contains("limit capture-bytes = 100;")), e.toString());
    }

    @Test
    void limitsComeFromSystemProperties() {
        System.setProperty("factcheck.limit.sources-per-claim", "7");
        try {
            assertEquals(7, Limits.current().sourcesPerClaim());
            System.setProperty("factcheck.limit.sources-per-claim", "-1");
            var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, Limits::current);
            assertEquals("-Dfactcheck.limit.sources-per-claim=-1 must be a positive whole number", e.getMessage());
        } finally {
            System.clearProperty("factcheck.limit.sources-per-claim");
        }
    }
}
