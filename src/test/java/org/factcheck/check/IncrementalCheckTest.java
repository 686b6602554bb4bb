package org.factcheck.check;

import org.factcheck.cache.CacheDir;
import org.factcheck.cache.CacheFile;
import org.factcheck.cache.CodeVersion;
import org.factcheck.cache.Hashes;

import org.factcheck.Factcheck;
import org.factcheck.Roots;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A check with a cache (on disk, or kept in memory as serve does) must report exactly what a check
 * from scratch reports, whatever was edited since the cache was written, and whatever state the
 * cache file is in.
 */
@Tag("slow")
class IncrementalCheckTest {

    @TempDir
    Path tmp;

    /** Files get modification times in the past, each edit a new one, so the stat shortcut is exercised too. */
    private long clock = System.currentTimeMillis() - 3_600_000;

    private void age(Path file) {
        try {
            clock += 1_000;
            Files.setLastModifiedTime(file, FileTime.fromMillis(clock));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void ageAll(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(this::age);
        }
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(Path p, String text) {
        try {
            Files.writeString(p, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        age(p);
    }

    /** The article a claim with a relative date cites, once there is one: its published date matters. */
    private Path dated;

    /** One random edit of the kinds editors make; returns what it did, for the failure message. */
    private String edit(Path root, Random rnd, Map<Path, String> broken, int step) {
        List<Path> claims = files(root.resolve("content/claims"));
        List<Path> articles = files(root.resolve("content/articles"));
        Path claim = claims.get(rnd.nextInt(claims.size()));
        Path article = articles.get(rnd.nextInt(articles.size()));
        switch (rnd.nextInt(14)) {
            case 0 -> {
                // A quote: change a digit (its figure) or add words (it no longer anchors).
                List<String> lines = new ArrayList<>(List.of(read(claim).split("\n", -1)));
                for (int i = 0; i < lines.size(); i++) {
                    String l = lines.get(i);
                    if (l.strip().startsWith("quote:") || l.strip().startsWith("- quote:")) {
                        String changed = l.matches(".*\\d.*") && rnd.nextBoolean() ? l.replaceFirst("\\d", String.valueOf(rnd.nextInt(10)))
                                : l.endsWith("\"") ? l.substring(0, l.length() - 1) + " again\"" : l + " again";
                        lines.set(i, changed);
                        write(claim, String.join("\n", lines));
                        return "quote of " + claim.getFileName() + ": " + changed.strip();
                    }
                }
                return "no quote in " + claim.getFileName();
            }
            case 1 -> {
                write(claim, read(claim).replaceFirst("(?m)^title: .*$", "title: Edited title " + step));
                return "title of " + claim.getFileName();
            }
            case 2 -> {
                Path copy = claim.resolveSibling("added-" + step + ".yaml");
                write(copy, read(claim).replaceFirst("(?m)^id: .*$", "id: added-" + step));
                return "added " + copy.getFileName() + " from " + claim.getFileName();
            }
            case 3 -> {
                if (claims.size() > 2 && !broken.containsKey(claim)) {
                    try {
                        Files.delete(claim);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return "removed " + claim.getFileName();
                }
                return "kept " + claim.getFileName();
            }
            case 4 -> {
                if (dated != null && Files.exists(dated) && rnd.nextBoolean()) {
                    article = dated;
                }
                String text = read(article);
                String changed = rnd.nextBoolean() ? text.replaceFirst("(?m)^title: .*$", "title: \"Edited " + step + "\"")
                        : text.replaceFirst("(?m)^published: \\d{4}", "published: " + (2020 + rnd.nextInt(6)));
                write(article, changed);
                return "article " + article.getFileName();
            }
            case 5 -> {
                String text = read(article);
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^file: (\\S+)").matcher(text);
                if (!m.find()) {
                    return "no capture in " + article.getFileName();
                }
                Path capture = root.resolve(m.group(1));
                if (!Files.isRegularFile(capture)) {
                    return "capture missing for " + article.getFileName();
                }
                String c = read(capture);
                String changed = rnd.nextBoolean() && c.matches("(?s).*\\d.*") ? c.replaceFirst("\\d", String.valueOf(rnd.nextInt(10)))
                        : c + "\nOfficials said " + (10 + rnd.nextInt(80)) + " per cent agreed.\n";
                write(capture, changed);
                return "capture " + m.group(1);
            }
            case 6 -> {
                Path site = root.resolve("content/site.yaml");
                if (!Files.exists(site)) {
                    write(site, "title: Desk " + step + "\nbase_url: https://desk.example/\nratings:\n  - label: Mixed\n"
                            + "    colour: \"#8a6100\"\n    icon: \"±\"\n");
                    return "created site.yaml";
                }
                if (rnd.nextInt(5) == 0) {
                    try {
                        Files.delete(site);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return "deleted site.yaml";
                }
                String text = read(site);
                if (rnd.nextBoolean() && (text.contains("independent: ") || text.contains("statuses: ["))) {
                    // What decides statuses: whether an outlet counts, which statuses a rating allows.
                    String changed = text.contains("independent: false") ? text.replace("independent: false", "independent: true")
                            : text.replace("independent: true", "independent: false");
                    changed = changed.contains("statuses: [corroborated, single-source]")
                            ? changed.replace("statuses: [corroborated, single-source]", "statuses: [single-source]")
                            : changed.replace("statuses: [single-source]", "statuses: [corroborated, single-source]");
                    write(site, changed);
                    return "outlets and rating statuses in site.yaml";
                }
                String changed = rnd.nextBoolean() ? text.replaceFirst("(?m)^title: .*$", "title: Desk " + step)
                        // The rating labels: claims rated with them become errors, and back when they change back.
                        : text.contains(" v2\n") ? text.replace(" v2\n", "\n") : text.replaceAll("(?m)^(\\s*-?\\s*label: .*)$", "$1 v2");
                write(site, changed);
                return "site.yaml";
            }
            case 7 -> {
                String text = read(article);
                String[] names = {"Alpha Daily", "alpha-daily", "Wire Service", "Renamed Outlet " + step, "Aggregator Now"};
                write(article, text.replaceFirst("(?m)^outlet: .*$", "outlet: \"" + names[rnd.nextInt(names.length)] + "\""));
                return "outlet of " + article.getFileName();
            }
            case 8 -> {
                Path target = rnd.nextBoolean() ? claim : article;
                if (broken.containsKey(target)) {
                    return "already broken " + target.getFileName();
                }
                String text = read(target);
                broken.put(target, text);
                write(target, rnd.nextBoolean() ? text + "\nsources: [unclosed\n" : text.replaceFirst("(?m)^title: .*$", "title: TODO fill in"));
                return "broke " + target.getFileName();
            }
            case 9 -> {
                if (broken.isEmpty()) {
                    return "nothing to fix";
                }
                Path target = broken.keySet().iterator().next();
                String text = broken.remove(target);
                if (Files.exists(target)) {
                    write(target, text);
                }
                return "fixed " + target.getFileName();
            }
            case 10 -> {
                // A quote whose figure is read against the article's published date ("on Friday").
                String text = read(article);
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^file: (\\S+)").matcher(text);
                if (!m.find() || !Files.isRegularFile(root.resolve(m.group(1))) || text.contains("\nfrom:") || text.contains("\nto:")) {
                    return "no plain capture for " + article.getFileName();
                }
                Path capture = root.resolve(m.group(1));
                write(capture, read(capture) + "\nThe envoys met on Friday, officials said.\n");
                String id = article.getFileName().toString().replaceFirst("\\.ya?ml$", "");
                write(root.resolve("content/claims/dated-" + step + ".yaml"), "title: Dated " + step + "\ntopic: Dates\n"
                        + "claim: The envoys met on a Friday.\nsources:\n  - article: " + id + "\n    quote: The envoys met on Friday\n");
                dated = article;
                return "dated claim on " + id;
            }
            case 11 -> {
                // What the claim expects: only the decision's diagnostics change.
                String text = read(claim);
                String changed = text.contains("\nexpect: ") ? text.replaceFirst("(?m)^expect: .*$", "expect: "
                        + (text.contains("expect: conflicting") ? "corroborated" : "conflicting")) : text + "\nexpect: single-source\n";
                write(claim, changed);
                return "expect of " + claim.getFileName();
            }
            case 12 -> {
                // An exchange rate: only the comparisons of sums in its two currencies change.
                String text = read(claim);
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("rate: ([0-9.]+)").matcher(text);
                if (!m.find()) {
                    return "no rate in " + claim.getFileName();
                }
                String rate = String.valueOf(0.5 + rnd.nextInt(150) / 100.0);
                write(claim, text.substring(0, m.start(1)) + rate + text.substring(m.end(1)));
                return "rate of " + claim.getFileName() + ": " + rate;
            }
            case 13 -> {
                // A republished copy: another article's capture becomes this one's text with a credit line,
                // so the copies found (and the claims citing both) change; a later edit may undo it.
                Path other = articles.get(rnd.nextInt(articles.size()));
                java.util.regex.Pattern file = java.util.regex.Pattern.compile("(?m)^file: (\\S+)");
                java.util.regex.Matcher from = file.matcher(read(other));
                java.util.regex.Matcher to = file.matcher(read(article));
                java.util.regex.Matcher outlet = java.util.regex.Pattern.compile("(?m)^outlet: \"?([^\"\n]+)").matcher(read(other));
                if (other.equals(article) || !from.find() || !to.find() || !outlet.find()
                        || !Files.isRegularFile(root.resolve(from.group(1))) || !Files.isRegularFile(root.resolve(to.group(1)))) {
                    return "no copy made";
                }
                write(root.resolve(to.group(1)), read(root.resolve(from.group(1))) + "\n(" + outlet.group(1).strip() + ")\n");
                return "capture " + to.group(1) + " republishes " + from.group(1);
            }
            default -> {
                return "no edit";
            }
        }
    }

    /** The hash of every file the report read must be the hash of its bytes now: the stat shortcut never vouches wrongly. */
    private static void inputsAreTrue(Path root, Factcheck.Checked checked, String log) throws IOException {
        for (var e : checked.inputs().entrySet()) {
            assertEquals(Hashes.of(Files.readAllBytes(root.resolve(e.getKey()))), e.getValue(), e.getKey() + " after " + log);
        }
        for (ClaimResult r : checked.report().claims()) {
            for (SourceResult s : r.sources()) {
                if (s.article() != null && s.article().file() != null && Files.isRegularFile(root.resolve(s.article().file()))) {
                    assertTrue(checked.inputs().containsKey(s.article().file()), s.article().file());
                }
            }
            assertTrue(checked.inputs().containsKey(r.claim().at().file()), r.claim().at().file());
        }
    }

    @ParameterizedTest
    @CsvSource({"roles, 1", "roles, 2", "roles, 6", "statuses, 3", "statuses, 7", "site-full, 4", "site-full, 8", "errors, 5",
        "rates, 9"})
    void randomEditsCheckTheSameWithAndWithoutTheCache(String fixture, long seed) throws Exception {
        Path root = Roots.copy(fixture, tmp.resolve("root"));
        ageAll(root);
        Path cacheDir = tmp.resolve("cache");
        CheckMemo inMemory = CheckMemo.empty();
        Random rnd = new Random(seed);
        Map<Path, String> broken = new HashMap<>();
        List<String> log = new ArrayList<>();
        int reusedFiles = 0;
        int reusedQuotes = 0;
        int reusedClaims = 0;
        for (int step = 0; step < 40; step++) {
            String what = step == 0 ? "nothing (first run)" : edit(root, rnd, broken, step);
            log.add(what);
            String history = String.join("; ", log);
            Report fresh = Factcheck.check(root);
            Factcheck.Checked disk = Factcheck.checked(root, CacheDir.open(cacheDir));
            assertEquals(fresh, disk.report(), "with the cache on disk, after: " + history);
            Factcheck.Checked memory = Factcheck.checked(root, inMemory);
            assertEquals(fresh, memory.report(), "with the memo in memory, after: " + history);
            assertEquals(disk.inputs(), memory.inputs());
            inputsAreTrue(root, disk, history);
            reusedFiles += inMemory.reused().files();
            reusedQuotes += inMemory.reused().quotes();
            reusedClaims += inMemory.reused().claims();
        }
        // The test means something only if the cache was really used.
        assertTrue(reusedFiles > 100, "files reused: " + reusedFiles);
        assertTrue(reusedQuotes > 20 || fixture.equals("errors"), "quotes reused: " + reusedQuotes);
        assertTrue(reusedClaims > 20 || fixture.equals("errors"), "claims reused: " + reusedClaims);
    }

    @Test
    void anUnchangedRootIsNeitherReparsedNorReread() throws Exception {
        Path root = Roots.copy("roles", tmp.resolve("root"));
        ageAll(root);
        CacheDir dir = CacheDir.open(tmp.resolve("cache"));
        Report first = Factcheck.check(root, dir);
        CheckMemo memo = CheckMemo.load(dir);
        assertEquals(first, Factcheck.checked(root, memo).report());
        CheckMemo.Reuse reuse = memo.reused();
        assertEquals(files(root.resolve("content/articles")).size() + files(root.resolve("content/claims")).size(), reuse.files());
        assertTrue(reuse.quotes() > 20, reuse.toString());
        assertEquals(first.claims().size(), reuse.claims(), reuse.toString());
        assertEquals(0, reuse.read(), "every input vouched for by its stat: " + reuse);
        assertTrue(reuse.inputs() > 20, reuse.toString());

        // A file moved over another is another file (another inode), whatever its size and time.
        Path a = root.resolve("content/claims/no-figures.yaml");
        Path b = root.resolve("content/claims/errs-but-agrees.yaml");
        Files.setLastModifiedTime(b, Files.getLastModifiedTime(a));
        Files.move(b, a, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertEquals(Factcheck.check(root), Factcheck.check(root, dir));
    }

    @Test
    void aFileChangedWithinTheSameClockTickIsRehashed() throws Exception {
        Path root = Roots.copy("roles", tmp.resolve("root"));
        CacheDir dir = CacheDir.open(tmp.resolve("cache"));
        // Just written: too recent for its stat to vouch for it, so the next run reads it again.
        Factcheck.check(root, dir);
        Path claim = root.resolve("content/claims/no-figures.yaml");
        String text = read(claim);
        FileTime before = Files.getLastModifiedTime(claim);
        Files.writeString(claim, text.replace("title: no-figures", "title: no-figurez"), StandardCharsets.UTF_8);
        Files.setLastModifiedTime(claim, before);
        CheckMemo memo = CheckMemo.load(dir);
        Report cached = Factcheck.checked(root, memo).report();
        assertEquals(Factcheck.check(root), cached);
        assertTrue(cached.claims().stream().anyMatch(c -> "no-figurez".equals(c.claim().title())));
    }

    /** Ways a cache file goes bad; each must read as "no cache", and the report must not change. */
    @ParameterizedTest
    @CsvSource({"truncate", "flip", "garbage", "empty", "other-kind", "other-code", "valid-checksum-bad-body", "directory"})
    void aDamagedCacheIsIgnored(String damage) throws Exception {
        Path root = Roots.copy("roles", tmp.resolve("root"));
        ageAll(root);
        CacheDir dir = CacheDir.open(tmp.resolve("cache"));
        Report expected = Factcheck.check(root);
        assertEquals(expected, Factcheck.check(root, dir));
        // Make the damaged memo matter: what it remembered would now be wrong if it were trusted.
        Path claim = root.resolve("content/claims/no-figures.yaml");
        write(claim, read(claim).replace("title: no-figures", "title: retitled"));
        Report now = Factcheck.check(root);
        assertNotEquals(expected, now);
        int damaged = 0;
        for (int i = 0; i < CheckMemo.SHARDS; i++) {
            Path file = dir.file(CheckMemo.file(i));
            if (!Files.exists(file)) {
                continue;
            }
            damaged++;
            byte[] bytes = Files.readAllBytes(file);
            switch (damage) {
                case "truncate" -> Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
                case "flip" -> {
                    bytes[bytes.length - 1 - (bytes.length / 3)] ^= 0x10;
                    Files.write(file, bytes);
                }
                case "garbage" -> {
                    byte[] g = new byte[bytes.length];
                    new Random(7 + i).nextBytes(g);
                    Files.write(file, g);
                }
                case "empty" -> Files.write(file, new byte[0]);
                case "other-kind" -> CacheFile.write(file, "another-kind/1", java.util.Arrays.copyOfRange(bytes, 100, bytes.length));
                case "other-code" -> {
                    String head = new String(bytes, 0, Math.min(200, bytes.length), StandardCharsets.ISO_8859_1);
                    int at = head.indexOf(CodeVersion.current());
                    assertTrue(at > 0);
                    bytes[at] = (byte) (bytes[at] == 'a' ? 'b' : 'a');
                    Files.write(file, bytes);
                }
                case "valid-checksum-bad-body" -> {
                    byte[] g = new byte[4096];
                    new Random(11 + i).nextBytes(g);
                    CacheFile.write(file, "check-memo/4", g);
                }
                case "directory" -> {
                    Files.delete(file);
                    Files.createDirectory(file);
                }
                default -> throw new IllegalArgumentException(damage);
            }
            if (!damage.equals("valid-checksum-bad-body")) {
                assertNull(CacheFile.read(file, "check-memo/4"), damage);
            }
        }
        assertTrue(damaged > 3, "shards written: " + damaged);
        assertEquals(now, Factcheck.check(root, dir), damage);
        // Still right on the next run, from whatever the run above left.
        assertEquals(now, Factcheck.check(root, dir), damage);
    }

    @Test
    void shardsFromDifferentRunsMixSafely() throws Exception {
        Path root = Roots.copy("roles", tmp.resolve("root"));
        ageAll(root);
        CacheDir dir = CacheDir.open(tmp.resolve("cache"));
        Random rnd = new Random(21);
        Map<Path, String> broken = new HashMap<>();
        List<Map<Integer, byte[]>> generations = new ArrayList<>();
        for (int step = 0; step < 12; step++) {
            if (step > 0) {
                edit(root, rnd, broken, step);
            }
            assertEquals(Factcheck.check(root), Factcheck.check(root, dir));
            Map<Integer, byte[]> g = new HashMap<>();
            for (int i = 0; i < CheckMemo.SHARDS; i++) {
                Path f = dir.file(CheckMemo.file(i));
                if (Files.exists(f)) {
                    g.put(i, Files.readAllBytes(f));
                }
            }
            generations.add(g);
        }
        // As if writes had failed part way: each shard from a random earlier run.
        for (int round = 0; round < 6; round++) {
            for (int i = 0; i < CheckMemo.SHARDS; i++) {
                byte[] old = generations.get(rnd.nextInt(generations.size())).get(i);
                if (old != null) {
                    Files.write(dir.file(CheckMemo.file(i)), old);
                }
            }
            assertEquals(Factcheck.check(root), Factcheck.check(root, dir), "round " + round);
            edit(root, rnd, broken, 100 + round);
        }
    }

    @Test
    void aDecisionFromAnOlderRunIsNotReusedWithANewerArticle() throws Exception {
        Path root = Roots.copy("roles", tmp.resolve("root"));
        ageAll(root);
        CacheDir dir = CacheDir.open(tmp.resolve("cache"));
        Report before = Factcheck.check(root);
        assertEquals(before, Factcheck.check(root, dir));
        Map<Integer, byte[]> old = new HashMap<>();
        for (int i = 0; i < CheckMemo.SHARDS; i++) {
            Path f = dir.file(CheckMemo.file(i));
            if (Files.exists(f)) {
                old.put(i, Files.readAllBytes(f));
            }
        }
        // Whose reporting the article repeats decides independence, not where its quotes are.
        String rel = "content/articles/gamma.yaml";
        Path article = root.resolve(rel);
        write(article, read(article).replaceAll("(?m)^relies_on: .*$", ""));
        Report now = Factcheck.check(root);
        assertNotEquals(before.claims(), now.claims(), "the edit must change a decision for the test to mean anything");
        assertEquals(now, Factcheck.check(root, dir));
        // Every shard but the article's from the run before: its claims' decisions are older than the article.
        int keep = CheckMemo.shard(rel);
        old.forEach((i, bytes) -> {
            if (i != keep) {
                try {
                    Files.write(dir.file(CheckMemo.file(i)), bytes);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        assertEquals(now, Factcheck.check(root, dir));
    }

    @Test
    void aCacheWrittenUnderOtherLimitsIsNotReused() throws Exception {
        Path root = Roots.copy("roles", tmp.resolve("root"));
        ageAll(root);
        CacheDir dir = CacheDir.open(tmp.resolve("cache"));
        String key = "factcheck.limit.quote-chars";
        Report tight;
        Report tightCached;
        System.setProperty(key, "20");
        try {
            tight = Factcheck.check(root);
            tightCached = Factcheck.check(root, dir);
        } finally {
            System.clearProperty(key);
        }
        assertEquals(tight, tightCached);
        Report normal = Factcheck.check(root);
        assertNotEquals(tight, normal, "the limit must matter for this test to mean anything");
        assertEquals(normal, Factcheck.check(root, dir));
        System.setProperty(key, "20");
        try {
            assertEquals(tight, Factcheck.check(root, dir));
        } finally {
            System.clearProperty(key);
        }
    }

    @Test
    void aCacheDirectoryThatIsNotOursIsRefused() throws Exception {
        Path notOurs = tmp.resolve("docs");
        Files.createDirectories(notOurs);
        Files.writeString(notOurs.resolve("notes.txt"), "mine");
        try {
            CacheDir.open(notOurs);
            throw new AssertionError("opened a folder that is not the cache");
        } catch (CacheDir.NotOurs expected) {
            assertTrue(expected.getMessage().contains("not empty"));
        }
        assertFalse(Files.exists(notOurs.resolve(CacheDir.MARKER)));
    }
}
