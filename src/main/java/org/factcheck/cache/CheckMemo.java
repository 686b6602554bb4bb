package org.factcheck.cache;

import org.factcheck.anchor.ArticleText;
import org.factcheck.check.AnchorMemo;
import org.factcheck.figures.Figure;
import org.factcheck.load.Article;
import org.factcheck.load.Claim;
import org.factcheck.load.Diagnostic;
import org.factcheck.load.Limits;
import org.factcheck.load.LoadMemo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What {@code check} remembers between runs, keyed by content hashes: the parse of every article
 * and claim file (with the hash of its bytes, of its capture for an article, and of the rating
 * labels for a claim) and where every quote was found in its article's text (with the hash of the
 * capture, the slice and the published date), plus the stat of every file hashed so unchanged
 * files need not even be read. Held in memory across the runs of one process ({@code serve}) or
 * saved to a {@link CacheDir} between processes; a cache file that does not verify, or one
 * written under other limits, is not used. Each run keeps only what it used, so the memo does not grow.
 */
public final class CheckMemo {

    /** The cache file's name and kind. */
    static final String FILE = "check-memo";
    private static final String KIND = "check-memo/1";

    /** A remembered parse, with the hashes it depends on. */
    private record FileEntry(String hash, String context, String captureHash, LoadMemo.Parsed parsed) {
    }

    /** One quote of one claim's source, as looked up in a text. */
    private record Cite(String claim, int source, String quote) {
    }

    private Limits limits;
    private Map<String, FileHashes.Stat> stats;
    private Map<String, FileEntry> files;
    private Map<String, Map<Cite, AnchorMemo.Quoted>> texts;
    /** True when the memo differs from what its cache file holds. */
    private boolean dirty;
    private Reuse reuse = new Reuse(0, 0, 0, 0);

    /**
     * What the last finished run reused.
     *
     * @param files article and claim files whose parse was reused
     * @param quotes quotes whose anchor and figures were reused
     * @param inputs input files hashed in all
     * @param read input files read to hash them (the others were vouched for by their stat)
     */
    public record Reuse(int files, int quotes, int inputs, int read) {
    }

    /** What the last finished run reused (all zero before one). */
    public synchronized Reuse reused() {
        return reuse;
    }

    private CheckMemo(Limits limits, Map<String, FileHashes.Stat> stats, Map<String, FileEntry> files,
                      Map<String, Map<Cite, AnchorMemo.Quoted>> texts, boolean dirty) {
        this.limits = limits;
        this.stats = stats;
        this.files = files;
        this.texts = texts;
        this.dirty = dirty;
    }

    /** A memo that remembers nothing yet. */
    public static CheckMemo empty() {
        return new CheckMemo(null, Map.of(), Map.of(), Map.of(), true);
    }

    /** The memo saved in {@code dir}, or an empty one when there is none or it does not verify (never throws). */
    public static CheckMemo load(CacheDir dir) {
        byte[] body = dir.read(FILE, KIND);
        if (body == null) {
            return empty();
        }
        try {
            return decode(body);
        } catch (RuntimeException e) {
            // Written by this very code and checksummed, so this is not expected; either way it is not trusted.
            return empty();
        }
    }

    /**
     * Saves the memo to {@code dir} when it changed since it was loaded or last saved; a failure is
     * noted in {@link CacheDir#problem()}, never thrown (a cache can only make a run faster).
     */
    public synchronized void save(CacheDir dir) {
        if (!dirty) {
            return;
        }
        try {
            dir.write(FILE, KIND, encode());
            dirty = false;
        } catch (IOException | RuntimeException e) {
            dir.failed("cannot write the cache in " + dir.path() + ": " + e.getMessage());
        }
    }

    /**
     * Starts one run over {@code root} under {@code limits}: the returned run is the memo the loader
     * and the checker consult; call {@link Run#finish()} when the report is complete.
     */
    public synchronized Run start(Path root, Limits limits) {
        boolean sameLimits = limits.equals(this.limits);
        return new Run(root.toAbsolutePath().normalize(), limits, sameLimits ? files : Map.of(), sameLimits ? texts : Map.of());
    }

    /** One run: answers the loader and the checker, and collects what the next run may reuse. */
    public final class Run implements LoadMemo, AnchorMemo {

        private final Limits runLimits;
        private final Map<String, FileEntry> oldFiles;
        private final Map<String, Map<Cite, AnchorMemo.Quoted>> oldTexts;
        private final FileHashes hashes;
        private final Map<String, FileEntry> newFiles = new ConcurrentHashMap<>();
        private final Map<String, Map<Cite, AnchorMemo.Quoted>> newTexts = new ConcurrentHashMap<>();
        /** The capture (path, hash) each text key was made from, to check the text remembered is that text. */
        private final Map<String, String[]> captureOf = new ConcurrentHashMap<>();
        private final AtomicBoolean learned = new AtomicBoolean();
        private final java.util.concurrent.atomic.AtomicInteger filesReused = new java.util.concurrent.atomic.AtomicInteger();
        private final java.util.concurrent.atomic.AtomicInteger quotesReused = new java.util.concurrent.atomic.AtomicInteger();

        private Run(Path root, Limits runLimits, Map<String, FileEntry> oldFiles, Map<String, Map<Cite, AnchorMemo.Quoted>> oldTexts) {
            this.runLimits = runLimits;
            this.oldFiles = oldFiles;
            this.oldTexts = oldTexts;
            this.hashes = new FileHashes(root, stats);
        }

        /** The hex SHA-256 of content file {@code rel}, or null when it cannot be read as content. */
        public String contentHash(String rel) {
            return hashes.hash(rel, runLimits.contentFileBytes(), "content-file-bytes");
        }

        private String captureHash(String rel) {
            return hashes.hash(rel, runLimits.captureBytes(), "capture-bytes");
        }

        @Override
        public Parsed recall(String file, String context) {
            String hash = contentHash(file);
            FileEntry e = oldFiles.get(file);
            if (e == null || hash == null || !e.hash().equals(hash) || !e.context().equals(context)) {
                return null;
            }
            if (e.parsed().value() instanceof Article a && !e.captureHash().equals(captureHash(a.file()))) {
                return null;
            }
            newFiles.put(file, e);
            filesReused.incrementAndGet();
            return e.parsed();
        }

        @Override
        public void remember(String file, String context, String text, Parsed parsed) {
            String hash = Hashes.of(text.getBytes(StandardCharsets.UTF_8));
            hashes.read(file, hash);
            String capture = null;
            if (parsed.value() instanceof Article a) {
                capture = a.file() == null ? null : captureHash(a.file());
                if (capture == null) {
                    return;
                }
            } else if (!(parsed.value() instanceof Claim)) {
                return;
            }
            newFiles.put(file, new FileEntry(hash, context, capture, parsed));
            learned.set(true);
        }

        @Override
        public String textKey(Article article) {
            if (article.file() == null) {
                return null;
            }
            String capture = captureHash(article.file());
            if (capture == null) {
                return null;
            }
            String key = Hashes.of(capture, article.from(), article.to(), String.valueOf(article.published()));
            captureOf.put(key, new String[] {article.file(), capture});
            return key;
        }

        @Override
        public boolean knows(String textKey) {
            if (oldTexts.containsKey(textKey)) {
                newTexts.computeIfAbsent(textKey, k -> new ConcurrentHashMap<>());
                return true;
            }
            return newTexts.containsKey(textKey);
        }

        @Override
        public Quoted recall(String textKey, String claim, int source, String quote) {
            Cite cite = new Cite(claim, source, quote);
            Map<Cite, Quoted> old = oldTexts.get(textKey);
            Quoted q = old == null ? null : old.get(cite);
            if (q == null) {
                Map<Cite, Quoted> now = newTexts.get(textKey);
                return now == null ? null : now.get(cite);
            }
            newTexts.computeIfAbsent(textKey, k -> new ConcurrentHashMap<>()).put(cite, q);
            quotesReused.incrementAndGet();
            return q;
        }

        @Override
        public void remember(String textKey, ArticleText text, List<String> claims, List<Integer> sources, List<String> quotes,
                             List<Quoted> quoted) {
            String[] capture = captureOf.get(textKey);
            // The capture may have changed since it was hashed: remember only what was found in the text the key names
            // (its stat vouches for it, else its hash does).
            if (capture == null || !hashes.unchanged(capture[0])
                    && !capture[1].equals(Hashes.of(text.capture().getBytes(StandardCharsets.UTF_8)))) {
                return;
            }
            Map<Cite, Quoted> into = newTexts.computeIfAbsent(textKey, k -> new ConcurrentHashMap<>());
            for (int i = 0; i < quoted.size(); i++) {
                into.put(new Cite(claims.get(i), sources.get(i), quotes.get(i)), quoted.get(i));
            }
            learned.set(true);
        }

        /** The content hash of every input file this run read or vouched for, by path relative to the root. */
        public Map<String, String> inputs() {
            return Map.copyOf(hashes.inputs);
        }

        /** Makes what this run used and learned the memo's content: anything unused is dropped. */
        public void finish() {
            synchronized (CheckMemo.this) {
                reuse = new Reuse(filesReused.get(), quotesReused.get(), hashes.inputs.size(), hashes.read.get());
                boolean changed = learned.get() || !runLimits.equals(limits) || newFiles.size() != files.size()
                        || newTexts.size() != texts.size() || cites(newTexts) != cites(texts) || !hashes.next.equals(stats);
                if (changed) {
                    limits = runLimits;
                    stats = new HashMap<>(hashes.next);
                    files = new HashMap<>(newFiles);
                    Map<String, Map<Cite, Quoted>> t = new HashMap<>();
                    newTexts.forEach((k, v) -> t.put(k, new HashMap<>(v)));
                    texts = t;
                    dirty = true;
                }
            }
        }
    }

    private static long cites(Map<String, Map<Cite, AnchorMemo.Quoted>> texts) {
        long n = 0;
        for (Map<Cite, AnchorMemo.Quoted> m : texts.values()) {
            n += m.size();
        }
        return n;
    }

    private byte[] encode() {
        Codec.Out out = new Codec.Out();
        out.str(KIND);
        for (var e : Limits.names().values()) {
            out.varint(e.applyAsLong(limits));
        }
        out.varint(stats.size());
        stats.forEach((rel, s) -> {
            out.str(rel);
            out.varint(s.size());
            out.sint(s.modified());
            out.str(s.identity());
            out.str(s.hash());
        });
        out.varint(files.size());
        files.forEach((rel, e) -> {
            out.str(rel);
            out.str(e.hash());
            out.str(e.context());
            out.str(e.captureHash());
            Object v = e.parsed().value();
            if (v instanceof Article a) {
                out.u8(0);
                out.article(a);
            } else {
                out.u8(1);
                out.claim((Claim) v);
            }
            out.varint(e.parsed().diagnostics().size());
            e.parsed().diagnostics().forEach(out::diagnostic);
            out.location(e.parsed().idAt());
            out.location(e.parsed().nameAt());
        });
        out.varint(texts.size());
        texts.forEach((key, cites) -> {
            out.str(key);
            out.varint(cites.size());
            cites.forEach((c, q) -> {
                out.str(c.claim());
                out.varint(c.source());
                out.str(c.quote());
                out.anchor(q.anchor());
                out.varint(q.figures().size());
                q.figures().forEach(out::figure);
            });
        });
        return out.bytes();
    }

    private static CheckMemo decode(byte[] body) {
        Codec.In in = new Codec.In(body);
        if (!KIND.equals(in.str())) {
            throw new Codec.Malformed("not a check memo");
        }
        long[] l = new long[Limits.names().size()];
        for (int i = 0; i < l.length; i++) {
            l[i] = in.varint();
        }
        Limits limits = new Limits(l[0], l[1], l[2], l[3], l[4], l[5], l[6]);
        int n = in.count();
        Map<String, FileHashes.Stat> stats = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            stats.put(in.text(), new FileHashes.Stat(in.varint(), in.sint(), in.text(), in.text()));
        }
        n = in.count();
        Map<String, FileEntry> files = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            String rel = in.text();
            String hash = in.text();
            String context = in.text();
            String capture = in.str();
            int kind = in.u8();
            Object value = switch (kind) {
                case 0 -> in.article();
                case 1 -> in.claim();
                default -> throw new Codec.Malformed("unknown kind of file");
            };
            if (kind == 0 && capture == null) {
                throw new Codec.Malformed("an article without its capture's hash");
            }
            int d = in.count();
            List<Diagnostic> diagnostics = new ArrayList<>(d);
            for (int k = 0; k < d; k++) {
                diagnostics.add(in.diagnostic());
            }
            files.put(rel, new FileEntry(hash, context, capture, new LoadMemo.Parsed(value, diagnostics, in.location(), in.location())));
        }
        n = in.count();
        Map<String, Map<Cite, AnchorMemo.Quoted>> texts = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            String key = in.text();
            int c = in.count();
            Map<Cite, AnchorMemo.Quoted> cites = new HashMap<>(c * 2);
            for (int k = 0; k < c; k++) {
                Cite cite = new Cite(in.text(), in.nat(), in.text());
                var anchor = in.anchor();
                int f = in.count();
                List<Figure> figures = new ArrayList<>(f);
                for (int j = 0; j < f; j++) {
                    figures.add(in.figure());
                }
                cites.put(cite, new AnchorMemo.Quoted(anchor, figures));
            }
            texts.put(key, cites);
        }
        if (!in.atEnd()) {
            throw new Codec.Malformed("trailing bytes");
        }
        return new CheckMemo(limits, stats, files, texts, false);
    }
}
