package org.factcheck.cache;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

/** The store a build without a cache uses keeps nothing and never pays for what it would keep. */
class CacheDirTest {

    @Test
    void noneMissesEveryReadAndNeverMakesABody() throws Exception {
        CacheDir none = CacheDir.none();
        none.write("pages", "kind/1", () -> fail("a store that keeps nothing made the body it drops"));
        none.write("pages", "kind/1", new byte[] {1, 2});
        assertNull(none.read("pages", "kind/1"));
        assertNull(none.path());
        assertNull(none.held(String.class, () -> "kept"));
    }

    @Test
    void aStoreInMemoryKeepsWhatItIsGiven() throws Exception {
        CacheDir memory = CacheDir.inMemory();
        memory.write("pages", "kind/1", () -> new byte[] {1, 2});
        assertArrayEquals(new byte[] {1, 2}, memory.read("pages", "kind/1"));
        assertNull(memory.read("pages", "kind/2"));
    }
}
