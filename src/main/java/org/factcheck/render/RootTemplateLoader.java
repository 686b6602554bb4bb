package org.factcheck.render;

import freemarker.cache.TemplateLoader;
import org.factcheck.files.Limits;
import org.factcheck.files.TextFiles;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Loads the root's own templates from {@code templates/}, each a regular file whose real path is
 * inside the root (a symlinked template would otherwise publish any file of the build machine).
 * A template the root does not have falls through to the built-in ones.
 */
final class RootTemplateLoader implements TemplateLoader {

    private final Path root;
    private final Path dir;
    private final Limits limits;

    RootTemplateLoader(Path root, Path dir, Limits limits) {
        this.root = root;
        this.dir = dir.toAbsolutePath().normalize();
        this.limits = limits;
    }

    @Override
    public Object findTemplateSource(String name) throws IOException {
        Path p = dir.resolve(name).normalize();
        if (!p.startsWith(dir) || !Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        try {
            return TextFiles.realInside(root, p);
        } catch (IOException e) {
            throw new IOException("templates/" + name + " " + e.getMessage(), e);
        }
    }

    @Override
    public long getLastModified(Object source) {
        try {
            return Files.getLastModifiedTime((Path) source).toMillis();
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public Reader getReader(Object source, String encoding) throws IOException {
        Path p = (Path) source;
        try {
            return new StringReader(TextFiles.readInside(root, p, limits.contentFileBytes(), "content-file-bytes", true));
        } catch (TextFiles.MalformedTextException e) {
            throw new IOException(root.toRealPath().relativize(p) + ":" + e.line() + ":" + e.column() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void closeTemplateSource(Object source) {
        // Nothing is held open: getReader reads the whole file.
    }
}
