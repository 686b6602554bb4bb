package org.factcheck.render;

import org.factcheck.Factcheck;
import org.factcheck.Roots;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What readers expect of a desk's pages besides the check itself: an icon on every page, share
 * links that are plain links (nothing loaded from another host), and a stylesheet for paper and
 * for dark mode.
 */
class ReaderExtrasTest {

    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void build() throws Exception {
        site = tmp.resolve("site");
        Factcheck.build(Roots.fixture("chart-labels"), site, LocalDate.of(2026, 2, 1), org.factcheck.cache.CacheDir.none());
    }

    @Test
    void everyPageAndTheNotFoundPageLinkTheIcon() throws Exception {
        for (String p : List.of("index.html", "404.html", "claims/invasion-month.html", "report.html")) {
            Element icon = Jsoup.parse(site.resolve(p).toFile(), "UTF-8").selectFirst("link[rel=icon]");
            assertTrue(icon != null, p + " links no icon");
            assertEquals("image/svg+xml", icon.attr("type"));
        }
        assertTrue(Files.readString(site.resolve("assets/favicon.svg")).startsWith("<svg"));
    }

    @Test
    void shareLinksArePlainLinksAndLoadNothing() throws Exception {
        Document page = Jsoup.parse(site.resolve("claims/invasion-month.html").toFile(), "UTF-8");
        Element share = page.selectFirst("aside.share");
        assertTrue(share != null, "a claim page has share links");
        assertTrue(share.select("img, iframe, script, object, embed, link, [style], [src]").isEmpty(), share.html());
        List<String> hrefs = share.select("a").eachAttr("href");
        assertTrue(hrefs.size() >= 5, hrefs.toString());
        String address = java.net.URLEncoder.encode("https://charts.example/claims/invasion-month.html",
                java.nio.charset.StandardCharsets.UTF_8);
        for (String h : hrefs) {
            assertTrue(h.startsWith("mailto:") || h.startsWith("https://"), h);
            assertTrue(h.contains(address), h + " carries the page's address");
        }
        assertTrue(share.selectFirst("button[data-copy-link][hidden]") != null, "copy link waits for the site's own script");
        // Every script any page loads is the site's own.
        for (Element s : page.select("script[src]")) {
            assertTrue(s.attr("src").startsWith("../assets/"), s.outerHtml());
        }
        assertTrue(Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8").select("aside.share").isEmpty(),
                "only claim pages are shared");
    }

    @Test
    void theStylesheetHasPaperAndDarkMode() throws Exception {
        String css = Files.readString(site.resolve("assets/style.css"));
        int print = css.indexOf("@media print");
        assertTrue(print > 0, "a print stylesheet");
        String paper = css.substring(print);
        assertTrue(paper.contains(".site-header") && paper.contains(".share") && paper.contains("display: none"), paper);
        assertTrue(paper.contains("attr(href)"), "printed links show their address");
        assertTrue(css.contains("prefers-color-scheme: dark") && css.contains("--paper: #14181f"), "dark mode");
    }
}
