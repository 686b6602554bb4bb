package org.factcheck.cli;

import org.factcheck.cache.CacheDir;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/** The {@code --cache DIR} and {@code --no-cache} options of the commands that check a root. */
final class CacheOption {

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Where to keep what the last run computed, so the next one redoes only what changed"
                    + " (default: ROOT/" + CacheDir.DEFAULT + "; safe to delete).")
    private Path cache;

    @Option(names = "--no-cache", description = "Check everything from scratch and keep no cache.")
    private boolean none;

    /**
     * The cache to use for {@code root}, or {@link CacheDir#none()}: without one, or when it cannot be opened (not
     * factcheck's, not writable), in which case one warning line goes to {@code err} and the run goes on.
     */
    CacheDir open(Path root, PrintWriter err) {
        if (none) {
            return CacheDir.none();
        }
        if (cache == null && !java.nio.file.Files.isDirectory(root.resolve("content"))) {
            // Not a root (the check says so): no cache folder is created in it.
            return CacheDir.none();
        }
        Path dir = cache != null ? cache : root.resolve(CacheDir.DEFAULT);
        try {
            return CacheDir.open(dir);
        } catch (IOException | CacheDir.NotOurs | RuntimeException e) {
            err.println("factcheck: warning: not using the cache: " + message(e));
            err.flush();
            return CacheDir.none();
        }
    }

    /** Prints the one warning line for a cache that could not be written, if any. */
    static void warn(CacheDir dir, PrintWriter err) {
        if (dir.problem() != null) {
            err.println("factcheck: warning: " + dir.problem());
            err.flush();
        }
    }

    private static String message(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException a) {
            return "permission denied: " + a.getFile();
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException f) {
            return f.getFile() + " is not a directory";
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
