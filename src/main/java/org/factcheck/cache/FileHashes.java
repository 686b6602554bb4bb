package org.factcheck.cache;

import org.factcheck.files.TextFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The content hash of each input file of one run, read once. Like git's index, it remembers each
 * file's size, modification and change times (to the nanosecond) and identity (device and inode)
 * with its hash, and takes the hash again without reading the file only when all are unchanged, the
 * file is a plain file (not a link) in a folder that is inside the root, and it was last modified
 * well before the hash was taken (a file changed within the same clock tick as it was hashed would
 * otherwise look unchanged). Stating 40,000 files costs a fraction of reading and hashing them.
 */
public final class FileHashes {

    /** A file is trusted by its stat only if it was last modified at least this long before it was hashed. */
    private static final long RACY_NANOS = TimeUnit.SECONDS.toNanos(2);

    /** What a file looked like when it was hashed. */
    public record Stat(long size, long modified, long changed, String identity, String hash) {

        Stat(FileStamp s, String hash) {
            this(s.size(), s.modified(), s.changed(), s.identity(), hash);
        }

        /** The stamp part, to compare with a file's stamp now. */
        public FileStamp stamp() {
            return new FileStamp(size, modified, changed, identity);
        }
    }

    private final Path root;
    private final Path realRoot;
    private final Map<String, Stat> previous;
    /** Stats worth keeping for the next run. */
    private final Map<String, Stat> next = new ConcurrentHashMap<>();
    /** The hash of every file hashed in this run, by path relative to the root. */
    private final Map<String, String> inputs = new ConcurrentHashMap<>();
    /** The stat of each file as it was before it was hashed in this run, when it may vouch for the file. */
    private final Map<String, Stat> observed = new ConcurrentHashMap<>();
    private final Map<Path, Boolean> safeDirs = new ConcurrentHashMap<>();
    private final long racyAfter;
    /** How many files this run read to hash them (the rest were vouched for by their stat). */
    private final java.util.concurrent.atomic.AtomicInteger read = new java.util.concurrent.atomic.AtomicInteger();

    /** Hashes files under {@code root}, trusting the stats of {@code previous} (the last run's {@link #next}). */
    public FileHashes(Path root, Map<String, Stat> previous) {
        this.root = root;
        Path real;
        try {
            real = root.toRealPath();
        } catch (IOException e) {
            real = null;
        }
        this.realRoot = real;
        this.previous = previous;
        Instant now = Instant.now();
        this.racyAfter = TimeUnit.SECONDS.toNanos(now.getEpochSecond()) + now.getNano() - RACY_NANOS;
    }

    /**
     * The hex SHA-256 of the file {@code rel} (relative to the root, forward slashes), read under the
     * same rules as the loader reads it (a regular file inside the root, at most {@code maxBytes}); null
     * when it cannot be read so.
     */
    public String hash(String rel, long maxBytes, String limitName) {
        String known = inputs.get(rel);
        if (known != null) {
            return known;
        }
        Path file = root.resolve(rel);
        FileStamp now;
        try {
            // Null for a link or anything else that is not a plain file: read (and judged) by the loader's rules below.
            now = FileStamp.read(file);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        boolean plain = now != null && !now.anonymous() && now.size() <= maxBytes && safeDir(file.getParent());
        if (plain) {
            Stat old = previous.get(rel);
            if (old != null && old.stamp().equals(now)) {
                next.put(rel, old);
                observed.put(rel, old);
                inputs.put(rel, old.hash());
                return old.hash();
            }
        }
        byte[] bytes;
        try {
            bytes = TextFiles.bytesInside(root, file, maxBytes, limitName);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        read.incrementAndGet();
        String hash = Hashes.of(bytes);
        // The stat was taken before the read: if the file changed in between, its next stat differs from this one.
        if (plain && bytes.length == now.size() && now.modified() < racyAfter) {
            Stat stat = new Stat(now, hash);
            next.put(rel, stat);
            observed.put(rel, stat);
        }
        inputs.put(rel, hash);
        return hash;
    }

    /**
     * True when file {@code rel} still has the stat it had when this run hashed it (and that stat may
     * vouch for its content), so a text read from it since is the text that was hashed.
     */
    public boolean unchanged(String rel) {
        Stat seen = observed.get(rel);
        if (seen == null) {
            return false;
        }
        return seen.stamp().equals(FileStamp.of(root.resolve(rel)));
    }

    /** Records the hash of a file as someone else read it (the text that was parsed), for {@link #inputs}. */
    public void read(String rel, String hash) {
        inputs.put(rel, hash);
    }

    /** The stats worth keeping for the next run, by path: pass them back to the next run's constructor. */
    public Map<String, Stat> next() {
        return java.util.Collections.unmodifiableMap(next);
    }

    /** The hash of every file hashed in this run, by path relative to the root. */
    public Map<String, String> inputs() {
        return java.util.Collections.unmodifiableMap(inputs);
    }

    /** How many files this run read to hash them; the rest were vouched for by their stat. */
    public int filesRead() {
        return read.get();
    }

    /** True when the folder's real path is inside the root's, so a plain file in it is inside the root. */
    private boolean safeDir(Path dir) {
        if (realRoot == null || dir == null) {
            return false;
        }
        return safeDirs.computeIfAbsent(dir, d -> {
            try {
                return d.toRealPath().startsWith(realRoot);
            } catch (IOException | RuntimeException e) {
                return false;
            }
        });
    }
}
