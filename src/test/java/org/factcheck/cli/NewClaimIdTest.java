package org.factcheck.cli;

import org.factcheck.Roots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code new claim --id} writes only content/claims/ID.yaml, with the loader's id rules. */
class NewClaimIdTest {

    @TempDir
    Path tmp;

    @Test
    void idsThatLeaveContentClaimsAreUsageErrors() throws Exception {
        Path root = Roots.copy("editors-suggest", tmp.resolve("root"));
        for (String id : List.of("../../x", "../articles/evil", tmp.resolve("abs").toString(), "a/b", ".hidden", "", "x".repeat(201))) {
            Cli.Run r = Cli.run("new", "claim", "--root", root.toString(), "--article", "one", "--id", id, "--quote", "412 drones");
            assertEquals(2, r.exit(), id + ": " + r.err());
            assertTrue(r.err().contains("invalid --id: "), r.err());
            assertFalse(r.err().contains("Exception"), r.err());
        }
        try (Stream<Path> all = Files.walk(tmp)) {
            assertEquals(List.of(), all.filter(p -> p.toString().endsWith(".yaml") && !p.startsWith(root.resolve("content"))).toList());
        }
        assertFalse(Files.exists(root.resolve("content/articles/evil.yaml")));
        try (Stream<Path> claims = Files.list(root.resolve("content/claims"))) {
            assertEquals(1, claims.count(), "nothing written");
        }
    }

    @Test
    void aClaimsFolderLinkedOutOfTheRootIsRefused() throws Exception {
        Path root = Roots.copy("editors-suggest", tmp.resolve("root"));
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        try (Stream<Path> claims = Files.list(root.resolve("content/claims"))) {
            for (Path p : claims.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(root.resolve("content/claims"));
        Files.createSymbolicLink(root.resolve("content/claims"), elsewhere);
        Cli.Run r = Cli.run("new", "claim", "--root", root.toString(), "--article", "one", "--id", "ok", "--quote", "412 drones");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains("content/claims is a link outside the root"), r.err());
        try (Stream<Path> files = Files.list(elsewhere)) {
            assertEquals(0, files.count());
        }
    }
}
