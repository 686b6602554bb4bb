package org.factcheck.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nu.validator.client.EmbeddedValidator;
import org.factcheck.Roots;
import org.factcheck.check.Checker;
import org.factcheck.check.Report;
import org.factcheck.load.Loader;
import org.factcheck.export.ClaimReviewLd;
import org.factcheck.render.Paging;
import org.factcheck.render.SiteWriter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The quality bar on the fixture desk {@code desks/other} and on the {@code site-full} fixture: every page
 * passes the Nu HTML Checker, every internal link and anchor resolves, the feed and sitemap are
 * well-formed, rated claims carry valid ClaimReview, and two builds are byte-identical.
 */
class SiteQualityTest {

    static final LocalDate DATE = LocalDate.of(2026, 2, 1);

    @TempDir
    static Path tmp;
    static Path deskSite;
    static Path fixtureSite;
    /** The fixture with tiny pages (1 entry previewed, 2 a page, the report always paged), so every list is cut. */
    static Path pagedSite;
    static final Paging TINY = new Paging(1, 2, 0, 3);

    @BeforeAll
    static void build() throws Exception {
        deskSite = build(Roots.desk("other"), tmp.resolve("desk"));
        fixtureSite = build(Roots.fixture("site-full"), tmp.resolve("fixture"));
        pagedSite = build(Roots.fixture("site-full"), tmp.resolve("paged"), TINY);
    }

    static Path build(Path root, Path out) throws Exception {
        return build(root, out, Paging.DEFAULT);
    }

    static Path build(Path root, Path out, Paging paging) throws Exception {
        Report report = Checker.check(Loader.load(root));
        assertFalse(report.hasBlockingErrors(), report.diagnostics().toString());
        SiteWriter.write(report, out, DATE, paging);
        return out;
    }

    static List<Path> pages(Path site) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    @Test
    void everyPagePassesTheNuHtmlChecker() throws Exception {
        EmbeddedValidator vnu = new EmbeddedValidator();
        vnu.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        ObjectMapper json = new ObjectMapper();
        int checked = 0;
        List<String> errors = new ArrayList<>();
        for (Path site : List.of(deskSite, fixtureSite, pagedSite)) {
            for (Path page : pages(site)) {
                checked++;
                JsonNode out = json.readTree(vnu.validate(page));
                for (JsonNode m : out.path("messages")) {
                    if ("error".equals(m.path("type").asText()) || "fatal".equals(m.path("subType").asText())) {
                        errors.add(site.relativize(page) + ":" + m.path("lastLine").asText() + ": " + m.path("message").asText()
                                + " [" + m.path("extract").asText() + "]");
                    }
                }
            }
        }
        System.out.println("vnu: " + checked + " pages checked, " + errors.size() + " errors");
        assertTrue(errors.isEmpty(), String.join("\n", errors));
        assertTrue(checked > 40, "checked " + checked);
    }

    @Test
    void noBrokenInternalLinkOrAnchor() throws Exception {
        int links = 0;
        for (Path site : List.of(deskSite, fixtureSite, pagedSite)) {
            links += crawl(site);
        }
        System.out.println("crawler: " + links + " internal links and anchors resolved");
        assertTrue(links > 400, "crawled " + links);
    }

    /** Follows every internal href and src of every page; returns how many it checked. */
    static int crawl(Path site) throws IOException {
        Map<Path, Set<String>> ids = new HashMap<>();
        int links = 0;
        String sitePath = sitePath(site);
        for (Path page : pages(site)) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            for (Element a : doc.select("a[href], link[href], script[src]")) {
                String href = a.hasAttr("href") ? a.attr("href") : a.attr("src");
                if (href.startsWith("http:") || href.startsWith("https:") || href.startsWith("mailto:")) {
                    continue;
                }
                links++;
                String file = href.replaceAll("[?#].*", "");
                Path target;
                if (file.startsWith("/")) {
                    // Root-relative (the 404 page): strip the site's own path from base_url.
                    assertTrue(file.startsWith(sitePath), page + ": " + href + " is outside the site's path " + sitePath);
                    target = site.resolve(file.substring(sitePath.length()));
                } else {
                    target = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
                }
                if (Files.isDirectory(target)) {
                    target = target.resolve("index.html");
                }
                assertTrue(Files.isRegularFile(target), site.relativize(page) + " links to missing " + href);
                if (href.contains("#")) {
                    String id = href.substring(href.indexOf('#') + 1);
                    Set<String> known = ids.computeIfAbsent(target, t -> {
                        try {
                            return Set.copyOf(Jsoup.parse(t.toFile(), "UTF-8").select("[id]").eachAttr("id"));
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    });
                    assertTrue(known.contains(id), site.relativize(page) + " links to missing anchor " + href);
                }
            }
        }
        return links;
    }

    private static String sitePath(Path site) throws IOException {
        Document index = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        Element canonical = index.selectFirst("link[rel=canonical]");
        return canonical == null ? "/" : URI.create(canonical.attr("href")).getPath();
    }

    @Test
    void sitemapAndFeedAreWellFormedAndPointAtRealPages() throws Exception {
        var xml = DocumentBuilderFactory.newInstance();
        xml.setNamespaceAware(true);
        var sitemap = xml.newDocumentBuilder().parse(deskSite.resolve("sitemap.xml").toFile());
        var locs = sitemap.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        assertTrue(locs.getLength() > 20, "sitemap entries: " + locs.getLength());
        String base = "https://checks.harbourton.example/";
        for (int i = 0; i < locs.getLength(); i++) {
            String loc = locs.item(i).getTextContent();
            assertTrue(loc.startsWith(base), loc);
            String rel = loc.substring(base.length());
            assertTrue(Files.isRegularFile(deskSite.resolve(rel.isEmpty() ? "index.html" : rel)), loc);
        }
        for (Path site : List.of(deskSite, fixtureSite)) {
            var feed = xml.newDocumentBuilder().parse(site.resolve("feed.xml").toFile());
            assertTrue(feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength() >= 5, site.toString());
        }
        String fixtureFeed = Files.readString(fixtureSite.resolve("feed.xml"));
        assertTrue(fixtureFeed.contains("Corrected the as-of date of the Alpha Daily figure."), "corrections are in the feed");
        assertTrue(fixtureFeed.contains("<updated>2025-09-10T00:00:00Z</updated>"), "an entry is updated on its latest correction");
    }

    @Test
    void ratedClaimsCarryValidClaimReview() throws Exception {
        ObjectMapper json = new ObjectMapper();
        int reviews = 0;
        for (Path page : pages(deskSite.resolve("claims"))) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            Element script = doc.selectFirst("script[type=application/ld+json]");
            boolean rated = doc.selectFirst(".desk-rating") != null;
            assertEquals(rated, script != null, page + ": JSON-LD exactly when rated");
            if (script == null) {
                continue;
            }
            reviews++;
            @SuppressWarnings("unchecked")
            Map<String, Object> ld = json.readValue(script.data(), Map.class);
            assertEquals(List.of(), ClaimReviewLd.validate(ld, "https://checks.harbourton.example/"), page.toString());
            assertEquals(doc.selectFirst("link[rel=canonical]").attr("href"), ld.get("url"));
        }
        assertEquals(3, reviews);
        JsonNode tram = json.readTree(Jsoup.parse(deskSite.resolve("claims/tram-cost-1-2-billion.html").toFile(), "UTF-8")
                .selectFirst("script[type=application/ld+json]").data());
        assertEquals("Correct", tram.at("/reviewRating/alternateName").asText());
        assertEquals(3, tram.at("/reviewRating/ratingValue").asInt());
        assertEquals(3, tram.at("/reviewRating/bestRating").asInt());
        assertEquals(1, tram.at("/reviewRating/worstRating").asInt());
        assertEquals("Claim", tram.at("/itemReviewed/@type").asText());
        assertEquals("Harbourton Courier", tram.at("/itemReviewed/firstAppearance/author/name").asText());
    }

    @Test
    void claimPageShowsEverythingTheIssueAsksFor() throws Exception {
        Document claim = Jsoup.parse(fixtureSite.resolve("claims/share-hedged-corroborated.html").toFile(), "UTF-8");
        assertEquals("https://desk.example/checks/claims/share-hedged-corroborated.html",
                claim.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("https://desk.example/checks/claims/share-hedged-corroborated.html",
                claim.selectFirst("meta[property=og:url]").attr("content"));
        assertTrue(claim.selectFirst(".desk-rating").text().contains("True"));
        assertTrue(claim.select(".stamp").text().contains("Checked 2025-09-10"), "its latest correction, not the build date");
        assertTrue(claim.select(".site-footer").text().contains("site built on 2026-02-01"));
        // Timeline chart: the 1 August figure (source 2) comes first.
        List<String> labels = claim.select("figure.chart text.chart-label:not(.chart-value)").eachText();
        assertEquals(2, labels.size());
        assertEquals(List.of("2. Beta Herald, as of 2025-08-01", "1. Alpha Daily, as of 2025-08-10"), labels);
        assertEquals(List.of("19 per cent → 19 %", "roughly 20% → 18–22 %"), claim.select("figure.chart text.chart-value").eachText());
        assertEquals(1, claim.select("figure.chart rect").size(), "the hedged figure is a bar");
        assertEquals(1, claim.select("figure.chart circle").size(), "the exact figure is a dot");
        // Robust Links on the archived source.
        Element original = claim.selectFirst("a[data-versionurl]");
        assertNotNull(original);
        assertEquals("https://beta.example/guarantees", original.attr("href"));
        assertEquals("https://archive.example/2025/beta.example/guarantees", original.attr("data-versionurl"));
        assertEquals("2025-08-18", original.attr("data-versiondate"));
        assertEquals(List.of("2025-09-03: Added the Beta Herald figure.",
                "2025-09-10: Corrected the as-of date of the Alpha Daily figure."), claim.select("ul.corrections li").eachText());
        Document corrections = Jsoup.parse(fixtureSite.resolve("corrections.html").toFile(), "UTF-8");
        assertEquals(2, corrections.select("ul.corrections li").size());
        assertTrue(corrections.select("ul.corrections li").first().text().startsWith("2025-09-10"), "newest first");
        // The Markdown page: tables rendered, raw HTML escaped.
        Document methodology = Jsoup.parse(fixtureSite.resolve("pages/methodology.html").toFile(), "UTF-8");
        assertFalse(methodology.select(".text-page table").isEmpty());
        assertTrue(methodology.select(".text-page").text().contains("<script>alert(1)</script>"));
        assertNotNull(methodology.getElementById("ratings"), "the rating scale is on the methodology page");
    }

    /** The claim links of a list page and of every page after it (following rel=next). */
    private static List<String> claimLinksThroughPages(Path site, String first, String selector) throws IOException {
        List<String> links = new ArrayList<>();
        Path page = site.resolve(first);
        while (page != null) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            List<String> here = doc.select(selector).eachAttr("href").stream().map(h -> h.replaceAll("^(\\.\\./)+", "")).toList();
            assertTrue(here.size() <= TINY.pageSize(), first + ": " + here.size() + " entries on one page");
            links.addAll(here);
            Element next = doc.selectFirst("a[rel=next]");
            page = next == null ? null : page.getParent().resolve(next.attr("href")).normalize();
        }
        return links;
    }

    @Test
    void longListsArePagedAndEveryEntryIsOnExactlyOnePage() throws Exception {
        // Topics: the whole topic page of the unpaged site equals the paged list, in order.
        Document topics = Jsoup.parse(fixtureSite.resolve("topics/index.html").toFile(), "UTF-8");
        int paged = 0;
        for (String href : topics.select("ul.entries a").eachAttr("href")) {
            Document whole = Jsoup.parse(fixtureSite.resolve("topics").resolve(href).toFile(), "UTF-8");
            List<String> all = whole.select("ul.claim-list a.claim-title").eachAttr("href").stream()
                    .map(h -> h.replaceAll("^(\\.\\./)+", "")).toList();
            Document preview = Jsoup.parse(pagedSite.resolve("topics").resolve(href).toFile(), "UTF-8");
            assertTrue(preview.select("ul.claim-list a.claim-title").size() <= TINY.preview(), href);
            Element more = preview.selectFirst("p.more a");
            if (all.size() <= TINY.preview()) {
                assertEquals(null, more, href + " fits its page");
                continue;
            }
            paged++;
            assertNotNull(more, href + " links to its whole list");
            String first = more.attr("href").replaceAll("^(\\.\\./)+", "");
            assertEquals(all, claimLinksThroughPages(pagedSite, first, "ul.claim-list a.claim-title"), href);
        }
        assertTrue(paged > 0, "some topic has more claims than the preview");
        // The report: a preview per status, each status's pages list all its claims, and the filter's rows cover every claim.
        Document whole = Jsoup.parse(fixtureSite.resolve("report.html").toFile(), "UTF-8");
        Document report = Jsoup.parse(pagedSite.resolve("report.html").toFile(), "UTF-8");
        ObjectMapper json = new ObjectMapper();
        Element filters = report.getElementById("filters");
        int chunks = Integer.parseInt(filters.attr("data-chunks"));
        // The script finds the rows and the claim pages where the page says (data-rows, data-claim).
        Set<String> rows = new java.util.HashSet<>();
        for (int c = 0; c < chunks; c++) {
            for (JsonNode row : json.readTree(pagedSite.resolve(filters.attr("data-rows").replace("{n}", String.valueOf(c))).toFile())) {
                assertTrue(rows.add(row.get(0).asText()), "a claim is in one row only");
                assertTrue(Files.isRegularFile(pagedSite.resolve(filters.attr("data-claim").replace("{id}", row.get(0).asText()))),
                        row.get(0).asText());
            }
        }
        assertEquals(whole.select(".status-group li[data-status]").size(), rows.size());
        for (Element group : whole.select("section.status-group")) {
            List<String> all = group.select("a.claim-title").eachAttr("href");
            Element more = report.getElementById(group.id()).selectFirst("p.more a");
            if (all.size() > TINY.preview()) {
                assertEquals(all, claimLinksThroughPages(pagedSite, more.attr("href"), "ul.claim-list a.claim-title"
                ).stream().toList(), group.id());
            }
        }
    }

    @Test
    void homePageStaysSmall() throws Exception {
        Document home = Jsoup.parse(deskSite.resolve("index.html").toFile(), "UTF-8");
        assertTrue(home.select("a[href^=claims/]").size() <= 2 * 6 + 5, "the home page lists a few claims, not all");
        assertFalse(home.select("#newest + ul li").isEmpty());
        // A disagreement with an outlet the desk marks as erring is settled, so not disputed; an open one is.
        assertTrue(home.select("#disputed ~ ul li a[href$=water-main-breaks-212.html]").isEmpty());
        assertFalse(home.select("#disputed ~ ul li a[href$=bus-fare.html]").isEmpty());
    }

    @Test
    void twoBuildsAreByteIdentical() throws Exception {
        Path again = build(Roots.desk("other"), tmp.resolve("desk-again"));
        Map<String, byte[]> a = Roots.snapshot(deskSite);
        Map<String, byte[]> b = Roots.snapshot(again);
        assertEquals(a.keySet(), b.keySet());
        Map<String, Integer> different = new TreeMap<>();
        a.forEach((k, v) -> {
            if (!java.util.Arrays.equals(v, b.get(k))) {
                different.put(k, v.length);
            }
        });
        assertEquals(Map.of(), different);
    }
}
