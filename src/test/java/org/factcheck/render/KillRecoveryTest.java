package org.factcheck.render;

import org.factcheck.publish.CommitSteps;

import org.factcheck.Factcheck;
import org.factcheck.Roots;
import org.factcheck.cache.CacheDir;
import org.factcheck.cache.MachineKey;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A build killed ({@code kill -9}) at any moment, also while files leave staging for the output
 * folder, leaves a site that the next build, with the cache or without it, repairs to exactly the
 * site a full build writes: byte for byte, nothing missing, nothing extra, no refusal. Each round
 * edits a fixture root, starts {@code build} in a child JVM, kills it either at a chosen step of
 * the commit (the test-only pause of {@link CommitSteps}) or after a random delay, rebuilds, and
 * compares the output with a fresh full build into another folder.
 */
@Tag("slow")
class KillRecoveryTest {

    private static final LocalDate DATE = LocalDate.of(2026, 1, 1);
    private static final int KILLS = 22;

    @TempDir
    Path tmp;

    @Test
    void everyKilledBuildIsRepairedByTheNextBuildToTheFullBuild() throws Exception {
        Path root = Roots.copy("site-full", tmp.resolve("root"));
        Path out = tmp.resolve("site");
        Path cacheDir = tmp.resolve("cache");
        assertTrue(Factcheck.build(root, out, DATE, CacheDir.open(cacheDir)).written() != null);
        // A publisher's file in the site, which every build must keep, killed or not.
        Files.writeString(out.resolve("CNAME"), "facts.example.org\n");
        Random random = new Random(16);
        List<String> log = new ArrayList<>();
        int kills = 0;
        // True while the cache's manifest describes the site: a build without a cache leaves it stale.
        boolean manifestCurrent = true;
        for (int round = 0; kills < KILLS && round < 3 * KILLS; round++) {
            // Repairs alternate, two by two, between a build with the cache and one without.
            boolean cachedRepair = round / 2 % 2 == 0;
            // Two kills in three pause the commit at a chosen step; the others come at a random moment.
            boolean paused = random.nextInt(3) != 0;
            // One killed build in five has no cache: a full build, which swaps the whole folder (three steps here).
            boolean noCacheKilled = random.nextInt(5) == 0;
            // Only a file the signed manifest (or the killed build's journal) proves the build's own
            // is deleted; a build without a cache keeps, with a warning, the pages of a deleted claim,
            // as the handbook says. So an edit may remove files only where every build that decides
            // their fate has that proof: a cached killed build over a current manifest, whose
            // journal then records the deletions (a pause is always after the journal), or a
            // cached repair.
            boolean mayRemove = manifestCurrent && !noCacheKilled && (paused || cachedRepair);
            String edit = edit(random, root, round, mayRemove);
            int step = !paused ? 0 : noCacheKilled ? 1 + random.nextInt(3) : 1 + random.nextInt(edit.startsWith("site title") ? 120 : 30);
            Process child = start(root, out, cacheDir, step, noCacheKilled);
            CompletableFuture<String> pause = pauseLine(child);
            boolean killed;
            if (paused) {
                String line = pause.get(120, TimeUnit.SECONDS);
                killed = line != null;
            } else {
                Thread.sleep(random.nextInt(2000));
                killed = child.isAlive();
            }
            child.destroyForcibly();
            child.waitFor(120, TimeUnit.SECONDS);
            String what = "round " + round + ": " + edit + (killed ? paused ? ", killed after commit step " + step
                    : ", killed at random" : ", not killed") + (noCacheKilled ? " (no cache)" : "")
                    + (cachedRepair ? ", repaired with the cache" : ", repaired without a cache");
            log.add(what);
            if (killed) {
                kills++;
            }
            Factcheck.Built repaired = Factcheck.build(root, out, DATE, cachedRepair ? CacheDir.open(cacheDir) : CacheDir.none());
            manifestCurrent = cachedRepair;
            assertTrue(repaired.written() != null, what + ": " + repaired.report().diagnostics());
            Path full = tmp.resolve("full-" + round);
            Factcheck.build(root, full, DATE);
            Map<String, String> built = IncrementalBuildTest.tree(out);
            assertEquals("facts.example.org\n", built.remove("CNAME"), what);
            assertEquals("", IncrementalBuildTest.difference(IncrementalBuildTest.tree(full), built), String.join("\n", log));
            assertEquals(List.of(), leftovers(out), what);
        }
        assertTrue(kills >= 20, "only " + kills + " kills: " + log);
    }

    /** Starts {@code build} in a child JVM; with {@code step} above 0, its commit pauses after that step. */
    private static Process start(Path root, Path out, Path cache, int step, boolean noCache) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m", "-cp", System.getProperty("java.class.path")));
        String home = System.getProperty(MachineKey.PROPERTY);
        if (home != null) {
            command.add("-D" + MachineKey.PROPERTY + "=" + home);
        }
        if (step > 0) {
            command.add("-D" + CommitSteps.PROPERTY + "=" + step);
        }
        command.addAll(List.of("org.factcheck.cli.Main", "build", "--root", root.toString(), "--out", out.toString(),
                "--date", DATE.toString()));
        command.addAll(noCache ? List.of("--no-cache") : List.of("--cache", cache.toString()));
        return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** The pause line of a child's standard error, or null when it ends without pausing. */
    private static CompletableFuture<String> pauseLine(Process child) {
        return CompletableFuture.supplyAsync(() -> {
            try (BufferedReader err = new BufferedReader(new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line = err.readLine(); line != null; line = err.readLine()) {
                    if (line.startsWith("factcheck-test: commit paused")) {
                        return line;
                    }
                }
                return null;
            } catch (IOException e) {
                return null;
            }
        });
    }

    /** Applies one random edit that keeps the root valid; removes files from the site only when allowed. */
    private static String edit(Random random, Path root, int round, boolean mayRemove) throws IOException {
        Path claims = root.resolve("content/claims");
        List<Path> files;
        try (Stream<Path> s = Files.list(claims)) {
            files = s.sorted().toList();
        }
        Path claim = files.get(random.nextInt(files.size()));
        // Where allowed, one edit in two deletes a claim (its pages go, list pages change).
        int kind = mayRemove && random.nextBoolean() ? 3 : random.nextInt(3);
        switch (kind) {
            case 0 -> {
                rewrite(claim, "(?m)^title: ", "title: Edited " + round + " ");
                return "title of " + claim.getFileName();
            }
            case 1 -> {
                Files.copy(claim, claims.resolve("added-" + round + ".yaml"));
                return "added a copy of " + claim.getFileName();
            }
            case 2 -> {
                // Every page prints the site's title: the commit moves every file.
                rewrite(root.resolve("content/site.yaml"), "(?m)^title: .*$", "title: Desk " + round);
                return "site title";
            }
            default -> {
                if (files.size() <= 4) {
                    rewrite(claim, "(?m)^title: ", "title: Edited " + round + " ");
                    return "title of " + claim.getFileName();
                }
                Files.delete(claim);
                return "deleted " + claim.getFileName();
            }
        }
    }

    private static void rewrite(Path file, String regex, String replacement) throws IOException {
        Files.writeString(file, Files.readString(file).replaceFirst(regex, replacement));
    }

    /** What a build leaves beside the output only while it runs: staging folders, the journal, the lock. */
    private static List<String> leftovers(Path out) throws IOException {
        String name = out.getFileName().toString();
        try (Stream<Path> s = Files.list(out.getParent())) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("." + name + ".new-") || n.startsWith("." + name + ".old-")
                            || n.equals("." + name + ".journal") || n.equals("." + name + ".lock"))
                    .sorted().toList();
        }
    }
}
