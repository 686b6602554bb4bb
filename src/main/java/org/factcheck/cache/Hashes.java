package org.factcheck.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Content hashes (SHA-256) as the cache keys them: of bytes, of text, and of several parts at once. */
public final class Hashes {

    private Hashes() {
    }

    /** A fresh SHA-256 digest (every JDK has one). */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no SHA-256", e);
        }
    }

    /** The hex SHA-256 of {@code bytes}. */
    public static String of(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    /**
     * The hex SHA-256 of several texts taken as one sequence; each part is length-prefixed, so
     * ("ab", "c") and ("a", "bc") differ. A null part differs from an empty one.
     */
    public static String of(String... parts) {
        MessageDigest d = digest();
        for (String p : parts) {
            if (p == null) {
                d.update((byte) 0);
                continue;
            }
            byte[] b = p.getBytes(StandardCharsets.UTF_8);
            d.update((byte) 1);
            d.update(java.nio.ByteBuffer.allocate(4).putInt(b.length).array());
            d.update(b);
        }
        return HexFormat.of().formatHex(d.digest());
    }
}
