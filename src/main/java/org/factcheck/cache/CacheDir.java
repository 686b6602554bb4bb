package org.factcheck.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The directory the cache lives in. The tool only writes into a directory that is new, empty, or
 * carries its {@value #MARKER} marker, and only deletes files it names itself, so pointing
 * {@code --cache} at the wrong folder cannot destroy anything.
 */
public final class CacheDir {

    /** The marker file that says "this directory is factcheck's cache". */
    public static final String MARKER = ".factcheck-cache";
    /** The default place, relative to the root: git-ignored, safe to delete. */
    public static final String DEFAULT = ".factcheck/cache";

    private final Path dir;
    /** The files of a cache held in memory (serve), by name: kind and body; null for a cache on disk. */
    private final java.util.Map<String, java.util.Map.Entry<String, byte[]>> memory;
    /** The first problem writing to the cache, for the one warning line the CLI prints; null when none. */
    private volatile String problem;
    /** For a cache in memory: objects kept as they are rather than encoded and decoded on every run, by type. */
    private final java.util.Map<Class<?>, Object> held = new java.util.HashMap<>();

    /** False only for {@link #none()}: the store that keeps nothing. */
    private final boolean keeps;

    private CacheDir(Path dir, java.util.Map<String, java.util.Map.Entry<String, byte[]>> memory, boolean keeps) {
        this.dir = dir;
        this.memory = memory;
        this.keeps = keeps;
    }

    /**
     * A store that keeps nothing: every read misses and every write is dropped (its body never
     * made). A build without a cache is the same build with this store, so there is one code path.
     */
    public static CacheDir none() {
        return new CacheDir(null, null, false);
    }

    /**
     * A cache that lives as long as this object, in memory: what {@code serve} rebuilds with, so a
     * preview session shares nothing with the builds on disk and leaves no file behind.
     */
    public static CacheDir inMemory() {
        return new CacheDir(null, new java.util.concurrent.ConcurrentHashMap<>(), true);
    }

    /** Thrown when the directory exists, is not empty and is not factcheck's cache. */
    public static final class NotOurs extends Exception {
        private static final long serialVersionUID = 1L;

        NotOurs(String message) {
            super(message);
        }
    }

    /**
     * Opens (creating it, with its marker) the cache directory {@code dir}. Throws when there is no
     * per-machine secret to sign and verify its files with ({@link MachineKey}): no cache then.
     */
    public static CacheDir open(Path dir) throws IOException, NotOurs {
        try {
            MachineKey.get();
        } catch (IOException e) {
            throw new IOException("no secret to sign cache files with (" + MachineKey.location() + "): " + e.getMessage(), e);
        }
        Path d = dir.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(d)) {
            throw new NotOurs(d + " is a symbolic link; the cache must be a plain directory");
        }
        if (Files.exists(d, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS)) {
                throw new NotOurs(d + " is not a directory");
            }
            if (!Files.isRegularFile(d.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
                try (Stream<Path> s = Files.list(d)) {
                    if (s.findAny().isPresent()) {
                        throw new NotOurs("refusing to use " + d + " as the cache: it is not empty and holds no " + MARKER + " marker");
                    }
                }
            }
        }
        Files.createDirectories(d);
        Path marker = d.resolve(MARKER);
        if (!Files.exists(marker, LinkOption.NOFOLLOW_LINKS)) {
            Files.writeString(marker, "factcheck build cache: safe to delete; every file here is signed with this machine's secret and checked before use\n",
                    StandardCharsets.UTF_8);
        }
        return new CacheDir(d, null, true);
    }

    /** The file {@code name} (a plain name, no folders) in the cache on disk. */
    public Path file(String name) {
        if (dir == null) {
            throw new IllegalStateException("a cache in memory, or none, has no files");
        }
        if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            throw new IllegalArgumentException("not a cache file name: " + name);
        }
        return dir.resolve(name);
    }

    /** The body of cache file {@code name} if it verifies as {@code kind} (see {@link CacheFile#read}), else null. */
    public byte[] read(String name, String kind) {
        if (!keeps) {
            return null;
        }
        if (memory != null) {
            java.util.Map.Entry<String, byte[]> e = memory.get(name);
            return e == null || !e.getKey().equals(kind) ? null : e.getValue();
        }
        return CacheFile.read(file(name), kind);
    }

    /** As {@link #read}, accepting a file written by any code version on this machine (see {@link CacheFile#readAnyVersion}). */
    public byte[] readAnyVersion(String name, String kind) {
        if (!keeps || memory != null) {
            return read(name, kind);
        }
        return CacheFile.readAnyVersion(file(name), kind);
    }

    /** Writes cache file {@code name} atomically. */
    public void write(String name, String kind, byte[] body) throws IOException {
        write(name, kind, () -> body);
    }

    /** Writes cache file {@code name} atomically, making its body only when the store keeps it. */
    public void write(String name, String kind, java.util.function.Supplier<byte[]> body) throws IOException {
        if (!keeps) {
            return;
        }
        if (memory != null) {
            memory.put(name, java.util.Map.entry(kind, body.get()));
            return;
        }
        CacheFile.write(file(name), kind, body.get());
    }

    /** The directory, or null for a cache in memory or none. */
    public Path path() {
        return dir;
    }

    /**
     * For a cache in memory, the one object of {@code type} it holds for the session (made by
     * {@code make} on first use); null for a cache on disk, whose entries are files.
     */
    public synchronized <T> T held(Class<T> type, java.util.function.Supplier<T> make) {
        if (memory == null) {
            return null;
        }
        return type.cast(held.computeIfAbsent(type, t -> make.get()));
    }

    /** Notes that writing the cache failed (the run goes on without saving; the first problem is kept). */
    public void failed(String what) {
        if (problem == null) {
            problem = what;
        }
    }

    /** The first problem writing this cache, or null: a warning for the user, never a failure. */
    public String problem() {
        return problem;
    }
}
