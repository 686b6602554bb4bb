package org.factcheck.render;

import org.factcheck.Factcheck;
import org.factcheck.Roots;
import org.factcheck.cache.CacheDir;
import org.factcheck.check.Report;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An incremental build gives the same site, byte for byte, as a full build: random sequences of
 * edits to a fixture root (claims, articles, captures, templates, settings, pages, and the output
 * and cache themselves) are built both ways after every step and the trees compared.
 */
@Tag("slow")
class IncrementalBuildTest {

    private static final LocalDate DATE = LocalDate.of(2026, 1, 1);
    /** Small pages, so that list pages, report rows and previews all exist in a nine-claim root. */
    private static final Paging SMALL = new Paging(2, 2, 3, 2);

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void randomEditsBuildTheSameSiteAsAFullBuild(long seed) throws Exception {
        Path root = Roots.copy("site-full", tmp.resolve("root"));
        Path out = tmp.resolve("site");
        CacheDir cache = CacheDir.open(tmp.resolve("cache"));
        Random random = new Random(seed);
        age(root);
        build(root, out, cache);
        List<String> log = new ArrayList<>();
        for (int step = 0; step < 12; step++) {
            String edit = edit(random, root, out, cache.path(), step);
            log.add(edit);
            // The incremental side goes the way `build` does: the check through the cache too, and
            // claims keyed by their input files' hashes; the full side uses no cache at all.
            Factcheck.Checked checked = Factcheck.checked(root, cache);
            Report report = Factcheck.check(root);
            if (report.hasBlockingErrors()) {
                continue;
            }
            SiteWriter.Written w = SiteWriter.write(checked.report(), out, DATE, SMALL, cache, checked.inputs());
            Path full = tmp.resolve("full-" + step);
            SiteWriter.write(report, full, DATE, SMALL);
            assertEquals("", difference(tree(full), tree(out)), "seed " + seed + " after " + log);
            assertTrue(w.written() + w.kept() > 0);
        }
    }

    @Test
    void anEditedClaimRewritesItsPagesAndKeepsTheRest() throws Exception {
        Path root = Roots.copy("site-full", tmp.resolve("root"));
        Path out = tmp.resolve("site");
        CacheDir cache = CacheDir.open(tmp.resolve("cache"));
        SiteWriter.Written first = build(root, out, cache);
        assertFalse(first.incremental());
        SiteWriter.Written same = build(root, out, cache);
        assertTrue(same.incremental());
        assertEquals(0, same.written(), "nothing changed, nothing is rewritten");
        replace(root.resolve("content/claims/cost-conflicting.yaml"), "title: Reconstruction cost", "title: Rebuilding cost");
        SiteWriter.Written edited = build(root, out, cache);
        assertTrue(edited.incremental());
        assertTrue(edited.written() > 0 && edited.kept() > edited.written(), edited.toString());
        assertTrue(Files.readString(out.resolve("claims/cost-conflicting.html")).contains("Rebuilding cost"));
    }

    @Test
    void aTamperedOutputOrCorruptedCacheIsNeverTrusted() throws Exception {
        Path root = Roots.copy("site-full", tmp.resolve("root"));
        Path out = tmp.resolve("site");
        CacheDir cache = CacheDir.open(tmp.resolve("cache"));
        build(root, out, cache);
        Path page = out.resolve("claims/cost-conflicting.html");
        byte[] good = Files.readAllBytes(page);
        Files.writeString(page, "tampered", StandardCharsets.UTF_8);
        build(root, out, cache);
        assertEquals(new String(good, StandardCharsets.UTF_8), Files.readString(page));
        try (Stream<Path> files = Files.list(cache.path())) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("site-")).toList()) {
                byte[] b = Files.readAllBytes(f);
                b[b.length - 2] ^= 1;
                Files.write(f, b);
            }
        }
        SiteWriter.Written w = build(root, out, cache);
        assertFalse(w.incremental(), "a manifest that fails its checksum is ignored: a full build");
    }

    @Test
    void aCaptureEditReachesTheClaimsThatQuoteIt() throws Exception {
        Path root = Roots.copy("site-full", tmp.resolve("root"));
        Path out = tmp.resolve("site");
        CacheDir cache = CacheDir.open(tmp.resolve("cache"));
        Factcheck.Checked before = Factcheck.checked(root, cache);
        SiteWriter.write(before.report(), out, DATE, SMALL, cache, before.inputs());
        replace(root.resolve("seeds/alpha.txt"), "billion", "trillion");
        Factcheck.Checked after = Factcheck.checked(root, cache);
        SiteWriter.Written w = SiteWriter.write(after.report(), out, DATE, SMALL, cache, after.inputs());
        assertTrue(w.incremental());
        Path full = tmp.resolve("full");
        SiteWriter.write(Factcheck.check(root), full, DATE, SMALL);
        assertEquals("", difference(tree(full), tree(out)));
    }

    @Test
    void aCacheInsideTheSiteIsNotUsed() throws Exception {
        Path root = Roots.copy("site-full", tmp.resolve("root"));
        Path out = tmp.resolve("site");
        build(root, out, CacheDir.none());
        CacheDir inside = CacheDir.open(out.resolve("cache"));
        assertFalse(build(root, out, inside).incremental());
        assertFalse(build(root, out, inside).incremental(), "never incremental: the cache would be replaced with the site");
        assertTrue(Files.isRegularFile(out.resolve("index.html")));
    }

    /** Builds as `build` does: the check through the cache, its input hashes handed to the writer. */
    private static SiteWriter.Written build(Path root, Path out, CacheDir cache) throws Exception {
        Factcheck.Checked checked = Factcheck.checked(root, cache);
        assertFalse(checked.report().hasBlockingErrors(), checked.report().diagnostics().toString());
        return SiteWriter.write(checked.report(), out, DATE, SMALL, cache, checked.inputs());
    }

    /** Applies one random edit; returns what it did. */
    private static String edit(Random random, Path root, Path out, Path cache, int step) throws IOException {
        Path claims = root.resolve("content/claims");
        List<Path> files = list(claims);
        Path claim = files.get(random.nextInt(files.size()));
        switch (random.nextInt(14)) {
            case 0 -> {
                replaceLine(claim, "title: ", "title: Edited " + step + " ");
                return "title of " + claim.getFileName();
            }
            case 1 -> {
                replaceLine(claim, "topic: ", "topic: Topic " + random.nextInt(3) + " ");
                return "topic of " + claim.getFileName();
            }
            case 2 -> {
                if (files.size() > 3) {
                    Files.delete(claim);
                    return "deleted " + claim.getFileName();
                }
                return "nothing";
            }
            case 3 -> {
                Files.copy(claim, claims.resolve("copy-" + step + ".yaml"));
                return "copied " + claim.getFileName();
            }
            case 4 -> {
                List<Path> seeds = list(root.resolve("seeds"));
                Path seed = seeds.get(random.nextInt(seeds.size()));
                String added = "A paragraph added in step " + step + ", with 12 figures.\n";
                String text = Files.readString(seed);
                if (random.nextInt(3) == 0 && text.contains("billion")) {
                    // A quoted figure changes in the capture alone: claims citing it change, their files do not.
                    Files.writeString(seed, text.replaceFirst("billion", "trillion"));
                    return "billion to trillion in " + seed.getFileName();
                }
                if (random.nextBoolean()) {
                    // Before everything: every quote's offsets move, nothing else in the claims' files changes.
                    Files.writeString(seed, added + Files.readString(seed));
                    return "prepended to " + seed.getFileName();
                }
                Files.writeString(seed, Files.readString(seed) + "\n" + added);
                return "appended to " + seed.getFileName();
            }
            case 5 -> {
                List<Path> articles = list(root.resolve("content/articles"));
                Path a = articles.get(random.nextInt(articles.size()));
                // The whole line: an article title may hold ": ", which after a prefix is no longer YAML.
                Files.writeString(a, Files.readString(a).replaceFirst("(?m)^title: .*$", "title: Renamed " + step));
                return "title of article " + a.getFileName();
            }
            case 6 -> {
                Path templates = Files.createDirectories(root.resolve("templates"));
                String name = random.nextBoolean() ? "claim.ftlh" : "layout.ftlh";
                Path own = templates.resolve(name);
                String text = Files.exists(own) ? Files.readString(own)
                        : Files.readString(Path.of("templates").resolve(name));
                Files.writeString(own, text + "<#-- step " + step + " -->\n<!-- step " + step + " -->\n");
                return "template " + name;
            }
            case 7 -> {
                replaceLine(root.resolve("content/site.yaml"), "title: ", "title: Desk " + step + " ");
                return "site title";
            }
            case 8 -> {
                Path page = root.resolve("content/pages/methodology.md");
                Files.writeString(page, Files.readString(page) + "\nStep " + step + ".\n");
                return "methodology page";
            }
            case 9 -> {
                List<Path> pages = new ArrayList<>();
                try (Stream<Path> s = Files.walk(out)) {
                    s.filter(p -> p.toString().endsWith(".html")).sorted().forEach(pages::add);
                }
                Path victim = pages.get(random.nextInt(pages.size()));
                if (random.nextBoolean()) {
                    Files.writeString(victim, "tampered");
                } else {
                    Files.delete(victim);
                }
                return "output " + out.relativize(victim);
            }
            case 10 -> {
                try (Stream<Path> s = Files.list(cache)) {
                    for (Path f : s.filter(p -> !p.getFileName().toString().startsWith(".")).toList()) {
                        Files.write(f, new byte[] {1, 2, 3});
                    }
                }
                return "cache corrupted";
            }
            case 12 -> {
                // An article whose id sorts first spells an existing outlet another way: every page
                // prints the outlet by that spelling now, claim pages citing the outlet included.
                List<Path> articles = list(root.resolve("content/articles"));
                String outlet = outlet(articles.get(random.nextInt(articles.size())));
                String respelled = step % 2 == 0 ? outlet.toUpperCase(java.util.Locale.ROOT) : outlet.replace(' ', '-');
                Files.writeString(root.resolve("seeds/aa-" + step + ".txt"), "Respelled " + step + "\n\nNo figures here.\n");
                Files.writeString(root.resolve("content/articles/aa-" + step + ".yaml"), "title: Respelled " + step + "\noutlet: "
                        + respelled + "\npublished: 2025-08-20\nfile: seeds/aa-" + step + ".txt\n");
                return "outlet spelled " + respelled;
            }
            case 13 -> {
                // A capture edited to the same size with its modification time put back: only its
                // change time (ctime) says it is another file now.
                List<Path> seeds = list(root.resolve("seeds"));
                Path seed = seeds.get(random.nextInt(seeds.size()));
                java.nio.file.attribute.FileTime before = Files.getLastModifiedTime(seed);
                String text = Files.readString(seed);
                java.util.regex.Matcher digit = java.util.regex.Pattern.compile("[0-9]").matcher(text);
                if (!digit.find()) {
                    return "nothing";
                }
                char d = text.charAt(digit.start());
                Files.writeString(seed, text.substring(0, digit.start()) + (char) ('0' + (d - '0' + 1) % 10)
                        + text.substring(digit.start() + 1));
                Files.setLastModifiedTime(seed, before);
                return "same-size edit of " + seed.getFileName() + ", time put back";
            }
            default -> {
                replace(claim, "quote: ", "quote: " + (random.nextBoolean() ? "" : "not in the article "));
                return "quote of " + claim.getFileName();
            }
        }
    }

    /** The outlet an article file names. */
    private static String outlet(Path article) throws IOException {
        return Files.readAllLines(article).stream().filter(l -> l.startsWith("outlet: ")).map(l -> l.substring(8).strip())
                .findFirst().orElseThrow();
    }

    /**
     * Puts every file's modification time an hour back, as a checkout some time ago leaves them, so
     * the check's stat shortcut vouches for unedited files (a file just written is always re-read).
     */
    static void age(Path root) throws IOException {
        java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(p, old);
            }
        }
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    private static void replaceLine(Path file, String prefix, String replacement) throws IOException {
        String text = Files.readString(file);
        Files.writeString(file, text.replaceFirst("(?m)^" + java.util.regex.Pattern.quote(prefix),
                java.util.regex.Matcher.quoteReplacement(replacement)));
    }

    private static void replace(Path file, String from, String to) throws IOException {
        Files.writeString(file, Files.readString(file).replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)));
    }

    /** The first path where two trees differ ("" when they are the same), so a failure names the file. */
    static String difference(Map<String, String> expected, Map<String, String> actual) {
        java.util.TreeSet<String> paths = new java.util.TreeSet<>(expected.keySet());
        paths.addAll(actual.keySet());
        for (String p : paths) {
            if (!java.util.Objects.equals(expected.get(p), actual.get(p))) {
                return p + (expected.containsKey(p) ? actual.containsKey(p) ? " differs" : " is missing" : " should not be there");
            }
        }
        return "";
    }

    /** Every file (bytes as text) and folder under dir, by relative path. */
    static Map<String, String> tree(Path dir) throws IOException {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(p -> !p.equals(dir)).toList()) {
                String rel = dir.relativize(p).toString();
                all.put(rel, Files.isDirectory(p) ? "/" : new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
            }
        }
        return all;
    }
}
