package org.factcheck.render;

import org.factcheck.publish.OutputDir;

import org.factcheck.Factcheck;
import org.factcheck.Roots;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a build may write, delete, run and publish. */
class OutputSafetyTest {

    @TempDir
    Path tmp;

    private Path root() {
        return Roots.copy("statuses", tmp.resolve("root"));
    }

    /** A folder holding a report.json but no marker is not taken for an old site. */
    @Test
    void aFolderWithAReportJsonIsNotReplaced() throws Exception {
        Path root = root();
        Path data = tmp.resolve("data");
        Files.createDirectories(data);
        Files.writeString(data.resolve("report.json"), "{}");
        Files.writeString(data.resolve("thesis.docx"), "years of work");
        SiteWriter.RenderException e = assertThrows(SiteWriter.RenderException.class, () -> Factcheck.build(root, data));
        assertTrue(e.getMessage().contains("holds no .factcheck-site marker"), e.getMessage());
        assertEquals("years of work", Files.readString(data.resolve("thesis.docx")));
    }

    /** Through a symlinked root, --out at the real root (or an ancestor) is refused. */
    @Test
    void theRealRootBehindASymlinkIsNeverTheOutput() throws Exception {
        Path real = root();
        Path link = tmp.resolve("link");
        Files.createSymbolicLink(link, real);
        Factcheck.build(real, real.resolve("site"));
        Files.writeString(real.resolve("site/.factcheck-site"), Files.readString(real.resolve("site/.factcheck-site")));
        // Even a marker planted in the root itself does not make it replaceable.
        Files.copy(real.resolve("site/.factcheck-site"), real.resolve(".factcheck-site"));
        SiteWriter.RenderException e = assertThrows(SiteWriter.RenderException.class, () -> Factcheck.build(link, real));
        assertTrue(e.getMessage().contains("is the content root"), e.getMessage());
        assertThrows(SiteWriter.RenderException.class, () -> Factcheck.build(link, tmp));
        assertThrows(SiteWriter.RenderException.class, () -> Factcheck.build(link, link.resolve("content/site")));
        assertTrue(Files.isDirectory(real.resolve("content/claims")));
        assertTrue(Files.isRegularFile(real.resolve("seeds/alpha.txt")));
    }

    /** A publisher's .git/ and CNAME in site/ survive a rebuild (they are kept; see README). */
    @Test
    void publisherFilesSurviveARebuild() throws Exception {
        Path root = root();
        Path site = tmp.resolve("site");
        Factcheck.build(root, site);
        Files.createDirectories(site.resolve(".git/objects"));
        Files.writeString(site.resolve(".git/HEAD"), "ref: refs/heads/gh-pages\n");
        Files.writeString(site.resolve("CNAME"), "facts.example.org\n");
        Files.writeString(site.resolve("assets/logo.svg"), "<svg/>");
        Factcheck.build(root, site);
        assertEquals("ref: refs/heads/gh-pages\n", Files.readString(site.resolve(".git/HEAD")));
        assertTrue(Files.isDirectory(site.resolve(".git/objects")));
        assertEquals("facts.example.org\n", Files.readString(site.resolve("CNAME")));
        assertEquals("<svg/>", Files.readString(site.resolve("assets/logo.svg")));
        assertTrue(Files.isRegularFile(site.resolve("index.html")));
        // A foreign file where the new site writes one is refused rather than overwritten.
        Files.delete(site.resolve("claims/cost-conflicting.html"));
        Files.writeString(site.resolve("claims/cost-conflicting.html"), "mine");
        Files.writeString(site.resolve(".factcheck-site"), Files.readString(site.resolve(".factcheck-site"))
                .replace("claims/cost-conflicting.html\n", ""));
        SiteWriter.RenderException e = assertThrows(SiteWriter.RenderException.class, () -> Factcheck.build(root, site));
        assertTrue(e.getMessage().contains("factcheck did not write it"), e.getMessage());
        assertEquals("mine", Files.readString(site.resolve("claims/cost-conflicting.html")));
    }

    /**
     * A marker is never a deletion list: a forged one listing a path outside the site, an absolute
     * path, and a file inside the site the build did not write deletes none of them, in an
     * incremental build (with the cache) or a full one (without).
     */
    @Test
    void aForgedMarkerDeletesNothingTheBuildDidNotWrite() throws Exception {
        for (boolean cached : new boolean[] {true, false}) {
            Path root = Roots.copy("statuses", tmp.resolve("root-" + cached));
            Path site = tmp.resolve("site-" + cached);
            org.factcheck.cache.CacheDir cache = cached ? org.factcheck.cache.CacheDir.open(tmp.resolve("cache-" + cached)) : org.factcheck.cache.CacheDir.none();
            java.time.LocalDate date = java.time.LocalDate.of(2026, 1, 1);
            Factcheck.build(root, site, date, cache);
            Path claim = root.resolve("content/claims/cost-conflicting.yaml");
            Path outside = tmp.resolve("outside-" + cached + ".txt");
            Files.writeString(outside, "not the site's");
            Files.writeString(site.resolve("CNAME"), "facts.example.org\n");
            Files.writeString(site.resolve(".factcheck-site"), Files.readString(site.resolve(".factcheck-site"))
                    + "../root-" + cached + "/content/claims/cost-conflicting.yaml\n" + outside.toAbsolutePath() + "\nCNAME\n");
            Factcheck.build(root, site, date, cache);
            assertTrue(Files.isRegularFile(claim), "outside the site");
            assertEquals("not the site's", Files.readString(outside), "an absolute path");
            assertEquals("facts.example.org\n", Files.readString(site.resolve("CNAME")), "in the site, not the build's");
            assertTrue(Files.isRegularFile(site.resolve("index.html")));
        }
    }

    /**
     * After an upgrade the site's manifest is another code version's: nothing it keyed may be reused,
     * but it still proves which files the tool wrote, so the first build removes the pages the new
     * site drops instead of keeping them as someone else's (which would stop a later build that
     * writes the same path again). A manifest signed with another key still proves nothing.
     */
    @Test
    void aManifestFromAnotherCodeVersionStillProvesWhatTheBuildWrote() throws Exception {
        for (boolean signed : new boolean[] {true, false}) {
            Path root = Roots.copy("statuses", tmp.resolve("root-" + signed));
            Path site = tmp.resolve("site-" + signed);
            Path cacheDir = tmp.resolve("cache-" + signed);
            java.time.LocalDate date = java.time.LocalDate.of(2026, 1, 1);
            Factcheck.build(root, site, date, org.factcheck.cache.CacheDir.open(cacheDir));
            Path manifest;
            try (Stream<Path> s = Files.list(cacheDir)) {
                manifest = s.filter(p -> p.getFileName().toString().startsWith("site-")).findFirst().orElseThrow();
            }
            resign(manifest, "an-earlier-version", signed ? org.factcheck.cache.MachineKey.get() : new byte[32]);
            Files.delete(root.resolve("content/claims/cost-conflicting.yaml"));
            Factcheck.build(root, site, date, org.factcheck.cache.CacheDir.open(cacheDir));
            assertEquals(!signed, Files.exists(site.resolve("claims/cost-conflicting.html")), signed ? "proven and removed" : "unproven, kept");
        }
    }

    /** Rewrites a cache file's code-version line and signs it again with {@code key}. */
    private static void resign(Path file, String version, byte[] key) throws Exception {
        byte[] all = Files.readAllBytes(file);
        int first = indexOf(all, 0);
        int second = indexOf(all, first + 1);
        int third = indexOf(all, second + 1);
        byte[] head = (new String(all, 0, second + 1, StandardCharsets.UTF_8) + version + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] length = java.util.Arrays.copyOfRange(all, third + 1, third + 9);
        byte[] body = java.util.Arrays.copyOfRange(all, third + 1 + 8 + 32, all.length);
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256"));
        mac.update(head);
        mac.update(length);
        mac.update(body);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(head);
        out.write(length);
        out.write(mac.doFinal());
        out.write(body);
        Files.write(file, out.toByteArray());
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        throw new IllegalArgumentException("no line end");
    }

    @Test
    void markerLinesMustStayInsideTheSite() {
        for (String bad : List.of("../x", "a/../../x", "/etc/passwd", "C:/x", "c:x", "a\\b", "a//b", "./a", "", "a/./b", "a\tb")) {
            assertFalse(OutputDir.safe(bad), bad);
        }
        for (String good : List.of("index.html", "claims/a.html", "search/", "search/d/0.json")) {
            assertTrue(OutputDir.safe(good), good);
        }
    }

    /** Leftovers of a killed build are removed by the next build, but only those carrying the marker. */
    @Test
    void leftoversOfAKilledBuildAreCleanedOnlyWhenMarked() throws Exception {
        Path root = root();
        Path site = tmp.resolve("site");
        Factcheck.build(root, site);
        // A killed build leaves a staging copy (marked from its first moment) and an old site.
        Path staging = tmp.resolve(".site.new-123");
        Path old = tmp.resolve(".site.old-456");
        Roots.copyTree(site, old);
        Files.createDirectories(staging.resolve("claims"));
        Files.writeString(staging.resolve(".factcheck-site"), "factcheck staging: created by a build, every file in it is the tool's\n");
        Files.writeString(staging.resolve("claims/x.html"), "half");
        Path foreign = tmp.resolve(".site.old-789");
        Files.createDirectories(foreign);
        Files.writeString(foreign.resolve("notes.txt"), "not the tool's");
        Factcheck.build(root, site);
        assertFalse(Files.exists(staging));
        assertFalse(Files.exists(old));
        assertEquals("not the tool's", Files.readString(foreign.resolve("notes.txt")));
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of(".site.old-789", "root", "site"), left.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    /**
     * A build killed between creating its staging folder and finishing the marker leaves the folder
     * empty or with a prefix of the staging line: the next build removes it, and only it.
     */
    @Test
    void aStagingFolderKilledBeforeItsMarkerWasWholeIsCleaned() throws Exception {
        Path root = root();
        Path site = tmp.resolve("site");
        Factcheck.build(root, site);
        Path empty = Files.createDirectories(tmp.resolve(".site.new-1"));
        Path partial = Files.createDirectories(tmp.resolve(".site.new-2"));
        Files.writeString(partial.resolve(".factcheck-site"), "factcheck stag");
        Path other = Files.createDirectories(tmp.resolve(".site.new-3"));
        Files.writeString(other.resolve(".factcheck-site"), "my notes\n");
        Path more = Files.createDirectories(tmp.resolve(".site.new-4"));
        Files.writeString(more.resolve(".factcheck-site"), "factcheck stag");
        Files.writeString(more.resolve("draft.txt"), "not the tool's");
        Factcheck.build(root, site);
        assertFalse(Files.exists(empty));
        assertFalse(Files.exists(partial));
        assertEquals("my notes\n", Files.readString(other.resolve(".factcheck-site")));
        assertEquals("not the tool's", Files.readString(more.resolve("draft.txt")));
    }

    /** The site is world-readable whatever the umask (0755 folders, 0644 files). */
    @Test
    void theSiteIsWorldReadable() throws Exception {
        Path site = tmp.resolve("site");
        Factcheck.build(root(), site);
        assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(site)));
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                String perms = PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
                assertEquals(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--", perms, p.toString());
            }
        }
    }

    /** A template cannot instantiate classes, reach the Java API or call JDK methods. */
    @Test
    void templatesCannotRunCommands() throws Exception {
        for (String evil : List.of("<#assign e=\"freemarker.template.utility.Execute\"?new()>${e(\"id\")}",
                "<#assign o=\"freemarker.template.utility.ObjectConstructor\"?new()>${o(\"java.io.File\", \"/\")}",
                "${page?api.getClass().getName()}",
                "${page.getClass().getProtectionDomain()}")) {
            Path root = Roots.copy("statuses", tmp.resolve("root-" + Math.abs(evil.hashCode())));
            Files.createDirectories(root.resolve("templates"));
            Files.writeString(root.resolve("templates/404.ftlh"), evil, StandardCharsets.UTF_8);
            Path out = tmp.resolve("out-" + Math.abs(evil.hashCode()));
            SiteWriter.RenderException e = assertThrows(SiteWriter.RenderException.class, () -> Factcheck.build(root, out), evil);
            assertTrue(e.getMessage().startsWith("template error in 404.ftlh:1:"), e.getMessage());
            assertFalse(Files.exists(out));
        }
        Path root = Roots.copy("statuses", tmp.resolve("root-new"));
        Files.createDirectories(root.resolve("templates"));
        Files.writeString(root.resolve("templates/404.ftlh"), "<#assign e=\"freemarker.template.utility.Execute\"?new()>${e(\"id\")}");
        SiteWriter.RenderException e = assertThrows(SiteWriter.RenderException.class, () -> Factcheck.build(root, tmp.resolve("o")));
        assertTrue(e.getMessage().contains("Instantiating freemarker.template.utility.Execute is not allowed"), e.getMessage());
    }

    /** Every page carries a Content-Security-Policy that allows no inline script. */
    @Test
    void everyPageHasAContentSecurityPolicy() throws Exception {
        Path site = tmp.resolve("site");
        Factcheck.build(Roots.copy("site-full", tmp.resolve("root")), site);
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".html")).toList()) {
                Document d = Jsoup.parse(p.toFile(), "UTF-8");
                String csp = d.select("meta[http-equiv=Content-Security-Policy]").attr("content");
                List<String> directives = java.util.Arrays.stream(csp.split(";")).map(String::strip).toList();
                assertTrue(directives.contains("script-src 'self'") && directives.contains("default-src 'self'")
                        && directives.contains("object-src 'none'"), p + ": " + csp);
                d.select("script").forEach(s -> assertTrue(s.hasAttr("src") || s.attr("type").equals("application/ld+json"),
                        p + " has an inline script: " + s));
            }
        }
    }

    /** Markdown drops javascript:, data:, vbscript: and file: links and images. */
    @Test
    void markdownDropsUnsafeUrls() {
        String html = Views.markdown("[a](javascript:alert(1)) [b](data:text/html,<script>alert(1)</script>) ![c](data:image/svg+xml,x)"
                + " [d](VBScript:x) [e](java\tscript:x) [f](file:///etc/passwd) [ok](https://example.org/a) [rel](../pages/about.html)"
                + " [mail](mailto:desk@example.org) <a href=\"javascript:x\">raw</a>");
        Document d = Jsoup.parse(html);
        List<String> urls = d.select("a[href], img[src]").stream().map(e -> e.hasAttr("href") ? e.attr("href") : e.attr("src"))
                .filter(u -> !u.isEmpty()).toList();
        assertEquals(List.of("https://example.org/a", "../pages/about.html", "mailto:desk@example.org"), urls);
    }
}
