package org.factcheck.cache;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Hash128Test {

    @Test
    void partsCountNotJustTheirConcatenation() {
        assertNotEquals(Hash128.of("ab", "c"), Hash128.of("a", "bc"));
        assertNotEquals(Hash128.of((String) null), Hash128.of(""));
        assertNotEquals(Hash128.of("x"), Hash128.of("x", ""));
        assertEquals(32, Hash128.of("x").length());
    }

    /** The block-at-a-time path gives what feeding one code unit at a time gives (a plain reference below). */
    @Test
    void agreesWithAOneUnitAtATimeReference() {
        Random random = new Random(7);
        for (int n = 0; n < 500; n++) {
            String[] parts = new String[1 + random.nextInt(4)];
            for (int p = 0; p < parts.length; p++) {
                StringBuilder sb = new StringBuilder();
                int len = random.nextInt(30);
                for (int i = 0; i < len; i++) {
                    sb.append((char) (random.nextBoolean() ? 'a' + random.nextInt(26) : random.nextInt(0x10000)));
                }
                parts[p] = sb.toString();
            }
            assertEquals(Reference.of(parts), Hash128.of(parts));
        }
    }

    @Test
    void oneChangedCodeUnitChangesTheHash() {
        Set<String> seen = new HashSet<>();
        String base = "The deal was worth $800 billion over a 15-year term, officials said.";
        seen.add(Hash128.of(base));
        for (int i = 0; i < base.length(); i++) {
            char[] c = base.toCharArray();
            c[i]++;
            assertTrue(seen.add(Hash128.of(new String(c))), "position " + i);
        }
    }

    /** The same mixing, written the plain way: every code unit through one path. */
    private static final class Reference {
        long h1 = 0x9368e53c2f6af274L;
        long h2 = 0x586dcd208f7cd3fdL;
        final java.util.List<Integer> units = new java.util.ArrayList<>();

        static String of(String... parts) {
            Reference r = new Reference();
            for (String s : parts) {
                r.units.add(s.length() >>> 16);
                r.units.add(s.length() & 0xffff);
                s.chars().forEach(r.units::add);
            }
            return r.hex();
        }

        String hex() {
            long c1 = 0x87c37b91114253d5L;
            long c2 = 0x4cf5ad432745937fL;
            int full = units.size() / 8 * 8;
            for (int b = 0; b < full; b += 8) {
                long k1 = word(b);
                long k2 = word(b + 4);
                h1 ^= Long.rotateLeft(k1 * c1, 31) * c2;
                h1 = (Long.rotateLeft(h1, 27) + h2) * 5 + 0x52dce729;
                h2 ^= Long.rotateLeft(k2 * c2, 33) * c1;
                h2 = (Long.rotateLeft(h2, 31) + h1) * 5 + 0x38495ab5;
            }
            long x1 = h1;
            long x2 = h2;
            if (full < units.size()) {
                x1 ^= Long.rotateLeft(word(full) * c1, 31) * c2;
                x2 ^= Long.rotateLeft(word(full + 4) * c2, 33) * c1;
            }
            x1 ^= units.size();
            x2 ^= units.size();
            x1 += x2;
            x2 += x1;
            x1 = fmix(x1);
            x2 = fmix(x2);
            x1 += x2;
            x2 += x1;
            return String.format("%016x%016x", x1, x2);
        }

        private long word(int from) {
            long w = 0;
            for (int i = 0; i < 4 && from + i < units.size(); i++) {
                w |= (long) units.get(from + i) << (16 * i);
            }
            return w;
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
}
