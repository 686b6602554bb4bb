package org.factcheck.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/**
 * How a file looks from outside: size, modification time to the nanosecond, and identity (device
 * and inode). The cache trusts a file it hashed or wrote to be unchanged only while its stamp is
 * the same, as git's index does.
 *
 * @param identity the file system's key for the file ("null" where it has none)
 */
public record FileStamp(long size, long modified, String identity) {

    /** The stamp of a regular file (links are not followed); null for anything else or a file that cannot be read. */
    public static FileStamp of(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return a.isRegularFile() ? of(a) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The stamp these attributes describe. */
    static FileStamp of(BasicFileAttributes a) {
        return new FileStamp(a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS), String.valueOf(a.fileKey()));
    }
}
