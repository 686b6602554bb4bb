package org.factcheck.publish;

import org.factcheck.cache.CacheFile;
import org.factcheck.cache.Hashes;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The record of an incremental commit, written (signed like the cache, and synced to disk) before
 * the first file leaves staging and removed once the new site and its manifest are in place: the
 * manifest-to-be (every file of the new site with its key), the SHA-256 of each file the commit
 * moves in from staging, and the SHA-256 of each old file it deletes. A build killed during the
 * commit leaves it beside the output ({@code .NAME.journal}); the next build, before anything
 * else, finishes that commit from it ({@link OutputDir#rollForward}), so every file in the output
 * that factcheck wrote, old or new, is known again and the site is whole.
 *
 * @param target the output folder the commit writes (its real path)
 * @param staging the name of the staging folder beside it that holds the files still to move
 * @param entries the new site's files with their keys, in plan order
 * @param moved the files the commit moves in, with the SHA-256 of their bytes
 * @param gone the old files the commit deletes, with the SHA-256 of their bytes
 */
public record Journal(Path target, String staging, List<Manifest.Entry> entries, Map<String, String> moved, Map<String, String> gone) {

    private static final String KIND = "site-journal";

    /** The journal file of the output folder {@code target}: beside it, like the staging folders. */
    public static Path file(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".journal");
    }

    /** The SHA-256 of a regular file's bytes (links not followed), or null when there is no such file. */
    public static String hash(Path file) {
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return null;
            }
            return Hashes.of(Files.readAllBytes(file));
        } catch (IOException e) {
            return null;
        }
    }

    /** Writes the journal, signed, and syncs it and its folder to disk before returning. */
    void write() throws IOException {
        StringBuilder sb = new StringBuilder(entries.size() * 100).append(target).append('\n').append(staging).append('\n');
        for (Manifest.Entry e : entries) {
            String h = moved.get(e.path());
            sb.append(h == null ? "K\t" : "M\t" + h).append('\t').append(e.key() == null ? "" : e.key()).append('\t')
                    .append(e.path()).append('\n');
        }
        gone.forEach((path, h) -> sb.append("G\t").append(h).append("\t\t").append(path).append('\n'));
        Path file = file(target);
        CacheFile.write(file, KIND, sb.toString().getBytes(StandardCharsets.UTF_8));
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ch.force(true);
        }
        syncFolder(file.getParent());
    }

    /**
     * The journal left beside {@code target}, or null when there is none, or none that verifies
     * under this machine's secret and names this folder: a journal from disk is trusted no more
     * than a cache file, and a line that is not a path strictly inside the folder is dropped.
     */
    public static Journal read(Path target) {
        byte[] body = CacheFile.read(file(target), KIND);
        if (body == null) {
            return null;
        }
        List<String> lines = new String(body, StandardCharsets.UTF_8).lines().toList();
        if (lines.size() < 2 || !lines.get(0).equals(target.toString())) {
            return null;
        }
        String staging = lines.get(1);
        if (!staging.startsWith("." + target.getFileName() + ".new-") || staging.contains("/") || staging.contains("\\")) {
            return null;
        }
        List<Manifest.Entry> entries = new ArrayList<>();
        Map<String, String> moved = new LinkedHashMap<>();
        Map<String, String> gone = new LinkedHashMap<>();
        for (String line : lines.subList(2, lines.size())) {
            String[] f = line.split("\t", 4);
            if (f.length != 4 || !OutputDir.safe(f[3]) || f[3].endsWith("/")) {
                continue;
            }
            switch (f[0]) {
                case "K" -> entries.add(new Manifest.Entry(f[3], f[2]));
                case "M" -> {
                    entries.add(new Manifest.Entry(f[3], f[2]));
                    moved.put(f[3], f[1]);
                }
                case "G" -> gone.put(f[3], f[1]);
                default -> {
                    // A line of another kind is not this code's: ignored.
                }
            }
        }
        return new Journal(target, staging, entries, moved, gone);
    }

    /** Removes the journal: the commit it records is complete. */
    public static void delete(Path target) throws IOException {
        Files.deleteIfExists(file(target));
    }

    /** Syncs a folder's entries (a new file's name) to disk where the platform allows it. */
    private static void syncFolder(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            // Not every platform can open a folder; the journal itself is synced.
        }
    }
}
