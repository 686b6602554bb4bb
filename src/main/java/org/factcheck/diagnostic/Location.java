package org.factcheck.diagnostic;

/**
 * A place in a content file, as editors see it: the file's path relative to the root
 * (with forward slashes) and a one-based line and column.
 */
public record Location(String file, int line, int column) {

    /** A location naming a whole file, for problems that have no better spot. */
    public static Location of(String file) {
        return new Location(file, 1, 1);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
