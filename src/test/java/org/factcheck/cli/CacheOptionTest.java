package org.factcheck.cli;

import org.factcheck.Roots;
import org.factcheck.cache.CacheDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --cache} and {@code --no-cache}: the cache changes how fast a run is, never what it prints or returns. */
class CacheOptionTest {

    @TempDir
    Path tmp;

    @Test
    void checkKeepsItsCacheInTheRootByDefaultAndPrintsTheSame() {
        String r = Roots.copy("statuses", tmp.resolve("root")).toString();
        Cli.Run none = Cli.run("check", "--no-cache", "--root", r);
        assertFalse(Files.exists(Path.of(r, ".factcheck")), "--no-cache writes nothing");
        Cli.Run first = Cli.run("check", "--root", r);
        assertTrue(Files.isRegularFile(Path.of(r, CacheDir.DEFAULT, CacheDir.MARKER)));
        Cli.Run second = Cli.run("check", "--root", r);
        assertEquals(none, first);
        assertEquals(none, second);
        assertEquals(1, none.exit(), "the fixture has findings, so the runs compared are not trivially empty");
    }

    @Test
    void aCacheFolderThatIsNotOursIsOneWarningAndTheRunGoesOn() throws Exception {
        String r = Roots.copy("statuses", tmp.resolve("root")).toString();
        Path docs = tmp.resolve("docs");
        Files.createDirectories(docs);
        Files.writeString(docs.resolve("notes.txt"), "mine");
        Cli.Run plain = Cli.run("check", "--no-cache", "--root", r);
        Cli.Run refused = Cli.run("check", "--cache", docs.toString(), "--root", r);
        assertEquals(plain.exit(), refused.exit());
        assertEquals(plain.out(), refused.out());
        String warning = "factcheck: warning: not using the cache: refusing to use " + docs.toAbsolutePath();
        assertTrue(refused.err().startsWith(warning), refused.err());
        assertEquals(plain.err(), refused.err().substring(refused.err().indexOf('\n') + 1));
        assertEquals(1, Files.list(docs).count(), "nothing written into a folder that is not the cache");

        Path out = tmp.resolve("site");
        Cli.Run build = Cli.run("build", "--cache", docs.resolve("notes.txt").toString(), "--root", r, "--out", out.toString());
        assertEquals(0, build.exit(), build.err());
        assertTrue(build.err().startsWith("factcheck: warning: not using the cache:"), build.err());
        assertTrue(Files.isRegularFile(out.resolve("index.html")));
    }

    @Test
    void buildWithACacheWritesTheSameSite() {
        Path root = Roots.copy("statuses", tmp.resolve("root"));
        Path cache = tmp.resolve("cache");
        assertEquals(0, Cli.run("build", "--no-cache", "--root", root.toString(), "--out", tmp.resolve("a").toString(), "--date", "2026-01-01").exit());
        assertEquals(0, Cli.run("build", "--cache", cache.toString(), "--root", root.toString(), "--out", tmp.resolve("b").toString(), "--date", "2026-01-01").exit());
        assertEquals(0, Cli.run("build", "--cache", cache.toString(), "--root", root.toString(), "--out", tmp.resolve("c").toString(), "--date", "2026-01-01").exit());
        assertTrue(Files.isRegularFile(cache.resolve(CacheDir.MARKER)));
        var a = Roots.snapshot(tmp.resolve("a"));
        for (String other : new String[] {"b", "c"}) {
            var b = Roots.snapshot(tmp.resolve(other));
            assertEquals(a.keySet(), b.keySet());
            a.forEach((k, v) -> assertTrue(java.util.Arrays.equals(v, b.get(k)), other + ": " + k));
        }
    }
}
