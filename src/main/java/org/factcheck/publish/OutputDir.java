package org.factcheck.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The rules for the output directory: the tool deletes only what it provably wrote. Every
 * directory it writes holds an owner marker ({@value #MARKER}) listing the files it wrote there;
 * a directory without the marker is never replaced or deleted, files the marker does not list
 * (a publisher's {@code .git/} or {@code CNAME}) are carried into the new site, and leftovers of a
 * killed build ({@code .site.new-*}, {@code .site.old-*}) are removed by the next build only when
 * they carry the marker. Paths are compared as real paths, and the output may never be the root,
 * an ancestor of it, or a content folder. The marker is never a deletion list: its lines count only
 * as paths strictly inside the folder, and a file the new site no longer has is deleted only when a
 * {@link Proof} (the signed manifest) shows the build wrote it. An incremental commit is recorded
 * in a {@link Journal} before its first move, so a build killed on the way is finished by the next
 * one ({@link #rollForward}), and a full build killed while it swaps folders is undone
 * ({@link #restoreAside}).
 */
public final class OutputDir {

    /** The owner marker's file name inside a directory the tool wrote. */
    static final String MARKER = ".factcheck-site";
    private static final String HEADER = "factcheck site: this directory is replaced by every build; files not listed below are kept";
    /** First line of a staging directory's marker: everything in it was written by the build that created it. */
    private static final String STAGING = "factcheck staging: created by a build, every file in it is the tool's";
    private static final Set<PosixFilePermission> DIR = PosixFilePermissions.fromString("rwxr-xr-x");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-r--r--");

    private OutputDir() {
    }

    /** Why a directory cannot be written or replaced. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        public Refused(String message) {
            super(message);
        }
    }

    /**
     * Checks that {@code target} may be (re)written for the content root {@code root}; returns the
     * target's real path (its parent's real path plus its name when it does not exist yet).
     */
    public static Path check(Path root, Path target) throws Refused, IOException {
        Path realRoot = root.toRealPath();
        Path real = real(target);
        if (realRoot.startsWith(real)) {
            throw new Refused("refusing to write the site to " + target + ": it " + (realRoot.equals(real) ? "is" : "holds")
                    + " the content root " + realRoot);
        }
        for (String kept : List.of("content", "seeds", "templates", "schema", "src", ".git")) {
            if (real.startsWith(realRoot.resolve(kept))) {
                throw new Refused("refusing to write the site inside " + kept + "/ of the root");
            }
        }
        if (Files.isSymbolicLink(target)) {
            throw new Refused("refusing to write the site to " + target + ": it is a symbolic link; give the directory's real path");
        }
        if (Files.exists(real, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isDirectory(real, LinkOption.NOFOLLOW_LINKS)) {
                throw new Refused("cannot write the site to " + target + ": it is a file");
            }
            if (!owned(real) && !isEmpty(real)) {
                throw new Refused("refusing to replace " + target + ": it is not empty and holds no " + MARKER
                        + " marker, so it is not a site this tool wrote (remove it, or choose another --out)");
            }
        }
        return real;
    }

    /** The real path of a file that may not exist yet: its nearest existing ancestor's real path plus the rest. */
    static Path real(Path path) throws IOException {
        Path abs = path.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        return existing.toRealPath().resolve(existing.relativize(abs).toString());
    }

    /** Creates a staging directory beside the target, marked as the tool's from its first moment. */
    public static Path staging(Path target) throws IOException {
        Path dir = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".new-");
        Files.writeString(dir.resolve(MARKER), STAGING + "\n", StandardCharsets.UTF_8);
        return dir;
    }

    /** Folders every site has, even when empty (the search index's). */
    private static final List<String> ALWAYS = List.of("search/", "search/d/", "search/t/");

    /**
     * The marker of a site holding exactly {@code files} (relative paths): each file and each of
     * their folders (with a trailing '/'), sorted, one a line. Full and incremental builds both
     * seal with it, so the same site has the same marker however it was made.
     */
    static String marker(java.util.Collection<String> files) {
        java.util.TreeSet<String> all = new java.util.TreeSet<>(ALWAYS);
        for (String f : files) {
            all.add(f);
            for (int i = f.indexOf('/'); i >= 0; i = f.indexOf('/', i + 1)) {
                all.add(f.substring(0, i + 1));
            }
        }
        all.remove(MARKER);
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        all.forEach(f -> sb.append(f).append('\n'));
        return sb.toString();
    }

    /** Seals a rendered directory that holds exactly {@code files}. */
    public static void seal(Path dir, java.util.Collection<String> files) throws IOException {
        for (String f : ALWAYS) {
            Files.createDirectories(dir.resolve(f));
        }
        Files.writeString(dir.resolve(MARKER), marker(files), StandardCharsets.UTF_8);
    }

    /** True when {@code dir} is a site a build sealed (not a staging directory, not someone else's). */
    public static boolean sealed(Path dir) {
        try {
            return listed(dir) != null;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Updates the sealed site {@code target} in place to the site of {@code entries}: moves the
     * files {@code made} from {@code staging} over their old versions (each move atomic), deletes
     * the files of the old site the new one no longer has that {@code proof} shows the build wrote,
     * and writes the new marker. Everything that can fail for a reason of content has already
     * happened in staging; a path the old site held as someone else's file is refused before
     * anything moves. Before the first move, the {@link Journal} records the whole commit, so a
     * build killed on the way is finished by the next one ({@link #rollForward}); the caller saves
     * the new manifest, then removes the journal and the staging folder.
     */
    public static void commit(Path staging, Path target, List<String> made, List<Manifest.Entry> entries, Proof proof)
            throws IOException, Refused {
        Set<String> old = listed(target);
        if (old == null) {
            throw new Refused("refusing to update " + target + ": its " + MARKER + " marker is not a finished site's");
        }
        for (String f : made) {
            if (!old.contains(f) && Files.exists(target.resolve(f), LinkOption.NOFOLLOW_LINKS)) {
                throw new Refused("refusing to replace " + target.resolve(f) + ": factcheck did not write it, and the new site"
                        + " has a file of that name; move it away or rename it");
            }
        }
        String marker = marker(entries.stream().map(Manifest.Entry::path).toList());
        Set<String> now = new HashSet<>(marker.lines().skip(1).toList());
        List<String> gone = old.stream().filter(f -> !now.contains(f)).sorted(java.util.Comparator.reverseOrder()).toList();
        // Which old files go is decided before anything moves, and recorded with their hashes.
        Map<String, String> goneFiles = new LinkedHashMap<>();
        for (String f : gone) {
            Path p = target.resolve(f);
            if (f.endsWith("/") || !Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            // Never on the marker's word alone: only a regular file the build can prove it wrote.
            String hash = plainParents(target, f) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && proof.wrote(target, f)
                    ? Journal.hash(p) : null;
            if (hash != null) {
                goneFiles.put(f, hash);
            } else {
                kept(p);
            }
        }
        Map<String, String> moved = new java.util.concurrent.ConcurrentHashMap<>();
        made.parallelStream().forEach(f -> {
            String hash = Journal.hash(staging.resolve(f));
            if (hash != null) {
                moved.put(f, hash);
            }
        });
        new Journal(target, staging.getFileName().toString(), entries, moved, goneFiles).write();
        CommitSteps.done("journal written");
        boolean posix = Files.getFileAttributeView(target, PosixFileAttributeView.class) != null;
        for (String f : made) {
            move(staging.resolve(f), target, f, posix);
            CommitSteps.done("moved " + f);
        }
        for (String f : goneFiles.keySet()) {
            Path p = target.resolve(f);
            if (plainParents(target, f) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && proof.wrote(target, f)) {
                Files.delete(p);
                CommitSteps.done("deleted " + f);
            }
        }
        deleteEmptyFolders(target, gone);
        Path tmp = staging.resolve(MARKER + ".next");
        writeMarker(tmp, target, marker, posix);
        CommitSteps.done("marker written");
    }

    /** Moves a file of the new site from staging into place, making its folders (0755) and itself 0644. */
    private static void move(Path from, Path target, String rel, boolean posix) throws IOException {
        Path to = target.resolve(rel);
        Path parent = to.getParent();
        if (!Files.isDirectory(parent, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(parent);
            if (posix) {
                for (Path d = parent; !d.equals(target); d = d.getParent()) {
                    Files.setPosixFilePermissions(d, DIR);
                }
            }
        }
        if (posix) {
            Files.setPosixFilePermissions(from, FILE);
        }
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Deletes the folders among {@code gone} (marker lines ending in '/') that are empty, deepest first. */
    private static void deleteEmptyFolders(Path target, java.util.Collection<String> gone) throws IOException {
        for (String f : gone.stream().filter(g -> g.endsWith("/")).sorted(java.util.Comparator.reverseOrder()).toList()) {
            Path p = target.resolve(f);
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && isEmpty(p)) {
                Files.delete(p);
            }
        }
    }

    /** Writes {@code marker} to {@code tmp}, then moves it over the marker of {@code target} in one step. */
    private static void writeMarker(Path tmp, Path target, String marker, boolean posix) throws IOException {
        Files.writeString(tmp, marker, StandardCharsets.UTF_8);
        if (posix) {
            Files.setPosixFilePermissions(tmp, FILE);
        }
        Files.move(tmp, target.resolve(MARKER), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Finishes the commit {@code journal} records, which a killed build left half done: each file
     * it moves in is put in place from the staging folder (when the one in the site is not already
     * it, by hash), each old file it deletes is deleted while its hash is the recorded one, and the
     * new site's marker is written. Returns the entries the new manifest may vouch for: the files
     * moved in whose bytes are the recorded ones, and the others that {@code intact} (the old
     * manifest) still vouches for. Every step is safe to repeat, so a kill during this one is
     * finished by the next build too; the caller removes the journal last.
     */
    public static List<Manifest.Entry> rollForward(Journal journal, Path target, java.util.function.BiPredicate<String, String> intact)
            throws IOException {
        Path staging = target.resolveSibling(journal.staging());
        boolean fromStaging = Files.isDirectory(staging, LinkOption.NOFOLLOW_LINKS) && owned(staging);
        boolean posix = Files.getFileAttributeView(target, PosixFileAttributeView.class) != null;
        List<Manifest.Entry> proven = new ArrayList<>();
        for (Manifest.Entry e : journal.entries()) {
            String hash = journal.moved().get(e.path());
            Path to = target.resolve(e.path());
            if (hash == null) {
                if (intact.test(e.path(), e.key())) {
                    proven.add(e);
                }
            } else if (plainParents(target, e.path()) && hash.equals(Journal.hash(to))) {
                proven.add(e);
            } else if (fromStaging && hash.equals(Journal.hash(staging.resolve(e.path()))) && plainParents(target, e.path())
                    && (!Files.exists(to, LinkOption.NOFOLLOW_LINKS) || Files.isRegularFile(to, LinkOption.NOFOLLOW_LINKS))) {
                move(staging.resolve(e.path()), target, e.path(), posix);
                proven.add(e);
            }
        }
        for (Map.Entry<String, String> g : journal.gone().entrySet()) {
            Path p = target.resolve(g.getKey());
            if (plainParents(target, g.getKey()) && g.getValue().equals(Journal.hash(p))) {
                Files.delete(p);
            }
        }
        String marker = marker(journal.entries().stream().map(Manifest.Entry::path).toList());
        Set<String> old = listed(target);
        if (old != null) {
            Set<String> now = new HashSet<>(marker.lines().skip(1).toList());
            deleteEmptyFolders(target, old.stream().filter(f -> !now.contains(f)).toList());
        }
        for (String f : ALWAYS) {
            Files.createDirectories(target.resolve(f));
        }
        writeMarker(Journal.file(target).resolveSibling(Journal.file(target).getFileName() + ".marker"), target, marker, posix);
        return proven;
    }

    /** Makes the site readable by a web server that copies it as it is: directories 0755, files 0644. */
    public static void publishable(Path dir) throws IOException {
        if (Files.getFileAttributeView(dir, PosixFileAttributeView.class) == null) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                Files.setPosixFilePermissions(d, DIR);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile()) {
                    Files.setPosixFilePermissions(f, FILE);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /**
     * Replaces {@code target} by the sealed {@code staging}, carrying over the files of the old
     * site its marker does not list. Refuses, before anything moves, when the new site writes a
     * path the old site held as someone else's file.
     */
    public static void replace(Path staging, Path target, Proof proof) throws IOException, Refused {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        if (!owned(target)) {
            // check() allowed it as an empty directory; anything that appeared since is kept by refusing.
            if (!isEmpty(target)) {
                throw new Refused("refusing to replace " + target + ": it is not empty and holds no " + MARKER + " marker");
            }
            Files.delete(target);
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        List<String> foreign = new ArrayList<>(foreign(target));
        for (String f : foreign) {
            if (Files.exists(staging.resolve(f), LinkOption.NOFOLLOW_LINKS)) {
                throw new Refused("refusing to replace " + target.resolve(f) + ": factcheck did not write it, and the new site"
                        + " has a file of that name; move it away or rename it");
            }
        }
        // A listed file the new site does not write goes with the old site only when the build can
        // prove it wrote it; any other is carried into the new site, as a file of someone else's.
        Set<String> listed = listed(target);
        for (String f : listed == null ? Set.<String>of() : listed) {
            if (f.endsWith("/") || Files.exists(staging.resolve(f), LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            Path p = target.resolve(f);
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && plainParents(target, f)
                    && !(Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && proof.wrote(target, f))) {
                foreign.add(f);
                kept(p);
            }
        }
        Path old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
        Files.delete(old);
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        CommitSteps.done("old site moved aside");
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        CommitSteps.done("new site moved in");
        for (String f : foreign) {
            Path to = target.resolve(f);
            Files.createDirectories(to.getParent());
            Files.move(old.resolve(f), to, StandardCopyOption.ATOMIC_MOVE);
            CommitSteps.done("carried " + f);
        }
        deleteOwned(old);
    }

    /**
     * Undoes what a build killed in the middle of {@link #replace} left undone: when the output is
     * gone (moved aside, the new site not yet in), the old site moved aside ({@code .NAME.old-*})
     * comes back; when the new site is in, the files of someone else's the old one still holds
     * (a publisher's {@code CNAME} or {@code .git/}) are carried into it. Runs before the leftovers
     * are removed, so such files are never stranded beside the output.
     */
    public static void restoreAside(Path target) throws IOException {
        Path parent = target.getParent();
        List<Path> aside = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent, "." + target.getFileName() + ".old-*")) {
            for (Path p : entries) {
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && sealed(p)) {
                    aside.add(p);
                }
            }
        }
        if (aside.isEmpty()) {
            return;
        }
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS) && aside.size() == 1) {
            Files.move(aside.get(0), target, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        if (!sealed(target)) {
            return;
        }
        for (Path old : aside) {
            for (String f : foreign(old)) {
                Path to = target.resolve(f);
                if (!Files.exists(to, LinkOption.NOFOLLOW_LINKS) && plainParents(target, f)) {
                    Files.createDirectories(to.getParent());
                    Files.move(old.resolve(f), to, StandardCopyOption.ATOMIC_MOVE);
                }
            }
        }
    }

    /**
     * The paths (relative, outermost only) in an owned directory that its marker does not list:
     * files and whole folders someone else put there.
     */
    static List<String> foreign(Path dir) throws IOException {
        Set<String> listed = listed(dir);
        if (listed == null) {
            return List.of();
        }
        Set<String> folders = new HashSet<>();
        for (String f : listed) {
            if (f.endsWith("/")) {
                folders.add(f.substring(0, f.length() - 1));
            }
            for (int i = f.indexOf('/'); i >= 0; i = f.indexOf('/', i + 1)) {
                folders.add(f.substring(0, i));
            }
        }
        List<String> out = new ArrayList<>();
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                if (d.equals(dir)) {
                    return FileVisitResult.CONTINUE;
                }
                String rel = dir.relativize(d).toString().replace('\\', '/');
                if (folders.contains(rel)) {
                    return FileVisitResult.CONTINUE;
                }
                out.add(rel);
                return FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                String rel = dir.relativize(f).toString().replace('\\', '/');
                if (!rel.equals(MARKER) && !listed.contains(rel)) {
                    out.add(rel);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return out;
    }

    /** True when the directory carries the tool's marker as a regular file. */
    static boolean owned(Path dir) {
        return Files.isRegularFile(dir.resolve(MARKER), LinkOption.NOFOLLOW_LINKS);
    }

    /** The files a sealed marker lists; null for a staging marker (everything is the tool's) or no marker. */
    private static Set<String> listed(Path dir) throws IOException {
        if (!owned(dir)) {
            return null;
        }
        List<String> lines = Files.readAllLines(dir.resolve(MARKER), StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            return null;
        }
        Set<String> out = new HashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            if (safe(line)) {
                out.add(line);
            }
        }
        return out;
    }

    /**
     * True when a marker line names a path strictly inside the output folder: relative, forward
     * slashes only, no drive letter, no empty, "." or ".." segment, no control character. A marker
     * comes from disk, where a pull request or a checkout may have put it; a line that is not such a
     * path is ignored.
     */
    public static boolean safe(String rel) {
        if (rel.isEmpty() || rel.length() > 4096 || rel.startsWith("/") || rel.indexOf('\\') >= 0
                || (rel.length() > 1 && rel.charAt(1) == ':') || rel.equals(MARKER)) {
            return false;
        }
        String body = rel.endsWith("/") ? rel.substring(0, rel.length() - 1) : rel;
        for (String segment : body.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..") || segment.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                return false;
            }
        }
        return true;
    }

    /** True when no folder between {@code dir} and its file {@code rel} is a link or not a folder. */
    static boolean plainParents(Path dir, String rel) {
        Path p = dir;
        String[] segments = rel.split("/");
        for (int i = 0; i < segments.length - 1; i++) {
            p = p.resolve(segments[i]);
            if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
        }
        return true;
    }

    /** Says which old files the build can prove it wrote (its manifest recorded them, and they still look so). */
    public interface Proof {
        /** Nothing is proven: no file is deleted on the marker's word alone. */
        Proof NONE = (dir, rel) -> false;

        boolean wrote(Path dir, String rel);
    }

    /** A file the marker lists but the build cannot prove it wrote: kept, and said once. */
    private static void kept(Path file) {
        System.err.println("factcheck: warning: kept " + file + ": the site marker lists it, but this build cannot prove"
                + " it wrote it (no record of it, or it changed since); delete it yourself if it is not wanted");
        System.err.flush();
    }

    /**
     * Deletes what the tool wrote in {@code dir}: all of a staging directory; only the listed files
     * of a sealed one (then the folders left empty). A directory without the marker is left alone.
     * Returns true when the directory is gone.
     */
    public static boolean deleteOwned(Path dir) {
        try {
            if (Files.isSymbolicLink(dir) || !owned(dir)) {
                return false;
            }
            List<String> lines = Files.readAllLines(dir.resolve(MARKER), StandardCharsets.UTF_8);
            boolean staging = !lines.isEmpty() && lines.get(0).equals(STAGING);
            boolean sealed = !lines.isEmpty() && lines.get(0).equals(HEADER);
            if (!staging && !sealed) {
                return false;
            }
            Set<String> listed = sealed ? new HashSet<>(lines.subList(1, lines.size())) : null;
            Path realDir = dir.toRealPath();
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
                    String rel = dir.relativize(f).toString().replace('\\', '/');
                    if (!rel.equals(MARKER) && (staging || listed.contains(rel))) {
                        Files.deleteIfExists(f);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    if (!d.equals(dir) && isEmpty(d) && d.toRealPath().startsWith(realDir)) {
                        Files.delete(d);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
            try (Stream<Path> rest = Files.list(dir)) {
                if (rest.anyMatch(p -> !p.getFileName().toString().equals(MARKER))) {
                    return false;
                }
            }
            Files.delete(dir.resolve(MARKER));
            Files.delete(dir);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Removes leftovers of killed builds beside {@code target} ({@code .NAME.new-*}, {@code .NAME.old-*}) that carry the marker. */
    public static void cleanLeftovers(Path target) {
        Path parent = target.getParent();
        String name = target.getFileName().toString();
        if (parent == null || !Files.isDirectory(parent)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent, "." + name + ".{new,old}-*")) {
            for (Path p : entries) {
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && !deleteOwned(p)) {
                    deleteUnmarked(p);
                }
            }
        } catch (IOException | java.nio.file.DirectoryIteratorException e) {
            // Leftovers do not harm the site; the next build tries again.
        }
    }

    /**
     * Removes a staging folder a build was killed in before its marker was whole: the folder is
     * created first and marked next, so a kill between the two leaves it empty or holding only a
     * prefix of the staging line. Nothing else is touched: a folder with any other entry stays.
     */
    private static void deleteUnmarked(Path dir) {
        if (!dir.getFileName().toString().startsWith(".") || !dir.getFileName().toString().contains(".new-")) {
            return;
        }
        try {
            Path marker = dir.resolve(MARKER);
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.anyMatch(p -> !p.equals(marker))) {
                    return;
                }
            }
            if (Files.exists(marker, LinkOption.NOFOLLOW_LINKS)) {
                if (!Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS) || Files.size(marker) > STAGING.length() + 1
                        || !(STAGING + "\n").startsWith(Files.readString(marker, StandardCharsets.UTF_8))) {
                    return;
                }
                Files.delete(marker);
            }
            Files.delete(dir);
        } catch (IOException | java.io.UncheckedIOException e) {
            // Left for the next build; a stray empty folder does not harm the site.
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (FileSystemException e) {
            return false;
        }
    }
}
