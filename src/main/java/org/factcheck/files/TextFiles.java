package org.factcheck.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Reads content and captures as UTF-8, refusing malformed bytes instead of silently replacing
 * them, and (through {@link #readInside}) refusing anything that is not a regular file inside the
 * root, so a symlink committed in a pull request cannot publish {@code /etc/passwd} or the CI
 * environment.
 */
public final class TextFiles {

    private TextFiles() {
    }

    /** Bytes that are not UTF-8 (or a NUL in a content file), with the line and column where they are. */
    public static final class MalformedTextException extends CharacterCodingException {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int column;
        private final String problem;

        MalformedTextException(int line, int column, String problem) {
            this.line = line;
            this.column = column;
            this.problem = problem;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }

        /** What is wrong, e.g. "not valid UTF-8 text (byte 0xff)". */
        @Override
        public String getMessage() {
            return problem;
        }
    }

    /** A file the tool must not read: a link or path leading outside the root, or not a regular file. */
    public static final class RefusedFileException extends IOException {
        private static final long serialVersionUID = 1L;

        RefusedFileException(String message) {
            super(message);
        }
    }

    /** A file larger than its limit in {@link Limits}; the message says which limit and how to raise it. */
    public static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        TooLargeException(String message) {
            super(message);
        }
    }

    /**
     * Folders of a root that are never content, at any depth: git's own files (on CI they hold the
     * job's token), the tool's cache, build output and package folders.
     */
    public static final java.util.Set<String> RESERVED = java.util.Set.of(".git", ".factcheck", "target", "node_modules");
    /** The default output folder, refused as the first folder of a path (other {@code --out} folders are refused by the build). */
    public static final String OUTPUT = "site";
    /** What every refusal of a reserved folder ends with. */
    public static final String RESERVED_RULE = "content, captures, pages and templates may not be read from .git/, .factcheck/, "
            + "target/, node_modules/ or the output folder site/";

    /**
     * The first reserved folder of {@code relative} (a path relative to the root) as written in the
     * path with a trailing slash, such as {@code ".git/"}, or null when the path has none.
     */
    public static String reservedSegment(Path relative) {
        int n = relative.getNameCount();
        for (int i = 0; i < n; i++) {
            String name = relative.getName(i).toString().toLowerCase(java.util.Locale.ROOT);
            if (RESERVED.contains(name) || (i == 0 && n > 1 && name.equals(OUTPUT))) {
                return relative.subpath(0, i + 1).toString().replace('\\', '/') + "/";
            }
        }
        return null;
    }

    /**
     * The file's text.
     *
     * @throws MalformedTextException when the file is not valid UTF-8 (a replaced character
     *         would make a quote silently fail to anchor)
     */
    public static String read(Path file) throws IOException {
        return decode(Files.readAllBytes(file), false);
    }

    /**
     * The text of {@code file}, which must be a regular file whose real path is inside {@code root}
     * and at most {@code maxBytes} long ({@code limitName} names the {@link Limits} entry).
     *
     * @param rejectNul true for content files, where a NUL byte is always a mistake
     */
    public static String readInside(Path root, Path file, long maxBytes, String limitName, boolean rejectNul) throws IOException {
        return decode(bytesInside(root, file, maxBytes, limitName), rejectNul);
    }

    /** As {@link #readInside}, the raw bytes (for assets copied as they are). */
    public static byte[] bytesInside(Path root, Path file, long maxBytes, String limitName) throws IOException {
        Path real = realInside(root, file);
        // Read at most one byte past the limit: a file's reported size can lie (procfs says 0).
        try (InputStream in = Files.newInputStream(real, LinkOption.NOFOLLOW_LINKS)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new TooLargeException("file is larger than " + maxBytes + " bytes (" + Limits.raise(limitName, maxBytes) + ")");
            }
            return bytes;
        }
    }

    /** The real path of {@code file}, checked to be a regular file inside the root's real path. */
    public static Path realInside(Path root, Path file) throws IOException {
        Path realRoot = root.toRealPath();
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new java.nio.file.NoSuchFileException(file.toString());
        }
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException e) {
            throw new RefusedFileException("is a link that leads nowhere; content files must be regular files inside the root");
        }
        if (!real.startsWith(realRoot)) {
            throw new RefusedFileException("is a link to a file outside the root; content files must be regular files inside the root");
        }
        String reserved = reservedSegment(root.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()));
        if (reserved == null) {
            reserved = reservedSegment(realRoot.relativize(real));
        }
        if (reserved != null) {
            throw new RefusedFileException((real.equals(file.toAbsolutePath().normalize()) ? "is" : "is a link to a file")
                    + " inside " + reserved + "; " + RESERVED_RULE);
        }
        if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
            throw new RefusedFileException(Files.isDirectory(real) ? "is a directory, not a file" : "is not a regular file");
        }
        return real;
    }

    private static String decode(byte[] bytes, boolean rejectNul) throws MalformedTextException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            r = decoder.flush(out);
        }
        out.flip();
        if (r.isError()) {
            int[] at = position(out, out.length());
            throw new MalformedTextException(at[0], at[1], String.format("not valid UTF-8 text (byte 0x%02x)",
                    bytes[in.position()] & 0xff));
        }
        String text = out.toString();
        if (rejectNul) {
            int nul = text.indexOf('\0');
            if (nul >= 0) {
                int[] at = position(text, nul);
                throw new MalformedTextException(at[0], at[1], "a NUL character (byte 0x00) is not text");
            }
        }
        return text;
    }

    /** One-based line and column (in characters) of offset {@code end} of the text. */
    private static int[] position(CharSequence text, int end) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new int[] {line, col};
    }
}
