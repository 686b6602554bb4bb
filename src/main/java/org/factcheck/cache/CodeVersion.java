package org.factcheck.cache;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The version of the running code, as a hash of its own classes: what a build computed is only
 * reused by the very same code, so a change to any rule (a new figure reading, a template default)
 * invalidates every cache without anyone bumping a number.
 */
public final class CodeVersion {

    private static volatile String current;

    private CodeVersion() {
    }

    /** The hash of the jar (or class folder) this class was loaded from; computed once per process. */
    public static String current() {
        String v = current;
        if (v == null) {
            v = compute();
            current = v;
        }
        return v;
    }

    private static String compute() {
        try {
            Path where = Path.of(CodeVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            MessageDigest d = Hashes.digest();
            if (Files.isRegularFile(where)) {
                try (InputStream in = Files.newInputStream(where)) {
                    byte[] buf = new byte[1 << 16];
                    for (int n; (n = in.read(buf)) > 0; ) {
                        d.update(buf, 0, n);
                    }
                }
            } else {
                // Tests run from target/classes: every file under it, in a fixed order, names included.
                List<Path> files;
                try (Stream<Path> s = Files.walk(where)) {
                    files = s.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path f : files) {
                    d.update(where.relativize(f).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    d.update(Files.readAllBytes(f));
                }
            }
            return HexFormat.of().formatHex(d.digest());
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // Unknown code: a version nothing else has, so no cache is ever reused by it.
            return "unknown-" + System.nanoTime();
        }
    }
}
