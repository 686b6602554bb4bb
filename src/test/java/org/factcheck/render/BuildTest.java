package org.factcheck.render;

import org.factcheck.Factcheck;
import org.factcheck.Roots;
import org.factcheck.check.Report;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BuildTest {

    @TempDir
    Path tmp;

    private Path builtStatuses() throws Exception {
        Path root = Roots.copy("statuses", tmp.resolve("root"));
        Path out = tmp.resolve("site");
        Report report = Factcheck.build(root, out);
        assertFalse(report.hasBlockingErrors(), report.diagnostics().toString());
        return out;
    }

    @Test
    void writesEveryPage() throws Exception {
        Path out = builtStatuses();
        for (String page : new String[] {"index.html", "report.html", "report.json", "assets/style.css",
                "claims/term-corroborated.html", "articles/alpha.html", "topics/guarantees.html"}) {
            assertTrue(Files.isRegularFile(out.resolve(page)), page);
        }
    }

    @Test
    void everyInternalLinkAndAnchorResolves() throws Exception {
        Path out = builtStatuses();
        int links = 0;
        try (Stream<Path> pages = Files.walk(out)) {
            for (Path page : (Iterable<Path>) pages.filter(p -> p.toString().endsWith(".html"))::iterator) {
                Document doc = Jsoup.parse(page.toFile(), "UTF-8");
                for (Element a : doc.select("a[href], link[href]")) {
                    String href = a.attr("href");
                    if (href.startsWith("http")) {
                        continue;
                    }
                    links++;
                    String file = href.replaceAll("[?#].*", "");
                    Path target = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
                    assertTrue(Files.isRegularFile(target), out.relativize(page) + " links to missing " + href);
                    if (href.contains("#")) {
                        String id = href.substring(href.indexOf('#') + 1);
                        assertFalse(Jsoup.parse(target.toFile(), "UTF-8").getElementById(id) == null,
                                out.relativize(page) + " links to missing anchor " + href);
                    }
                }
            }
        }
        assertTrue(links > 50, "crawled " + links + " links");
    }

    @Test
    void articlePageHighlightsEachCitedQuoteAndLinksToItsClaim() throws Exception {
        Path out = builtStatuses();
        Document alpha = Jsoup.parse(out.resolve("articles/alpha.html").toFile(), "UTF-8");
        Element quote = alpha.getElementById("q-cost-conflicting-1");
        assertEquals("../claims/cost-conflicting.html", quote.attr("href"));
        assertEquals("$800 billion", quote.text());
        assertTrue(quote.hasClass("status-conflicting"));
        // The quote that does not anchor is not highlighted anywhere.
        Document beta = Jsoup.parse(out.resolve("articles/beta.html").toFile(), "UTF-8");
        assertTrue(beta.select("a.quote[href$=deal-unanchored.html]").isEmpty());
        Document claim = Jsoup.parse(out.resolve("claims/cost-conflicting.html").toFile(), "UTF-8");
        assertEquals(2, claim.select("section.source").size());
        assertTrue(claim.select(".badge.status-conflicting").text().contains("Conflicting"));
    }

    @Test
    void aFailedBuildLeavesThePreviousSiteByteIdentical() throws Exception {
        Path root = Roots.copy("statuses", tmp.resolve("root"));
        Path out = tmp.resolve("site");
        Factcheck.build(root, out);
        Map<String, byte[]> before = Roots.snapshot(out);

        Files.writeString(root.resolve("content/claims/broken.yaml"), "title: [unclosed\n", StandardCharsets.UTF_8);
        Report report = Factcheck.build(root, out);
        assertTrue(report.hasBlockingErrors());
        assertSameFiles(before, Roots.snapshot(out));

        Files.delete(root.resolve("content/claims/broken.yaml"));
        Files.createDirectories(root.resolve("templates"));
        Files.writeString(root.resolve("templates/claim.ftlh"), "<#list page.nope as x>${x}</#list>", StandardCharsets.UTF_8);
        SiteWriter.RenderException e = assertThrows(SiteWriter.RenderException.class, () -> Factcheck.build(root, out));
        assertTrue(e.getMessage().contains("claim.ftlh"), e.getMessage());
        assertSameFiles(before, Roots.snapshot(out));
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(2, left.count(), "no staging directory is left behind");
        }
    }

    @Test
    void refusesToReplaceADirectoryItDidNotWrite() throws Exception {
        Path root = Roots.copy("statuses", tmp.resolve("root"));
        Path precious = tmp.resolve("precious");
        Files.createDirectories(precious);
        Files.writeString(precious.resolve("notes.txt"), "keep me");
        assertThrows(SiteWriter.RenderException.class, () -> Factcheck.build(root, precious));
        assertEquals("keep me", Files.readString(precious.resolve("notes.txt")));
        assertThrows(SiteWriter.RenderException.class, () -> Factcheck.build(root, root));
    }

    @Test
    void twoBuildsAreByteIdentical() throws Exception {
        Path root = Roots.copy("statuses", tmp.resolve("root"));
        Factcheck.build(root, tmp.resolve("a"));
        Factcheck.build(root, tmp.resolve("b"));
        assertSameFiles(Roots.snapshot(tmp.resolve("a")), Roots.snapshot(tmp.resolve("b")));
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((k, v) -> assertArrayEquals(v, actual.get(k), k));
    }
}
