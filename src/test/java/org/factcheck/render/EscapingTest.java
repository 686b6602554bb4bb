package org.factcheck.render;

import org.factcheck.Factcheck;
import org.factcheck.check.Report;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Content is never trusted: script in any field, capture or note must come out as text. */
class EscapingTest {

    @TempDir
    Path root;

    private static boolean claimLinksResolve(Path out) throws java.io.IOException {
        Document claim = Jsoup.parse(out.resolve("claims/c.html").toFile(), "UTF-8");
        for (String href : claim.select("a[href]").eachAttr("href")) {
            if (!href.startsWith("http") && !href.startsWith("mailto:") && !Files.exists(out.resolve("claims").resolve(href.replaceAll("[?#].*", "")).normalize())) {
                return false;
            }
        }
        return true;
    }

    @Test
    void nothingFromContentInjectsScript() throws Exception {
        String evil = "<script>alert(1)</script><img src=x onerror=alert(2)>";
        Files.createDirectories(root.resolve("seeds"));
        Files.createDirectories(root.resolve("content/articles"));
        Files.createDirectories(root.resolve("content/claims"));
        Files.writeString(root.resolve("seeds/a.txt"), "Headline\n" + evil + " says 12 times.\n👉 See also: " + evil + "\n");
        Files.writeString(root.resolve("content/articles/a.yaml"), "title: '" + evil + "'\noutlet: '" + evil
                + "'\npublished: 2025-01-01\nurl: 'https://x.example/?q=1&r=2''onmouseover=alert(3)'\nfile: seeds/a.txt\nnote: '" + evil + "'\n");
        Files.writeString(root.resolve("content/claims/c.yaml"), "title: '" + evil + "'\ntopic: '" + evil + "'\nclaim: '" + evil
                + "'\nrating: '" + evil + "'\npublished: 2025-01-02\nsources:\n  - article: a\n    quote: '" + evil + " says 12 times'\n"
                + "note: |\n  " + evil + "\n\n  [click](javascript:alert(4))\n");
        Files.writeString(root.resolve("content/site.yaml"), "title: '" + evil + "'\nbase_url: https://desk.example/\ndesk: '" + evil
                + "'\nratings:\n  - label: '" + evil + "'\n    colour: '#123456'\n    icon: '" + evil + "'\n    description: '" + evil + "'\n");
        Path out = root.resolve("site");
        Report report = Factcheck.build(root, out);
        assertFalse(report.hasBlockingErrors(), report.diagnostics().toString());
        int pages = 0;
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path page : (Iterable<Path>) walk.filter(p -> p.toString().endsWith(".html"))::iterator) {
                pages++;
                Document doc = Jsoup.parse(page.toFile(), "UTF-8");
                // Only the site's own scripts and the JSON-LD it serialises itself.
                assertTrue(doc.select("script:not([src$=assets/search.js]):not([src$=assets/report.js]):not([src$=assets/share.js]):not([type=application/ld+json])")
                        .isEmpty(), page + " has a script element");
                for (org.jsoup.nodes.Element ld : doc.select("script[type=application/ld+json]")) {
                    assertFalse(ld.data().contains("<"), page + ": JSON-LD must not hold a raw '<'");
                }
                assertTrue(doc.select("img").isEmpty(), page + " has an injected img");
                assertTrue(doc.select("[onerror], [onmouseover]").isEmpty(), page + " has an event handler");
                assertTrue(doc.select("a[href^=javascript]").isEmpty(), page + " has a javascript: link");
            }
        }
        assertTrue(pages >= 4);
        assertTrue(claimLinksResolve(out), "no link to a methodology page the root does not have");
        Document claim = Jsoup.parse(out.resolve("claims/c.html").toFile(), "UTF-8");
        assertTrue(claim.select(".note").text().contains("<script>alert(1)</script>"), "the note shows the markup as text");
        String ld = claim.select("script[type=application/ld+json]").first().data();
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(ld);
        assertTrue(json.get("claimReviewed").asText().contains("<script>alert(1)</script>"), "JSON-LD keeps the text, escaped");
    }
}
