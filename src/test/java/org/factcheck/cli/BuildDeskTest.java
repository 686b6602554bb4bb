package org.factcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.factcheck.Roots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code build --desk FILE} runs discovery in the build's own process and writes the desk's page, the
 * same page {@code serve} shows at /_desk/, beside the site and never into it.
 */
class BuildDeskTest {

    @TempDir
    Path tmp;

    @Test
    void writesServesDeskPageOutsideTheSite() throws Exception {
        Path root = Roots.copy("republished", tmp.resolve("root"));
        Path site = tmp.resolve("site");
        Path desk = tmp.resolve("desk/findings.html");
        Cli.Run run = Cli.run("build", "--root", root.toString(), "--out", site.toString(), "--date", "2026-01-01", "--no-cache",
                "--desk", desk.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("; desk: "), run.out());
        String html = Files.readString(desk, StandardCharsets.UTF_8);
        assertEquals(DeskPage.render(root), html, "the page serve shows");
        assertTrue(html.contains("republishes <a href=\"/articles/fenwick.html\">"), html);
        try (Stream<Path> files = Files.walk(site)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().equals("findings.html")), "nothing of the desk in the site");
        }
    }

    @Test
    void refusesADeskPageInsideTheSite() throws Exception {
        Path root = Roots.copy("republished", tmp.resolve("root"));
        Path site = tmp.resolve("site");
        Cli.Run run = Cli.run("build", "--root", root.toString(), "--out", site.toString(), "--desk",
                site.resolve("desk.html").toString());
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains("is inside the site"), run.err());
        assertFalse(Files.exists(site), "nothing built");
    }
}
