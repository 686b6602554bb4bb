package org.factcheck.load;

import org.factcheck.diagnostic.Diagnostic;

import org.factcheck.Factcheck;
import org.factcheck.Roots;
import org.factcheck.check.Report;
import org.factcheck.render.SiteWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Git's folder (where CI keeps the job's token), the cache, build output and the site folder are
 * never content: a capture, page, template or asset naming them, or linking into them, is refused
 * with a located error and nothing of the file is published. Captures are read only under seeds/.
 */
class ReservedPathsTest {

    private static final String TOKEN = "ghp_token_in_git_config";

    @TempDir
    Path tmp;

    /** A copy of a fixture root with a .git/config holding a token, as actions/checkout leaves it. */
    private Path root() throws Exception {
        Path root = Roots.copy("statuses", tmp.resolve("root"));
        Files.createDirectories(root.resolve(".git"));
        Files.writeString(root.resolve(".git/config"), "[http]\n\textraheader = AUTHORIZATION: basic " + TOKEN + "\n");
        return root;
    }

    private static void article(Path root, String file) throws Exception {
        Files.writeString(root.resolve("content/articles/leak.yaml"), "title: Leak\noutlet: Leak Daily\npublished: 2025-08-16\nfile: "
                + file + "\n", StandardCharsets.UTF_8);
    }

    private static List<String> errors(Report r) {
        return r.diagnostics().stream().map(Diagnostic::format).toList();
    }

    private static void assertError(Report r, String expected) {
        assertTrue(errors(r).stream().anyMatch(e -> e.contains(expected)), () -> "expected '" + expected + "' in " + errors(r));
        assertFalse(errors(r).stream().anyMatch(e -> e.contains(TOKEN)), () -> "the token was quoted: " + errors(r));
    }

    @Test
    void aCaptureInReservedFoldersIsRefusedAtItsField() throws Exception {
        Path root = root();
        for (String path : List.of(".git/config", "seeds/../.git/config", "target/x.txt", ".factcheck/x", "node_modules/x/y.txt",
                "site/index.html")) {
            article(root, path);
            Report r = Factcheck.check(root);
            assertError(r, "content/articles/leak.yaml:4:7: error: field 'file' must name a capture under seeds/");
        }
    }

    @Test
    void aCaptureOutsideSeedsIsRefusedAtItsField() throws Exception {
        Path root = root();
        Files.writeString(root.resolve("content/notes.txt"), "text");
        article(root, "content/notes.txt");
        assertError(Factcheck.check(root), "content/articles/leak.yaml:4:7: error: field 'file' must name a capture under seeds/ "
                + "(such as seeds/capture.txt), found 'content/notes.txt'");
    }

    @Test
    void aCaptureLinkedIntoGitIsRefused() throws Exception {
        Path root = root();
        Files.createSymbolicLink(root.resolve("seeds/leak.txt"), root.resolve(".git/config"));
        article(root, "seeds/leak.txt");
        assertError(Factcheck.check(root), "content/articles/leak.yaml:4:7: error: capture 'seeds/leak.txt' is a link into .git/");
        // A relative link, as a pull request would commit it.
        Files.delete(root.resolve("seeds/leak.txt"));
        Files.createSymbolicLink(root.resolve("seeds/leak.txt"), Path.of("../.git/config"));
        assertError(Factcheck.check(root), "content/articles/leak.yaml:4:7: error: capture 'seeds/leak.txt' is a link into .git/");
    }

    @Test
    void aPageLinkedIntoGitIsRefused() throws Exception {
        Path root = root();
        Files.createDirectories(root.resolve("content/pages"));
        Files.createSymbolicLink(root.resolve("content/pages/about.md"), Path.of("../../.git/config"));
        assertError(Factcheck.check(root), "content/pages/about.md:1:1: error: is a link to a file inside .git/");
    }

    @Test
    void aTemplateOrAssetLinkedIntoGitIsNotPublished() throws Exception {
        Path root = root();
        Files.createDirectories(root.resolve("templates/assets"));
        Files.createSymbolicLink(root.resolve("templates/page.ftlh"), Path.of("../.git/config"));
        Files.createDirectories(root.resolve("content/pages"));
        Files.writeString(root.resolve("content/pages/about.md"), "# About\n");
        Path out = tmp.resolve("out");
        var e = assertThrows(SiteWriter.RenderException.class, () -> Factcheck.build(root, out));
        assertTrue(e.getMessage().contains("templates/page.ftlh is a link to a file inside .git/"), e.getMessage());
        assertFalse(e.getMessage().contains(TOKEN));
        Files.delete(root.resolve("templates/page.ftlh"));
        Files.createSymbolicLink(root.resolve("templates/assets/style.css"), Path.of("../../.git/config"));
        e = assertThrows(SiteWriter.RenderException.class, () -> Factcheck.build(root, out));
        assertTrue(e.getMessage().contains("templates/assets/style.css is a link to a file inside .git/"), e.getMessage());
        assertFalse(Files.exists(out.resolve("assets/style.css")));
    }

    @Test
    void aPageLinkedIntoTheOutFolderIsRefusedByTheBuild() throws Exception {
        Path root = root();
        Path out = root.resolve("public");
        Factcheck.build(root, out);
        assertTrue(Files.isRegularFile(out.resolve("index.html")));
        Files.createDirectories(root.resolve("content/pages"));
        Files.createSymbolicLink(root.resolve("content/pages/about.md"), Path.of("../../public/index.html"));
        var e = assertThrows(SiteWriter.RenderException.class, () -> Factcheck.build(root, out));
        assertTrue(e.getMessage().contains("content/pages/about.md is inside or links into the output folder"), e.getMessage());
        // The default output folder is refused by the check itself.
        Files.delete(root.resolve("content/pages/about.md"));
        Factcheck.build(root, root.resolve("site"));
        Files.createSymbolicLink(root.resolve("content/pages/about.md"), Path.of("../../site/index.html"));
        assertError(Factcheck.check(root), "content/pages/about.md:1:1: error: is a link to a file inside site/");
    }
}
