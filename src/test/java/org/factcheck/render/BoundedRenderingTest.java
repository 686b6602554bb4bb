package org.factcheck.render;

import org.factcheck.Factcheck;
import org.factcheck.Roots;
import org.factcheck.check.Report;
import org.factcheck.diagnostic.Diagnostic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Content that passes check never crashes build: Markdown nested deeper than the renderer's stack
 * is a located check error, and a template that loops for ever or recurses without end fails the
 * build with one line naming the template and the page, within the template time limit.
 */
class BoundedRenderingTest {

    @TempDir
    Path tmp;

    @AfterEach
    void clearLimit() {
        System.clearProperty("factcheck.limit.template-seconds");
    }

    private Path root() {
        return Roots.copy("statuses", tmp.resolve("root"));
    }

    private static String errors(Report r) {
        return String.join("\n", r.diagnostics().stream().map(Diagnostic::format).toList());
    }

    @Test
    void deeplyNestedQuotesInANoteAreACheckErrorNotABuildCrash() throws Exception {
        Path root = root();
        Files.writeString(root.resolve("content/claims/deep.yaml"), "title: Deep\ntopic: Guarantees\nclaim: Deep.\n"
                + "sources:\n  - article: alpha\n    quote: 'a \"15-year term\" for the guarantees'\n"
                + "note: '" + ">".repeat(3000) + " x'\n", StandardCharsets.UTF_8);
        Report r = Factcheck.check(root);
        assertTrue(errors(r).contains("content/claims/deep.yaml:7:7: error: field 'note' (its line 1, column 65): block quotes and lists "
                + "nested more than 64 levels deep (limit markdown-block-depth = 64;"), errors(r));
        Report built = Factcheck.build(root, tmp.resolve("site"));
        assertTrue(built.hasBlockingErrors());
        assertFalse(Files.exists(tmp.resolve("site")));
    }

    @Test
    void deeplyNestedEmphasisAndLinksInAPageAreLocated() throws Exception {
        Path root = root();
        Files.createDirectories(root.resolve("content/pages"));
        Files.writeString(root.resolve("content/pages/about.md"), "# About\n\n" + "*a ".repeat(3000) + "x" + " a*".repeat(3000) + "\n");
        Files.writeString(root.resolve("content/pages/links.md"), "# Links\n\n" + "[".repeat(3000) + "x" + "](u)".repeat(3000) + "\n");
        Files.writeString(root.resolve("content/pages/lists.md"), "# Lists\n\n" + "- ".repeat(1000) + "x\n");
        Report r = Factcheck.check(root);
        assertTrue(errors(r).contains("content/pages/about.md:3:385: error: more than 128 links and emphasis markers (*, _, [) open at once"),
                errors(r));
        assertTrue(errors(r).contains("content/pages/links.md:3:129: error: more than 128 links and emphasis markers"), errors(r));
        assertTrue(errors(r).contains("content/pages/lists.md:3:129: error: block quotes and lists nested more than 64 levels"), errors(r));
    }

    @Test
    void moderatelyNestedMarkdownStillRenders() throws Exception {
        Path root = root();
        Files.createDirectories(root.resolve("content/pages"));
        Files.writeString(root.resolve("content/pages/about.md"), "# About\n\n> > > - a *b [c](https://example.org) d*\n");
        Report r = Factcheck.build(root, tmp.resolve("site"));
        assertFalse(r.hasBlockingErrors(), errors(r));
        assertTrue(Files.readString(tmp.resolve("site").resolve(org.factcheck.site.SitePaths.textPage("about"))).contains("<em>b"));
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aTemplateThatLoopsForEverFailsWithItsNameAndPage() throws Exception {
        Path root = root();
        Files.createDirectories(root.resolve("templates"));
        Files.createDirectories(root.resolve("content/pages"));
        Files.writeString(root.resolve("content/pages/about.md"), "# About\n");
        Files.writeString(root.resolve("templates/page.ftlh"), "<#list 1..999999999 as i><#list 1..999999999 as j></#list></#list>\n");
        System.setProperty("factcheck.limit.template-seconds", "1");
        var e = assertThrows(SiteWriter.RenderException.class, () -> Factcheck.build(root, tmp.resolve("site")));
        assertTrue(e.getMessage().startsWith("template page.ftlh took more than 1 s to render "), e.getMessage());
        assertTrue(e.getMessage().contains("about"), e.getMessage());
        assertTrue(e.getMessage().contains("limit template-seconds = 1"), e.getMessage());
        assertFalse(Files.exists(tmp.resolve("site")));
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aTemplateThatRecursesWithoutEndFailsWithItsNameAndPage() throws Exception {
        Path root = root();
        Files.createDirectories(root.resolve("templates"));
        Files.createDirectories(root.resolve("content/pages"));
        Files.writeString(root.resolve("content/pages/about.md"), "# About\n");
        Files.writeString(root.resolve("templates/page.ftlh"), "<#macro m><@m/></#macro><@m/>\n");
        var e = assertThrows(SiteWriter.RenderException.class, () -> Factcheck.build(root, tmp.resolve("site")));
        assertTrue(e.getMessage().startsWith("template page.ftlh calls itself too deeply while rendering "), e.getMessage());
    }
}
