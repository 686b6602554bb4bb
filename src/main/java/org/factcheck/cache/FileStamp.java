package org.factcheck.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * How a file looks from outside: size, modification time and status-change time (ctime) to the
 * nanosecond, and identity (device and inode). The cache trusts a file it hashed or wrote to be
 * unchanged only while its stamp is the same, as git's index does. The ctime matters because a
 * program (or a person with {@code touch -d}) can put a modification time back after an edit of the
 * same size; nobody can put a ctime back, since every write and every change of the times sets it.
 *
 * @param changed the ctime in nanoseconds where the file system has one ({@code unix:ctime}), else 0
 * @param identity the file system's key for the file ("null" where it has none)
 */
public record FileStamp(long size, long modified, long changed, String identity) {

    private static final String UNIX = "unix:isRegularFile,size,lastModifiedTime,ctime,fileKey";

    /** The stamp of a regular file (links are not followed); null for anything else or a file that cannot be read. */
    public static FileStamp of(Path file) {
        try {
            return read(file);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The stamp of a regular file (links are not followed), null for anything else; throws when
     * the file cannot be looked at (it does not exist). One {@code stat} call either way.
     */
    public static FileStamp read(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("unix")) {
            try {
                Map<String, Object> a = Files.readAttributes(file, UNIX, LinkOption.NOFOLLOW_LINKS);
                if (!Boolean.TRUE.equals(a.get("isRegularFile"))) {
                    return null;
                }
                return new FileStamp((Long) a.get("size"), nanos(a.get("lastModifiedTime")), nanos(a.get("ctime")),
                        String.valueOf(a.get("fileKey")));
            } catch (UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
                // A provider that names the view but lacks an attribute: the portable stamp below.
            }
        }
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        return a.isRegularFile() ? new FileStamp(a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS), 0L,
                String.valueOf(a.fileKey())) : null;
    }

    /** True when the file has no identity (device and inode) the stamp can vouch with. */
    public boolean anonymous() {
        return identity.equals("null");
    }

    private static long nanos(Object time) {
        return time instanceof FileTime t ? t.to(TimeUnit.NANOSECONDS) : 0L;
    }
}
