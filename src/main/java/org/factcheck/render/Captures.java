package org.factcheck.render;

import org.factcheck.cache.Hashes;
import org.factcheck.load.Limits;
import org.factcheck.load.TextFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The content hash of each capture file, read once per build however many articles it holds. */
final class Captures {

    private final Path root;
    private final Limits limits;
    private final Map<String, String> hashes = new ConcurrentHashMap<>();
    private final Map<String, String> known;

    /** {@code known}: hashes the check already took (relative path to SHA-256), used instead of reading the file again. */
    Captures(Path root, Limits limits, Map<String, String> known) {
        this.root = root;
        this.limits = limits;
        this.known = known;
    }

    /** The hash of capture {@code file} (relative to the root); a file that cannot be read gets a key no build repeats. */
    String hash(String file) {
        String k = known.get(file);
        if (k != null) {
            return k;
        }
        return hashes.computeIfAbsent(file, f -> {
            try {
                return Hashes.of(TextFiles.bytesInside(root, root.resolve(f), limits.captureBytes(), "capture-bytes"));
            } catch (IOException | RuntimeException e) {
                // The page is rendered again, and rendering reports the problem properly.
                return "unreadable-" + System.nanoTime();
            }
        });
    }
}
