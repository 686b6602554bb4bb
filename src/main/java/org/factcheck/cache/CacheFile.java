package org.factcheck.cache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One file of the cache: a header (magic, what kind of file, the code version that wrote it), the
 * body's length, an HMAC-SHA256 tag of all of that and the body, then the body. {@link #read}
 * returns the body only when its tag verifies under this machine's secret ({@link MachineKey}), so
 * a truncated, edited or foreign file, one from other code, and one crafted on purpose (strings
 * swapped and any checksum recomputed: without the secret nobody can compute the tag) all read as
 * "no cache". A cache can make a build faster, never different.
 *
 * <p>The tag costs what SHA-256 costs (a few tenths of a second for a 16 MB memo on the launcher's
 * C1-compiled JVM, where a CRC took milliseconds); a CRC only caught accidents, and a cache file
 * can arrive in a clone as surely as by accident.
 */
public final class CacheFile {

    /** The first bytes of every cache file of this format. */
    static final byte[] MAGIC = "factcheck-cache/3\n".getBytes(StandardCharsets.US_ASCII);
    /** Bytes between the header and the body: the body's length and the tag. */
    static final int TRAILER = 8 + 32;

    private CacheFile() {
    }

    /**
     * The body of {@code file} when it was written by {@link #write} with the same {@code kind} by
     * this code version on this machine and is intact; null otherwise (missing, not a regular file,
     * corrupted, crafted, stale, or no machine secret to verify it with).
     */
    public static byte[] read(Path file, String kind) {
        return read(file, kind, false);
    }

    /**
     * As {@link #read}, for a file written by any code version on this machine: what an earlier
     * version recorded (which files it wrote, say) is still authentic, though nothing it computed
     * may be reused.
     */
    public static byte[] readAnyVersion(Path file, String kind) {
        return read(file, kind, true);
    }

    private static byte[] read(Path file, String kind, boolean anyVersion) {
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return null;
            }
            byte[] all = Files.readAllBytes(file);
            byte[] head = header(kind);
            if (anyVersion) {
                // The header up to its version line is fixed; the version is whatever line follows.
                byte[] fixed = prefix(kind).getBytes(StandardCharsets.UTF_8);
                if (all.length < fixed.length || !Arrays.equals(all, 0, fixed.length, fixed, 0, fixed.length)) {
                    return null;
                }
                int end = fixed.length;
                while (end < all.length && end - fixed.length < 200 && all[end] != '\n') {
                    end++;
                }
                if (end >= all.length || all[end] != '\n') {
                    return null;
                }
                head = Arrays.copyOf(all, end + 1);
            }
            int bodyAt = head.length + TRAILER;
            if (all.length < bodyAt || !Arrays.equals(all, 0, head.length, head, 0, head.length)) {
                return null;
            }
            long length = ByteBuffer.wrap(all, head.length, 8).getLong();
            if (length != all.length - bodyAt) {
                return null;
            }
            byte[] tag = tag(head, length, all, bodyAt);
            if (!MessageDigest.isEqual(tag, Arrays.copyOfRange(all, head.length + 8, bodyAt))) {
                return null;
            }
            return Arrays.copyOfRange(all, bodyAt, all.length);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Writes {@code body} to {@code file} under a temporary name and moves it into place, so a
     * reader sees the old file or the new one, never half of one. Throws when there is no machine
     * secret to sign it with.
     */
    public static void write(Path file, String kind, byte[] body) throws IOException {
        byte[] head = header(kind);
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp-" + ProcessHandle.current().pid());
        try {
            byte[] tag = tag(head, body.length, body, 0);
            ByteBuffer all = ByteBuffer.allocate(head.length + TRAILER + body.length);
            all.put(head).putLong(body.length).put(tag).put(body);
            Files.write(tmp, all.array());
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** HMAC-SHA256 under the machine secret of the header, the length and the body. */
    private static byte[] tag(byte[] head, long length, byte[] bytes, int bodyAt) throws IOException {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(MachineKey.get(), "HmacSHA256"));
            mac.update(head);
            mac.update(ByteBuffer.allocate(8).putLong(length).array());
            mac.update(bytes, bodyAt, bytes.length - bodyAt);
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot sign the cache: " + e.getMessage(), e);
        }
    }

    private static byte[] header(String kind) {
        return (prefix(kind) + CodeVersion.current() + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The header's lines before the code version: the magic and the kind. */
    private static String prefix(String kind) {
        return new String(MAGIC, StandardCharsets.US_ASCII) + kind + "\n";
    }
}
