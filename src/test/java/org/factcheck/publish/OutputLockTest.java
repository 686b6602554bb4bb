package org.factcheck.publish;

import org.factcheck.render.SiteWriter;

import org.factcheck.Factcheck;
import org.factcheck.Roots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two builds into one output folder never run at once: while one holds the folder's lock, another
 * fails with a clear message before it touches anything, the holder's live staging folder
 * included; and a journal beside the output that does not verify is never acted on.
 */
class OutputLockTest {

    private static final LocalDate DATE = LocalDate.of(2026, 1, 1);

    @TempDir
    Path tmp;

    @Test
    void aSecondBuildIntoALockedOutputFailsCleanlyAndLeavesTheHoldersStagingAlone() throws Exception {
        Path root = Roots.copy("statuses", tmp.resolve("root"));
        Path site = tmp.resolve("site");
        Factcheck.build(root, site, DATE);
        byte[] index = Files.readAllBytes(site.resolve("index.html"));
        // Another build at work: it holds the lock and is rendering into its staging folder.
        Path staging = Files.createDirectory(tmp.resolve(".site.new-live"));
        Files.writeString(staging.resolve(".factcheck-site"), "factcheck staging: created by a build, every file in it is the tool's\n");
        Files.writeString(staging.resolve("index.html"), "half rendered");
        try (FileChannel ch = FileChannel.open(OutputLock.file(site), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = ch.tryLock()) {
            assertNotNull(held);
            SiteWriter.RenderException e = assertThrows(SiteWriter.RenderException.class, () -> Factcheck.build(root, site, DATE));
            assertTrue(e.getMessage().startsWith("another build is writing " + site.toRealPath()), e.getMessage());
            assertEquals("half rendered", Files.readString(staging.resolve("index.html")), "the holder's staging survives");
            assertTrue(java.util.Arrays.equals(index, Files.readAllBytes(site.resolve("index.html"))), "the site is untouched");
        }
        // Once the holder is gone, its staging folder is a leftover: the next build removes it and leaves no lock file.
        Factcheck.build(root, site, DATE);
        assertFalse(Files.exists(staging));
        assertFalse(Files.exists(OutputLock.file(site)));
    }

    @Test
    void aJournalThatDoesNotVerifyIsNeverActedOn() throws Exception {
        Path root = Roots.copy("statuses", tmp.resolve("root"));
        Path site = tmp.resolve("site");
        Factcheck.build(root, site, DATE);
        Files.writeString(site.resolve("CNAME"), "facts.example.org\n");
        // A journal crafted (or committed) by someone else, asking that CNAME be deleted as the tool's.
        String forged = site.toRealPath() + "\n.site.new-x\nG\t" + Journal.hash(site.resolve("CNAME")) + "\t\tCNAME\n";
        Files.writeString(Journal.file(site), forged, StandardCharsets.UTF_8);
        Factcheck.build(root, site, DATE);
        assertEquals("facts.example.org\n", Files.readString(site.resolve("CNAME")));
        assertEquals(forged, Files.readString(Journal.file(site)), "a file the tool cannot prove it wrote is left alone");
    }
}
