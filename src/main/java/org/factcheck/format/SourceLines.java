package org.factcheck.format;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lines of content files, read once per file, to show the offending line under a message.
 * Only regular files inside the root are read (a link to the CI's environment must never be
 * quoted); the text format shows a window of the line around the spot.
 */
final class SourceLines {

    private final Path root;
    private final Map<String, List<String>> cache = new HashMap<>();

    SourceLines(Path root) {
        this.root = root;
    }

    /** Line {@code line} (one-based) of {@code file} relative to the root, or null when there is none. */
    String line(String file, int line) {
        List<String> lines = cache.computeIfAbsent(file, f -> {
            try {
                Path p = root.resolve(f);
                byte[] bytes = org.factcheck.files.TextFiles.bytesInside(root, p, org.factcheck.files.Limits.DEFAULTS.captureBytes(), "capture-bytes");
                return List.of(new String(bytes, StandardCharsets.UTF_8).split("\r?\n", -1));
            } catch (IOException | RuntimeException e) {
                return List.of();
            }
        });
        return line >= 1 && line <= lines.size() ? lines.get(line - 1) : null;
    }
}
