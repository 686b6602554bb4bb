package org.factcheck.cache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * One file of the cache: a header (magic, what kind of file, the code version that wrote it), the
 * SHA-256 of the body, then the body. {@link #read} returns the body only when all of it verifies,
 * so a truncated, edited or foreign file, or one from other code, reads as "no cache".
 */
public final class CacheFile {

    private static final byte[] MAGIC = "factcheck-cache/1\n".getBytes(StandardCharsets.US_ASCII);

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
            int bodyAt = head.length + 32;
            if (all.length < bodyAt || !Arrays.equals(all, 0, head.length, head, 0, head.length)) {
                return null;
            }
            MessageDigest d = Hashes.digest();
            d.update(all, bodyAt, all.length - bodyAt);
            if (!Arrays.equals(d.digest(), 0, 32, all, head.length, bodyAt)) {
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
        byte[] sum = Hashes.digest().digest(body);
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp-" + ProcessHandle.current().pid());
        try {
            ByteBuffer all = ByteBuffer.allocate(head.length + sum.length + body.length);
            all.put(head).put(sum).put(body);
            Files.write(tmp, all.array());
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static byte[] header(String kind) {
        return (new String(MAGIC, StandardCharsets.US_ASCII) + kind + "\n" + CodeVersion.current() + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
