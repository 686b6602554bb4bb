package org.factcheck.cache;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The version of the running code, as checksums of its own classes: what a build computed is only
 * reused by the very same code, so a change to any rule (a new figure reading, a template default)
 * invalidates every cache without anyone bumping a number. The jar is not a hostile input, so two
 * fast checksums (CRC-32C, which the JVM computes with the processor's instruction, and Adler-32)
 * and the length stand in for a cryptographic hash, which took a tenth of a second per run.
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
            java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
            java.util.zip.Adler32 adler = new java.util.zip.Adler32();
            long length = 0;
            if (Files.isRegularFile(where)) {
                try (InputStream in = Files.newInputStream(where)) {
                    byte[] buf = new byte[1 << 16];
                    for (int n; (n = in.read(buf)) > 0; ) {
                        crc.update(buf, 0, n);
                        adler.update(buf, 0, n);
                        length += n;
                    }
                }
            } else {
                // Tests run from target/classes: every file under it, in a fixed order, names included.
                List<Path> files;
                try (Stream<Path> s = Files.walk(where)) {
                    files = s.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path f : files) {
                    for (byte[] b : List.of(where.relativize(f).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                            Files.readAllBytes(f))) {
                        crc.update(b);
                        adler.update(b);
                        length += b.length;
                    }
                }
            }
            return HexFormat.of().toHexDigits((int) crc.getValue()) + HexFormat.of().toHexDigits((int) adler.getValue())
                    + "-" + length;
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // Unknown code: a version nothing else has, so no cache is ever reused by it.
            return "unknown-" + System.nanoTime();
        }
    }
}
