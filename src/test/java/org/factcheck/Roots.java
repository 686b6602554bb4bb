package org.factcheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Test helpers for fixture roots under src/test/resources/roots. */
public final class Roots {

    private Roots() {
    }

    public static Path fixture(String name) {
        return Path.of("src/test/resources/roots", name).toAbsolutePath();
    }

    /** A whole fixture desk under src/test/resources/desks (also what .ci/desk-swap publishes). */
    public static Path desk(String name) {
        return Path.of("src/test/resources/desks", name).toAbsolutePath();
    }

    /** Copies a fixture root into {@code dir}, so a test may change it. */
    public static Path copy(String name, Path dir) {
        return copyTree(fixture(name), dir);
    }

    /** Copies the tree under {@code from} into {@code to} (created, files replaced), so a test may change it. */
    public static Path copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return to;
    }

    /** Every file under {@code dir} with its bytes, keyed by relative path. */
    public static Map<String, byte[]> snapshot(Path dir) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (Files.isRegularFile(p)) {
                    files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
