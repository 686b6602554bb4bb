package org.factcheck.cache;

/**
 * A fast 128-bit hash of text (the mixing of MurmurHash3 x64/128, fed UTF-16 code units), for the
 * keys of what a build derives in memory (a page's model, a claim's result): tens of megabytes per
 * build, where SHA-256 in pure Java would cost seconds. An accidental collision is a 2^-128 event;
 * it is not meant to resist someone crafting one, which is why file contents are keyed with
 * {@link Hashes} (SHA-256) and a build without the cache never consults either.
 */
public final class Hash128 {

    private static final long C1 = 0x87c37b91114253d5L;
    private static final long C2 = 0x4cf5ad432745937fL;

    private long h1 = 0x9368e53c2f6af274L;
    private long h2 = 0x586dcd208f7cd3fdL;
    private long k1;
    private long k2;
    /** Code units in the pending block (0–7). */
    private int pending;
    private long length;

    /** The hex hash of several texts taken as one sequence; each is length-prefixed, and null differs from "". */
    public static String of(String... parts) {
        Hash128 h = new Hash128();
        for (String p : parts) {
            h.add(p);
        }
        return h.hex();
    }

    /** Adds one text (length-prefixed, so part boundaries count). */
    public Hash128 add(String s) {
        if (s == null) {
            unit(0xffff);
            unit(0xffff);
            return this;
        }
        int n = s.length();
        unit(n >>> 16);
        unit(n & 0xffff);
        int i = 0;
        while (i < n && pending != 0) {
            unit(s.charAt(i++));
        }
        // Whole blocks straight from the text: the same result as unit() per code unit, without its branches.
        for (; i + 8 <= n; i += 8) {
            k1 = s.charAt(i) | (long) s.charAt(i + 1) << 16 | (long) s.charAt(i + 2) << 32 | (long) s.charAt(i + 3) << 48;
            k2 = s.charAt(i + 4) | (long) s.charAt(i + 5) << 16 | (long) s.charAt(i + 6) << 32 | (long) s.charAt(i + 7) << 48;
            length += 8;
            block();
        }
        while (i < n) {
            unit(s.charAt(i++));
        }
        return this;
    }

    private void unit(int c) {
        int slot = pending++;
        if (slot < 4) {
            k1 |= (long) (c & 0xffff) << (16 * slot);
        } else {
            k2 |= (long) (c & 0xffff) << (16 * (slot - 4));
        }
        length++;
        if (pending == 8) {
            block();
        }
    }

    private void block() {
        long a = k1 * C1;
        a = Long.rotateLeft(a, 31) * C2;
        h1 ^= a;
        h1 = Long.rotateLeft(h1, 27) + h2;
        h1 = h1 * 5 + 0x52dce729;
        long b = k2 * C2;
        b = Long.rotateLeft(b, 33) * C1;
        h2 ^= b;
        h2 = Long.rotateLeft(h2, 31) + h1;
        h2 = h2 * 5 + 0x38495ab5;
        k1 = 0;
        k2 = 0;
        pending = 0;
    }

    /** The hash as 32 hex digits. */
    public String hex() {
        long x1 = h1;
        long x2 = h2;
        if (pending > 0) {
            long a = Long.rotateLeft(k1 * C1, 31) * C2;
            x1 ^= a;
            long b = Long.rotateLeft(k2 * C2, 33) * C1;
            x2 ^= b;
        }
        x1 ^= length;
        x2 ^= length;
        x1 += x2;
        x2 += x1;
        x1 = fmix(x1);
        x2 = fmix(x2);
        x1 += x2;
        x2 += x1;
        java.util.HexFormat hex = java.util.HexFormat.of();
        return hex.toHexDigits(x1) + hex.toHexDigits(x2);
    }

    private static long fmix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb93fe53ae63bL;
        k ^= k >>> 33;
        return k;
    }
}
