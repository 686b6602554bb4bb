package org.factcheck.cache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.zip.CRC32C;

/**
 * One file of the cache: a header (magic, what kind of file, the code version that wrote it), the
 * body's length and CRC-32C, then the body. {@link #read} returns the body only when all of it
 * verifies, so a truncated, edited or foreign file, or one from other code, reads as "no cache".
 *
 * <p>The check is a CRC, not a cryptographic hash, on purpose: it is there to catch accidents (a
 * truncated or half-written file, flipped bits, a file of another kind), which a CRC-32C with the
 * length catches as surely; against a file crafted on purpose no checksum helps, since whoever
 * crafts it can compute any checksum. SHA-256 of a 16 MB memo cost about 0.3 s per read and per
 * write on the short-lived, C1-compiled JVM the launcher runs (no SHA intrinsic there), the CRC a
 * few milliseconds (it is a JIT intrinsic on every tier).
 */
public final class CacheFile {

    private static final byte[] MAGIC = "factcheck-cache/2\n".getBytes(StandardCharsets.US_ASCII);

    private CacheFile() {
    }

    /**
     * The body of {@code file} when it was written by {@link #write} with the same {@code kind} by
     * this code version and is intact; null otherwise (missing, not a regular file, corrupted, stale).
     */
    public static byte[] read(Path file, String kind) {
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return null;
            }
            byte[] all = Files.readAllBytes(file);
            byte[] head = header(kind);
            int bodyAt = head.length + 12;
            if (all.length < bodyAt || !Arrays.equals(all, 0, head.length, head, 0, head.length)) {
                return null;
            }
            ByteBuffer check = ByteBuffer.wrap(all, head.length, 12);
            long length = check.getLong();
            int crc = check.getInt();
            if (length != all.length - bodyAt || crc != crc(all, bodyAt, all.length - bodyAt)) {
                return null;
            }
            return Arrays.copyOfRange(all, bodyAt, all.length);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Writes {@code body} to {@code file} under a temporary name and moves it into place, so a
     * reader sees the old file or the new one, never half of one.
     */
    public static void write(Path file, String kind, byte[] body) throws IOException {
        byte[] head = header(kind);
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp-" + ProcessHandle.current().pid());
        try {
            ByteBuffer all = ByteBuffer.allocate(head.length + 12 + body.length);
            all.put(head).putLong(body.length).putInt(crc(body, 0, body.length)).put(body);
            Files.write(tmp, all.array());
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static int crc(byte[] bytes, int from, int length) {
        CRC32C c = new CRC32C();
        c.update(bytes, from, length);
        return (int) c.getValue();
    }

    private static byte[] header(String kind) {
        return (new String(MAGIC, StandardCharsets.US_ASCII) + kind + "\n" + CodeVersion.current() + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
