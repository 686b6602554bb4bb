package org.factcheck.cli;

import org.factcheck.Factcheck;
import org.factcheck.Roots;
import org.factcheck.load.BaseUrl;
import org.factcheck.diagnostic.Diagnostic;
import org.factcheck.diagnostic.Rule;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A site published under a sub-path (GitHub Pages' {@code https://user.github.io/repo/}): every link
 * of every page, of the 404 page served at any depth, of the sitemap, feed and robots.txt lands on a
 * file the build wrote, and {@code base_url} can be overridden without editing site.yaml.
 */
class SubPathPublishingTest {

    private static final String HOST = "https://x.github.io/";
    private static final String BASE = HOST + "repo/";

    @TempDir
    Path tmp;

    @Test
    void aSiteBuiltForASubPathHasNoBrokenLinkFromHomeFrom404AndFromA404AtDepth() throws IOException {
        Path out = tmp.resolve("site");
        Cli.Run run = Cli.run("build", "--root", Roots.fixture("site-full").toString(), "--out", out.toString(), "--no-cache",
                "--date", "2026-01-01", "--base-url", "https://x.github.io/repo");
        assertEquals(0, run.exit(), run.err());

        Crawl crawl = new Crawl(out);
        crawl.page(BASE, BASE);
        crawl.page(BASE + "404.html", BASE + "404.html");
        // A host serves 404.html for any missing address, at any depth: its links must still land.
        crawl.page(BASE + "a/b/missing", BASE + "404.html");
        crawl.page(BASE + "claims/missing.html", BASE + "404.html");
        crawl.run();

        Document sitemap = Jsoup.parse(Files.readString(out.resolve("sitemap.xml")), "", Parser.xmlParser());
        for (Element loc : sitemap.select("loc")) {
            crawl.link("sitemap.xml", loc.text());
        }
        Document feed = Jsoup.parse(Files.readString(out.resolve("feed.xml")), "", Parser.xmlParser());
        for (Element link : feed.select("link[href]")) {
            crawl.link("feed.xml", link.attr("href"));
        }
        for (String line : Files.readAllLines(out.resolve("robots.txt"))) {
            if (line.startsWith("Sitemap: ")) {
                crawl.link("robots.txt", line.substring("Sitemap: ".length()));
            }
        }
        crawl.run();

        assertEquals(List.of(), crawl.broken, "links that land on no file under " + BASE);
        assertTrue(crawl.seen.size() > 20 && crawl.checked > 200, crawl.seen.size() + " pages, " + crawl.checked + " links");
        assertTrue(crawl.seen.contains(BASE + "assets/style.css") && crawl.seen.contains(BASE + "assets/search.js"),
                "the crawl reached the assets: " + crawl.seen);
        Document notFound = Jsoup.parse(out.resolve("404.html").toFile(), "UTF-8", BASE + "a/b/missing");
        assertEquals("/repo/assets/style.css", notFound.selectFirst("link[rel=stylesheet]").attr("href"),
                "the 404 page's links start from the base URL's path");
        assertEquals("/repo/", notFound.selectFirst("form.search").attr("data-root"), "search works from a 404 at any depth");
    }

    @Test
    void theOptionWinsOverTheEnvironmentWhichWinsOverSiteYaml() {
        assertEquals("https://a.example/x/", BaseUrl.override("https://a.example/x", "https://b.example/"));
        assertEquals("https://b.example/y/", BaseUrl.override(null, " https://b.example/y "));
        assertNull(BaseUrl.override(null, ""), "an empty variable leaves site.yaml's base_url");
        assertNull(BaseUrl.override(null, null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BaseUrl.override(null, "repo/"));
        assertTrue(e.getMessage().startsWith(BaseUrl.ENV + " must be an http:// or https:// address"), e.getMessage());

        Cli.Run bad = Cli.run("build", "--root", Roots.fixture("site-full").toString(), "--out", tmp.resolve("bad").toString(),
                "--base-url", "ftp://x.github.io/repo/");
        assertEquals(2, bad.exit());
        assertEquals("factcheck: error: --base-url must be an http:// or https:// address such as https://user.github.io/repo/,"
                + " found 'ftp://x.github.io/repo/'", bad.err().strip());
        assertTrue(Files.notExists(tmp.resolve("bad")), "nothing is written");
    }

    @Test
    void checkWarnsAtBaseUrlWhileItIsStillTheExampleAddress() throws IOException {
        Path root = Roots.copy("site-full", tmp.resolve("root"));
        Path site = root.resolve("content/site.yaml");
        assertEquals(List.of(), placeholderWarnings(root), "a desk's own address is not a placeholder");
        for (String example : List.of("https://example.org/", "https://factcheck.example.com/checks/", "http://EXAMPLE.net")) {
            Files.writeString(site, Files.readString(site).replaceFirst("base_url: .*", "base_url: " + example));
            List<String> warnings = placeholderWarnings(root);
            assertEquals(1, warnings.size(), example + ": " + warnings);
            assertTrue(warnings.get(0).startsWith("content/site.yaml:2:11: warning: field 'base_url' is still the example address"),
                    warnings.get(0));
        }
        Cli.Run check = Cli.run("check", "--root", root.toString(), "--no-cache");
        assertTrue(check.out().contains("content/site.yaml:2:11: warning: field 'base_url' is still the example address")
                || check.err().contains("content/site.yaml:2:11: warning: field 'base_url' is still the example address"),
                check.out() + check.err());
        assertTrue(!BaseUrl.isPlaceholder("https://notexample.org/") && !BaseUrl.isPlaceholder("https://example.org.evil.io/"),
                "only the reserved example domains are placeholders");
    }

    private static List<String> placeholderWarnings(Path root) {
        return Factcheck.check(root).diagnostics().stream().filter(d -> d.rule() == Rule.EXAMPLE_BASE_URL)
                .map(Diagnostic::format).toList();
    }

    /** A breadth-first walk of the written site as a host would serve it at {@link #BASE}. */
    private static final class Crawl {
        private final Path out;
        private final Deque<String[]> queue = new ArrayDeque<>();
        final Set<String> seen = new HashSet<>();
        final List<String> broken = new ArrayList<>();
        private final Set<String> crawled = new HashSet<>();
        int checked;

        Crawl(Path out) {
            this.out = out;
        }

        /** Queues the page at {@code url}, whose bytes are those of {@code file} (404.html for a missing address). */
        void page(String url, String file) {
            crawled.add(url);
            queue.add(new String[] {url, file});
        }

        /** Checks one link found on {@code from}; queues it when it is a page not crawled yet. */
        void link(String from, String href) {
            checked++;
            String url = href.replaceFirst("[#?].*$", "");
            if (!url.startsWith(HOST) && !url.startsWith("http://x.github.io/")) {
                return; // outside the site: an article's original address, an archive
            }
            if (!url.startsWith(BASE) || file(url) == null) {
                broken.add(from + " -> " + href);
                return;
            }
            seen.add(url);
            if ((url.endsWith(".html") || url.endsWith("/")) && crawled.add(url)) {
                queue.add(new String[] {url, url});
            }
        }

        void run() throws IOException {
            while (!queue.isEmpty()) {
                String[] next = queue.poll();
                Path file = file(next[1]);
                if (file == null) {
                    broken.add("no page at " + next[0]);
                    continue;
                }
                Document doc = Jsoup.parse(file.toFile(), StandardCharsets.UTF_8.name(), next[0]);
                for (Element e : doc.select("a[href], link[href], script[src], img[src]")) {
                    String attr = e.hasAttr("href") ? "href" : "src";
                    if (!e.attr(attr).startsWith("#")) { // a place on the same page (the skip link)
                        link(next[0], e.absUrl(attr));
                    }
                }
            }
        }

        /** The written file a host serves at {@code url} (a folder's index.html), or null. */
        Path file(String url) {
            String path = URI.create(url).getPath().substring("/repo/".length());
            if (path.isEmpty() || path.endsWith("/")) {
                path += "index.html";
            }
            Path f = out.resolve(path).normalize();
            return f.startsWith(out) && Files.isRegularFile(f) ? f : null;
        }
    }
}
