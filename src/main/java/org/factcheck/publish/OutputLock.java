package org.factcheck.publish;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * The lock one build holds on an output folder while it writes it, so that two builds into one
 * {@code --out} never run at once: the second fails at once with a clear message, before it
 * touches anything (another build's staging folder is live while the lock is held). It is an OS
 * file lock ({@link FileChannel#tryLock()}) on {@code .NAME.lock} beside the output, not inside
 * it: a full build swaps the whole output folder, which would take a lock file inside with it.
 * The OS drops the lock when its process dies, so a killed build never leaves the folder locked.
 */
public final class OutputLock implements AutoCloseable {

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of the output folder {@code target}. */
    public static Path file(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".lock");
    }

    /** Takes the lock on {@code target}, or refuses when another build holds it. */
    public static OutputLock take(Path target) throws IOException, OutputDir.Refused {
        Path file = file(target);
        if (Files.isSymbolicLink(file) || Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new OutputDir.Refused("refusing to write " + target + ": its lock file " + file + " is not a plain file");
        }
        // The holder deletes the lock file when it is done (no file is left beside a finished
        // site). A build that opened the file just before it went may then lock a deleted file: so
        // each holder writes a token of its own into the file it locked and reads it back by name;
        // only the holder of the file now at that name finds its own token there.
        for (int attempt = 0; attempt < 20; attempt++) {
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS);
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            } catch (IOException | RuntimeException e) {
                ch.close();
                throw e;
            }
            if (lock == null) {
                ch.close();
                throw new OutputDir.Refused("another build is writing " + target + " (it holds " + file
                        + "); wait until it has finished, or build into another --out");
            }
            byte[] token = (UUID.randomUUID() + "\n").getBytes(StandardCharsets.US_ASCII);
            ch.truncate(0);
            ch.write(ByteBuffer.wrap(token), 0);
            byte[] named;
            try {
                named = Files.readAllBytes(file);
            } catch (IOException e) {
                named = new byte[0];
            }
            if (java.util.Arrays.equals(token, named)) {
                return new OutputLock(file, ch, lock);
            }
            lock.release();
            ch.close();
        }
        throw new OutputDir.Refused("cannot lock " + target + ": its lock file " + file + " keeps changing; another build is starting");
    }

    /** Deletes the lock file, then releases the lock. */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A lock file left behind is taken over by the next build.
        }
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // Closing the channel or ending the process releases the lock anyway.
        }
    }
}
