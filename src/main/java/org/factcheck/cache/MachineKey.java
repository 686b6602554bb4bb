package org.factcheck.cache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The per-machine secret that signs every cache file (HMAC-SHA256, see {@link CacheFile}): 32
 * random bytes in {@code $XDG_CACHE_HOME/factcheck/secret} (else {@code ~/.cache/factcheck/secret}),
 * created with mode 0600 on first use and kept outside every content root. A cache file another
 * machine wrote, or one edited by hand or crafted in a pull request, does not verify and is ignored:
 * whoever crafts it cannot compute the tag without this file. The system property
 * {@value #PROPERTY} names another folder in place of the cache home (for tests and packagers).
 */
public final class MachineKey {

    /** A system property naming the folder that holds {@code factcheck/secret} instead of the cache home. */
    public static final String PROPERTY = "factcheck.cache.home";
    private static final int BYTES = 32;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Map<Path, byte[]> KEYS = new ConcurrentHashMap<>();

    private MachineKey() {
    }

    /** Where the secret is (or will be) kept. */
    public static Path location() {
        String home = System.getProperty(PROPERTY);
        if (home == null || home.isBlank()) {
            String xdg = System.getenv("XDG_CACHE_HOME");
            // The XDG rule: a relative value is invalid and ignored.
            home = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? xdg
                    : Path.of(System.getProperty("user.home"), ".cache").toString();
        }
        return Path.of(home, "factcheck", "secret").toAbsolutePath().normalize();
    }

    /**
     * The secret, created on first use; read once per process. Throws, saying why, when it cannot
     * be created or read, or when it is not a plain file that only its owner may read.
     */
    public static byte[] get() throws IOException {
        Path file = location();
        byte[] known = KEYS.get(file);
        if (known != null) {
            return known;
        }
        byte[] key = load(file);
        KEYS.put(file, key);
        return key;
    }

    private static byte[] load(Path file) throws IOException {
        boolean posix = Files.getFileAttributeView(file.getRoot() == null ? file : file.getRoot(),
                PosixFileAttributeView.class) != null;
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            Path dir = file.getParent();
            if (!Files.isDirectory(dir)) {
                if (posix) {
                    Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectories(dir);
                }
            }
            byte[] fresh = new byte[BYTES];
            new SecureRandom().nextBytes(fresh);
            // Created new with its final mode (never readable by others, not even for a moment) and
            // synced before another process can take it; a process that lost the race reads the winner's.
            try (FileChannel ch = posix
                    ? FileChannel.open(file, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                            PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                    : FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ch.write(ByteBuffer.wrap(fresh));
                ch.force(true);
                return fresh;
            } catch (FileAlreadyExistsException e) {
                // Another build created it first.
            }
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(file + " is not a plain file");
        }
        if (posix) {
            PosixFileAttributes a = Files.readAttributes(file, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!OWNER_ONLY.containsAll(a.permissions())) {
                throw new IOException(file + " may be read or written by others (mode "
                        + PosixFilePermissions.toString(a.permissions()) + "; it must be 0600)");
            }
        }
        byte[] key = Files.readAllBytes(file);
        for (int tries = 0; key.length == 0 && tries < 50; tries++) {
            // Another process created it a moment ago and is writing it.
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            key = Files.readAllBytes(file);
        }
        if (key.length != BYTES) {
            throw new IOException(file + " does not hold a " + BYTES + "-byte secret");
        }
        return key;
    }
}
