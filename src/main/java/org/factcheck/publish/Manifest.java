package org.factcheck.publish;

import org.factcheck.cache.CacheDir;
import org.factcheck.cache.FileStamp;
import org.factcheck.cache.Hashes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the last build wrote to one output directory: every file's path and key, and the size,
 * modification and change times and file identity it had when written. A file is only kept by the next build
 * when its key is the same and the file on disk still looks exactly as it was left; anything else
 * (an edited, replaced or missing file, a manifest for another directory) is made again.
 */
public final class Manifest {

    private static final String KIND = "site-manifest";

    /** One file of a planned site and the hash of what it is made from. */
    public record Entry(String path, String key) {
    }

    /** A file as the last build left it: its key and its stamp. */
    private record Written(String key, FileStamp stamp) {
    }

    private final Map<String, Written> files;

    private Manifest(Map<String, Written> files) {
        this.files = files;
    }

    /** The cache file of the site at {@code target}: one per output directory. */
    private static String name(Path target) {
        return "site-" + Hashes.of(target.toString()).substring(0, 20);
    }

    /** The manifest of the site at {@code target}, or null when the cache has none that verifies. */
    public static Manifest load(CacheDir cache, Path target) {
        return parse(cache.read(name(target), KIND), target);
    }

    /**
     * What the last build into {@code target} recorded it wrote, whichever code version it was: for
     * proving which files are the tool's, not for reusing any (their keys are that version's). After
     * an upgrade, the first build can then still remove the old site's files the new one drops.
     */
    public static Manifest written(CacheDir cache, Path target) {
        return parse(cache.readAnyVersion(name(target), KIND), target);
    }

    private static Manifest parse(byte[] body, Path target) {
        if (body == null) {
            return null;
        }
        String text = new String(body, StandardCharsets.UTF_8);
        int eol = text.indexOf('\n');
        if (eol < 0 || !text.substring(0, eol).equals(target.toString())) {
            return null;
        }
        Map<String, Written> files = new HashMap<>();
        int at = eol + 1;
        try {
            while (at < text.length()) {
                int end = text.indexOf('\n', at);
                String[] f = text.substring(at, end).split("\t", 6);
                files.put(f[5], new Written(f[0], new FileStamp(Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]), f[4])));
                at = end + 1;
            }
        } catch (RuntimeException e) {
            return null;
        }
        return new Manifest(files);
    }

    /** True when the file at {@code path} was written with {@code key} and is, on disk, just as it was left. */
    public boolean intact(String path, String key, Path target) {
        Written w = files.get(path);
        return w != null && key != null && w.key().equals(key) && w.stamp().equals(FileStamp.of(target.resolve(path)));
    }

    /** True when the manifest records {@code path} and the file at {@code file} still has the stamp it was left with. */
    public boolean wrote(String path, Path file) {
        Written w = files.get(path);
        return w != null && w.stamp().equals(FileStamp.of(file));
    }

    /** Records the site now at {@code target}: each entry's key with its file's current look. */
    public static void save(CacheDir cache, Path target, List<Entry> entries) throws IOException {
        // Made only when the store keeps it: a stat per file is not paid by a build without a cache.
        cache.write(name(target), KIND, () -> {
            StringBuilder sb = new StringBuilder(entries.size() * 120).append(target).append('\n');
            for (Entry e : entries) {
                FileStamp s = FileStamp.of(target.resolve(e.path()));
                if (s != null && e.key() != null && e.path().indexOf('\n') < 0 && e.path().indexOf('\t') < 0) {
                    sb.append(e.key()).append('\t').append(s.size()).append('\t').append(s.modified()).append('\t')
                            .append(s.changed()).append('\t').append(s.identity()).append('\t').append(e.path()).append('\n');
                }
            }
            return sb.toString().getBytes(StandardCharsets.UTF_8);
        });
    }
}
