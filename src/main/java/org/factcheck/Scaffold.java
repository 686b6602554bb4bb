package org.factcheck;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A desk's content-only repository, as {@code factcheck init} writes it: site settings, an example
 * article and claim, editors' README and GitHub workflows that download a pinned factcheck release.
 * The files are resources under {@code factcheck/init/}, listed in its {@code files.txt}.
 */
public final class Scaffold {

    private static final String BASE = "/factcheck/init/";

    /** Written in place of a checksum init cannot know; the workflows' verification fails on it until it is replaced. */
    public static final String UNKNOWN_SHA256 = "REPLACE-WITH-THE-SHA256-IN-factcheck-VERSION.jar.sha256";

    private Scaffold() {
    }

    /**
     * The factcheck release a desk's workflows download.
     *
     * @param version    the release's version, e.g. {@code 1.2.0}
     * @param sha256     the SHA-256 of its jar (64 hex digits), or {@link #UNKNOWN_SHA256}
     * @param repository the GitHub repository ({@code owner/name}) whose releases hold it
     */
    public record Pin(String version, String sha256, String repository) {

        /** Whether the checksum is a real one (the workflows can verify the download). */
        public boolean knowsChecksum() {
            return sha256.matches("[0-9a-f]{64}");
        }
    }

    /**
     * The running factcheck as a pin: its version and repository, and the SHA-256 of the jar it runs
     * from when it is a released version run from a jar (a snapshot or a class folder has no release
     * to download, so its checksum stays {@link #UNKNOWN_SHA256}).
     */
    public static Pin running() {
        String sha = UNKNOWN_SHA256;
        Path jar = runningJar();
        if (jar != null && Version.released()) {
            try {
                sha = sha256(jar);
            } catch (IOException e) {
                // Unreadable jar: the placeholder stays, and init says the checksum is to be filled in.
            }
        }
        return new Pin(Version.current(), sha, Version.repository());
    }

    /** The jar this class was loaded from, or null when it runs from a class folder. */
    static Path runningJar() {
        try {
            Path where = Path.of(Scaffold.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(where) && where.getFileName().toString().endsWith(".jar") ? where : null;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** The SHA-256 of a file, as 64 lower-case hex digits (what {@code sha256sum} prints). */
    public static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                digest.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The scaffold's files, as paths relative to the new root ({@code .gitignore}, {@code content/site.yaml}, …). */
    public static List<String> files() throws IOException {
        List<String> files = new ArrayList<>();
        for (String line : resource("files.txt").lines().toList()) {
            String entry = line.strip();
            if (!entry.isEmpty() && !entry.startsWith("#")) {
                files.add(target(entry));
            }
        }
        return files;
    }

    /**
     * Writes the scaffold into {@code dir}, which must not exist or be an empty folder; never
     * overwrites a file. Returns the files written, relative to {@code dir}, in the order written.
     *
     * @throws FileAlreadyExistsException when {@code dir} is a file or holds anything (its reason says which),
     *                                     or a file appeared while writing (no reason; nothing is overwritten)
     */
    public static List<String> write(Path dir, Pin pin) throws IOException {
        if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                throw new FileAlreadyExistsException(dir.toString(), null, "not a folder; init writes into a new or empty folder");
            }
            List<String> held;
            try (Stream<Path> s = Files.list(dir)) {
                held = s.map(p -> p.getFileName().toString()).sorted().limit(4).toList();
            }
            if (!held.isEmpty()) {
                throw new FileAlreadyExistsException(dir.toString(), null, "not empty (holds " + String.join(", ", held.subList(0, Math.min(3, held.size())))
                        + (held.size() > 3 ? ", …" : "") + "); init writes into a new or empty folder and never overwrites a file");
            }
        }
        Files.createDirectories(dir);
        List<String> written = new ArrayList<>();
        for (String line : resource("files.txt").lines().toList()) {
            String entry = line.strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            String rel = target(entry);
            Path file = dir.resolve(rel);
            Files.createDirectories(file.getParent());
            String text = resource(entry)
                    .replace("@FACTCHECK_VERSION@", pin.version())
                    .replace("@FACTCHECK_SHA256@", pin.sha256())
                    .replace("@FACTCHECK_REPOSITORY@", pin.repository());
            // CREATE_NEW: a file that appeared since the emptiness check is left alone, and init fails.
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            written.add(rel);
        }
        return written;
    }

    /** A stored path's place in the new root: a segment {@code dot-NAME} is {@code .NAME}. */
    private static String target(String stored) {
        StringBuilder b = new StringBuilder();
        for (String segment : stored.split("/")) {
            if (b.length() > 0) {
                b.append('/');
            }
            b.append(segment.startsWith("dot-") ? "." + segment.substring(4) : segment);
        }
        return b.toString();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = Scaffold.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IOException("factcheck/init/" + name + " is missing from factcheck's jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
