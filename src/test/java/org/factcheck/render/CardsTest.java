package org.factcheck.render;

import org.factcheck.Factcheck;
import org.factcheck.Roots;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Each claim's share card: a 1200×630 PNG made at build time and named by its page's og:image; and
 * a machine with no font builds the site without cards, with one warning.
 */
class CardsTest {

    @TempDir
    Path tmp;

    @Test
    void everyClaimPageNamesItsOwnCard() throws Exception {
        assumeTrue(Cards.available(), "this machine has a font");
        Path out = tmp.resolve("site");
        Factcheck.Built built = Factcheck.build(Roots.fixture("chart-labels"), out, LocalDate.of(2026, 2, 1), org.factcheck.cache.CacheDir.none());
        assertEquals(List.of(), built.written().warnings());
        for (String id : List.of("evacuations", "invasion-month", "many-sources")) {
            Document page = Jsoup.parse(out.resolve("claims/" + id + ".html").toFile(), "UTF-8");
            assertEquals("https://charts.example/cards/" + id + ".png", page.selectFirst("meta[property=og:image]").attr("content"));
            assertEquals("summary_large_image", page.selectFirst("meta[name=twitter:card]").attr("content"));
            BufferedImage card = ImageIO.read(out.resolve("cards/" + id + ".png").toFile());
            assertEquals(1200, card.getWidth());
            assertEquals(630, card.getHeight());
        }
        // Only claim pages have a card.
        Document home = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
        assertTrue(home.select("meta[property=og:image]").isEmpty());
        assertEquals("summary", home.selectFirst("meta[name=twitter:card]").attr("content"));
    }

    @Test
    void aCardShowsTheRatingTheStatusTheClaimAndTheDate() throws Exception {
        org.factcheck.check.Report report = Factcheck.check(Roots.fixture("chart-labels"));
        org.factcheck.check.ClaimResult r = report.claims().stream().filter(c -> c.claim().id().equals("invasion-month"))
                .findFirst().orElseThrow();
        Cards.Card card = Cards.of(r, new Views(report).rating(r.claim().rating()), report.settings().title());
        assertEquals(new Cards.Card("Chart labels fixture", "Accurate", "#1d6b35", "Sources: " + r.status().label(),
                "The full-scale invasion began in February 2022.", "Published 2025-09-01"), card);
        assumeTrue(Cards.available(), "this machine has a font");
        byte[] png = Cards.png(card);
        assertTrue(png.length > 1000);
        // What it shows is what it is made from: another claim text, another image.
        Cards.Card other = new Cards.Card(card.site(), card.verdict(), card.colour(), card.sources(), "Another claim", card.date());
        assertNotEquals(java.util.Arrays.hashCode(png), java.util.Arrays.hashCode(Cards.png(other)));
        // A claim far longer than the card is cut, not drawn off its edge or failing.
        Cards.png(new Cards.Card(card.site(), card.verdict(), card.colour(), card.sources(), "word ".repeat(400)
                + "Nachrichtenagenturfürwirklichkeitsüberprüfungsangelegenheiten".repeat(8), card.date()));
    }

    /**
     * A card is a PNG any decoder reads at 1200×630, and the same card gives the same bytes: drawn
     * twice on one thread's reused canvas, after another card, and on another thread.
     */
    @Test
    void aCardIsAValidPngAndTheSameCardGivesTheSameBytes() throws Exception {
        assumeTrue(Cards.available(), "this machine has a font");
        Cards.Card card = new Cards.Card("A desk", "Mostly false", "#9b1c1c", "Sources: conflicting",
                "Unemployment fell to nearly 4.2 per cent in March, the lowest in a decade.", "Published 2025-09-01");
        byte[] first = Cards.png(card);
        BufferedImage image = ImageIO.read(new java.io.ByteArrayInputStream(first));
        assertEquals(1200, image.getWidth());
        assertEquals(630, image.getHeight());
        // What was drawn is there: white ground, the verdict's colour in the bar down the left edge.
        assertEquals(0xffffff, image.getRGB(600, 5) & 0xffffff);
        assertEquals(0x9b1c1c, image.getRGB(4, 300) & 0xffffff);
        Cards.png(new Cards.Card("Another desk", "Accurate", "#1d6b35", "", "Something else entirely.", ""));
        assertArrayEquals(first, Cards.png(card));
        byte[][] other = new byte[1][];
        Thread t = new Thread(() -> {
            try {
                other[0] = Cards.png(card);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        t.start();
        t.join();
        assertArrayEquals(first, other[0]);
    }

    /**
     * A card is keyed by what it shows, like a page by its model: an incremental build redraws the
     * card of a claim whose text changed and leaves every other card's file as it was.
     */
    @Test
    void anIncrementalBuildRedrawsOnlyTheCardsThatChanged() throws Exception {
        assumeTrue(Cards.available(), "this machine has a font");
        Path root = Roots.copy("site-full", tmp.resolve("root"));
        Path out = tmp.resolve("site");
        org.factcheck.cache.CacheDir cache = org.factcheck.cache.CacheDir.open(tmp.resolve("cache"));
        build(root, out, cache);
        Map<String, Object> before = cardFiles(out);
        assertTrue(before.size() > 3, before.toString());
        Path claim = root.resolve("content/claims/cost-conflicting.yaml");
        Files.writeString(claim, Files.readString(claim).replace("would cost $800 billion", "would cost some $800 billion"));
        SiteWriter.Written w = build(root, out, cache);
        assertTrue(w.incremental());
        Map<String, Object> after = cardFiles(out);
        assertEquals(before.keySet(), after.keySet());
        for (String name : before.keySet()) {
            assertEquals(!name.equals("cost-conflicting.png"), before.get(name).equals(after.get(name)), name);
        }
    }

    private static SiteWriter.Written build(Path root, Path out, org.factcheck.cache.CacheDir cache) throws Exception {
        Factcheck.Checked checked = Factcheck.checked(root, cache);
        return SiteWriter.write(checked.report(), out, LocalDate.of(2026, 1, 1), Paging.DEFAULT, cache, checked.inputs());
    }

    /** Each card file's identity (inode): a file kept in place keeps it, a rewritten one is a new file. */
    private static Map<String, Object> cardFiles(Path site) throws java.io.IOException {
        Map<String, Object> files = new java.util.TreeMap<>();
        try (java.util.stream.Stream<Path> list = Files.list(site.resolve("cards"))) {
            for (Path f : list.toList()) {
                files.put(f.getFileName().toString(), Files.readAttributes(f, java.nio.file.attribute.BasicFileAttributes.class).fileKey());
            }
        }
        return files;
    }

    @Test
    void aFontSystemThatFailsMeansNoCards() {
        assertFalse(Cards.probe(() -> {
            throw new InternalError("Fontconfig head is null, check your fonts or fonts configuration");
        }));
        assertTrue(Cards.probe(() -> { }));
    }

    /**
     * A build on a machine without any font (here: a mount namespace that hides /usr/share/fonts, where
     * the system can make one) writes the whole site, no card and no og:image, and says so once.
     */
    @Test
    void withoutFontsTheBuildWarnsOnceAndMakesNoCards() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("no-fonts"));
        assumeTrue(Files.isDirectory(Path.of("/usr/share/fonts")) && Files.isExecutable(Path.of("/usr/bin/unshare")),
                "unshare and /usr/share/fonts");
        Path out = tmp.resolve("site");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String script = "mount --bind '" + empty + "' /usr/share/fonts && exec '" + java + "' -cp \"$CP\" org.factcheck.cli.Main build"
                + " --root '" + Roots.fixture("chart-labels") + "' --out '" + out + "' --date 2026-02-01";
        ProcessBuilder pb = new ProcessBuilder("/usr/bin/unshare", "-m", "--", "/bin/sh", "-c", script);
        pb.environment().put("CP", System.getProperty("java.class.path"));
        Process p = pb.start();
        String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = p.waitFor();
        assumeTrue(!err.contains("unshare:") && !err.contains("mount:"), "this system lets a test hide its fonts: " + err);
        assertEquals(0, exit, stdout + err);
        assertEquals(1, err.split("no font on this machine", -1).length - 1, err);
        assertFalse(Files.exists(out.resolve("cards")));
        Document page = Jsoup.parse(out.resolve("claims/invasion-month.html").toFile(), "UTF-8");
        assertTrue(page.select("meta[property=og:image]").isEmpty());
        assertTrue(Files.exists(out.resolve("claims/evacuations.html")));
    }
}
