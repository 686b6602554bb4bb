package org.factcheck.cache;

import org.factcheck.Factcheck;
import org.factcheck.Roots;
import org.factcheck.check.Report;
import org.factcheck.check.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A cache can make a build faster, never different, also against a file crafted on purpose: a
 * cache whose stored statuses are swapped and whose integrity field is recomputed as the writer
 * computes it (with any key but this machine's secret) is ignored, and the build equals one
 * without a cache.
 */
class CraftedCacheTest {

    private static final LocalDate DATE = LocalDate.of(2026, 1, 1);

    @TempDir
    Path tmp;

    @Test
    void aCacheWithSwappedStatusesAndARecomputedChecksumChangesNothing() throws Exception {
        Path root = Roots.copy("statuses", tmp.resolve("root"));
        ageAll(root);
        CacheDir cache = CacheDir.open(tmp.resolve("cache"));
        Report expected = Factcheck.check(root);
        assertTrue(expected.claims().stream().anyMatch(c -> c.status() == Status.INCOMPARABLE));
        Factcheck.build(root, tmp.resolve("warm"), DATE, cache);

        // Same length, so only the bytes change: a corroborated claim's status (a string the memo
        // stores once and refers back to) says "not comparable", a valid name for a status.
        int forged = 0;
        try (Stream<Path> files = Files.list(cache.path())) {
            for (Path f : files.filter(p -> !p.getFileName().toString().startsWith(".")).toList()) {
                forged += forge(f, "CORROBORATED", "INCOMPARABLE") ? 1 : 0;
            }
        }
        assertTrue(forged > 0, "the memo stores statuses by name");

        assertEquals(expected, Factcheck.check(root, CacheDir.open(cache.path())));
        Path cached = tmp.resolve("cached");
        Path full = tmp.resolve("full");
        Factcheck.build(root, cached, DATE, CacheDir.open(cache.path()));
        Factcheck.build(root, full, DATE, CacheDir.none());
        assertEquals(pages(full), pages(cached));
    }

    @Test
    void aFileSignedWithAnotherKeyDoesNotVerify() throws Exception {
        Path f = tmp.resolve("x");
        CacheFile.write(f, "kind/1", "body".getBytes(StandardCharsets.UTF_8));
        assertNotNull(CacheFile.read(f, "kind/1"));
        byte[] all = Files.readAllBytes(f);
        int tagAt = all.length - 4 - 32;
        all[tagAt] ^= 1;
        Files.write(f, all);
        assertNull(CacheFile.read(f, "kind/1"));
    }

    @Test
    void withoutASecretThereIsNoCache() throws Exception {
        Path blocked = tmp.resolve("not-a-folder");
        Files.writeString(blocked, "a file where the secret's folder would go");
        String before = System.getProperty(MachineKey.PROPERTY);
        System.setProperty(MachineKey.PROPERTY, blocked.toString());
        try {
            IOException e = assertThrows(IOException.class, () -> CacheDir.open(tmp.resolve("cache")));
            assertTrue(e.getMessage().startsWith("no secret to sign cache files with"), e.getMessage());
        } finally {
            if (before == null) {
                System.clearProperty(MachineKey.PROPERTY);
            } else {
                System.setProperty(MachineKey.PROPERTY, before);
            }
        }
    }

    @Test
    void theSecretIsCreatedForItsOwnerOnly() throws Exception {
        String before = System.getProperty(MachineKey.PROPERTY);
        System.setProperty(MachineKey.PROPERTY, tmp.resolve("home").toString());
        try {
            byte[] key = MachineKey.get();
            assertEquals(32, key.length);
            Path file = MachineKey.location();
            assertEquals(tmp.resolve("home/factcheck/secret").toAbsolutePath(), file);
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            assertTrue(Arrays.equals(key, MachineKey.get()));
        } finally {
            if (before == null) {
                System.clearProperty(MachineKey.PROPERTY);
            } else {
                System.setProperty(MachineKey.PROPERTY, before);
            }
        }
    }

    /**
     * Swaps the first {@code from} for {@code to} in a cache file's body and recomputes its integrity field
     * as the writer does: a CRC-32C where the field is four bytes, an HMAC-SHA256 under a key of the
     * forger's where it is 32. The layout is read from the file itself (three header lines, the
     * body's length, the field, the body). Returns false when the body does not hold {@code from}.
     */
    private static boolean forge(Path file, String from, String to) throws Exception {
        byte[] all = Files.readAllBytes(file);
        int head = 0;
        for (int lines = 0; lines < 3; head++) {
            if (all[head] == '\n') {
                lines++;
            }
        }
        long length = ByteBuffer.wrap(all, head, 8).getLong();
        int bodyAt = (int) (all.length - length);
        int field = bodyAt - head - 8;
        byte[] body = Arrays.copyOfRange(all, bodyAt, all.length);
        String text = new String(body, StandardCharsets.ISO_8859_1);
        if (!text.contains(from)) {
            return false;
        }
        body = text.replaceFirst(java.util.regex.Pattern.quote(from), to).getBytes(StandardCharsets.ISO_8859_1);
        byte[] check;
        if (field == 4) {
            java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
            crc.update(body);
            check = ByteBuffer.allocate(4).putInt((int) crc.getValue()).array();
        } else {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(new byte[32], "HmacSHA256"));
            mac.update(all, 0, head);
            mac.update(ByteBuffer.allocate(8).putLong(length).array());
            mac.update(body);
            check = mac.doFinal();
        }
        ByteBuffer out = ByteBuffer.allocate(all.length);
        out.put(all, 0, head + 8).put(check).put(body);
        Files.write(file, out.array());
        return true;
    }

    /** Every file of a site but its owner marker (which records when each file was written), by path. */
    private static Map<String, String> pages(Path dir) throws IOException {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String rel = dir.relativize(p).toString();
                if (!rel.equals(".factcheck-site")) {
                    all.put(rel, new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
                }
            }
        }
        return all;
    }

    private static void ageAll(Path root) throws IOException {
        FileTime old = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(p, old);
            }
        }
    }
}
