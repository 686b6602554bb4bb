package org.factcheck.check;

import org.factcheck.cache.CacheDir;
import org.factcheck.cache.FileHashes;
import org.factcheck.cache.Hashes;

import org.factcheck.anchor.ArticleText;
import org.factcheck.figures.Figure;
import org.factcheck.model.Article;
import org.factcheck.model.Claim;
import org.factcheck.files.Limits;
import org.factcheck.load.LoadMemo;
import org.factcheck.model.SiteSettings;

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

    /**
     * The memo is saved in this many files ({@code check-memo-00} …), each holding the entries whose
     * key falls in it: after one edit only the few files holding what changed are written again, and
     * the files are read in parallel.
     */
    static final int SHARDS = 16;
    static final String KIND = "check-memo/4";

    /** The name of shard {@code i}'s file. */
    static String file(int i) {
        return String.format("check-memo-%02d", i);
    }

    /** The shard an entry with this key is kept in (String.hashCode is specified, so stable across runs). */
    static int shard(String key) {
        return Math.floorMod(key.hashCode(), SHARDS);
    }

    /** A remembered parse, with the hashes it depends on. */
    record FileEntry(String hash, String context, String captureHash, LoadMemo.Parsed parsed) {
    }

    /** One quote of one claim's source, as looked up in a text. */
    record Cite(String claim, int source, String quote) {
    }

    /** A claim's decision with the inputs it was made from. */
    record DecideEntry(Claim claim, List<Article> articles, List<AnchorMemo.Quoted> quoted, AnchorMemo.Decided decided) {
    }

    private Limits limits;
    /** The site settings every remembered decision was made with (null when none was). */
    private SiteSettings settings;
    /** Decisions by claim file (so a decision is kept in the shard of its claim's parse, sharing its strings). */
    private Map<String, DecideEntry> decisions = Map.of();
    private Map<String, FileHashes.Stat> stats;
    private Map<String, FileEntry> files;
    private Map<String, Map<Cite, AnchorMemo.Quoted>> texts;
    private final CopyMemo copyMemo = new CopyMemo();
    /** Which shards differ from what their cache files hold. */
    private boolean[] dirty;
    private Reuse reuse = new Reuse(0, 0, 0, 0, 0);

    /**
     * What the last finished run reused.
     *
     * @param files article and claim files whose parse was reused
     * @param quotes quotes whose anchor and figures were reused
     * @param claims claims whose decided result was reused
     * @param inputs input files hashed in all
     * @param read input files read to hash them (the others were vouched for by their stat)
     */
    public record Reuse(int files, int quotes, int claims, int inputs, int read) {
    }

    /** What the last finished run reused (all zero before one). */
    public synchronized Reuse reused() {
        return reuse;
    }

    private CheckMemo(Limits limits, Map<String, FileHashes.Stat> stats, Map<String, FileEntry> files,
                      Map<String, Map<Cite, AnchorMemo.Quoted>> texts, boolean[] dirty) {
        this.limits = limits;
        this.stats = stats;
        this.files = files;
        this.texts = texts;
        this.dirty = dirty;
    }

    /** A memo that remembers nothing yet. */
    public static CheckMemo empty() {
        boolean[] all = new boolean[SHARDS];
        java.util.Arrays.fill(all, true);
        return new CheckMemo(null, Map.of(), Map.of(), Map.of(), all);
    }

    /**
     * The memo saved in {@code dir}; a shard that is missing or does not verify is simply not
     * remembered (never throws). Every entry is checked against the content hashes it names when it
     * is used, and a decision only against the very entries it was decided from, so shards written
     * by different runs (one write failed) can be mixed safely.
     */
    public static CheckMemo load(CacheDir dir) {
        MemoShard[] shards = new MemoShard[SHARDS];
        java.util.stream.IntStream.range(0, SHARDS).parallel().forEach(i -> shards[i] = MemoShard.read(dir, i));
        // The limits and settings of the first readable shard hold; a shard written under others is left out.
        Limits limits = null;
        SiteSettings settings = null;
        for (MemoShard sh : shards) {
            if (sh != null) {
                limits = sh.limits;
                settings = sh.settings;
                break;
            }
        }
        boolean[] dirty = new boolean[SHARDS];
        Map<String, FileHashes.Stat> stats = new HashMap<>();
        Map<String, FileEntry> files = new HashMap<>();
        Map<String, Map<Cite, AnchorMemo.Quoted>> texts = new HashMap<>();
        for (int i = 0; i < SHARDS; i++) {
            MemoShard sh = shards[i];
            if (sh == null || !sh.limits.equals(limits)) {
                dirty[i] = true;
                continue;
            }
            stats.putAll(sh.stats);
            files.putAll(sh.files);
            texts.putAll(sh.texts);
        }
        Map<String, DecideEntry>[] decided = newArray(SHARDS);
        SiteSettings decidedWith = settings;
        java.util.stream.IntStream.range(0, SHARDS).parallel().forEach(i -> {
            // Decisions hold only with the settings they were made with.
            if (!dirty[i] && java.util.Objects.equals(shards[i].settings, decidedWith)) {
                try {
                    decided[i] = shards[i].decisions(files, texts);
                } catch (RuntimeException e) {
                    decided[i] = null;
                }
            }
        });
        Map<String, DecideEntry> decisions = new HashMap<>();
        for (int i = 0; i < SHARDS; i++) {
            if (decided[i] == null) {
                dirty[i] = true;
            } else {
                decisions.putAll(decided[i]);
            }
        }
        CheckMemo memo = new CheckMemo(limits, stats, files, texts, dirty);
        memo.settings = settings;
        memo.decisions = decisions;
        memo.copyMemo.load(dir);
        return memo;
    }

    @SuppressWarnings("unchecked")
    private static <T> T[] newArray(int n) {
        return (T[]) new Map[n];
    }

    /**
     * Saves the shards that changed since the memo was loaded or last saved; a failure is noted in
     * {@link CacheDir#problem()}, never thrown (a cache can only make a run faster).
     */
    public synchronized void save(CacheDir dir) {
        copyMemo.save(dir);
        List<Integer> todo = new ArrayList<>();
        for (int i = 0; i < SHARDS; i++) {
            if (dirty[i]) {
                todo.add(i);
            }
        }
        if (todo.isEmpty()) {
            return;
        }
        Map<AnchorMemo.Quoted, Object[]> remembered = new java.util.IdentityHashMap<>();
        texts.forEach((key, cites) -> cites.forEach((c, q) -> remembered.put(q, new Object[] {key, c})));
        List<List<String>> statKeys = byShard(stats.keySet());
        List<List<String>> fileKeys = byShard(files.keySet());
        List<List<String>> textKeys = byShard(texts.keySet());
        List<List<String>> decisionKeys = byShard(decisions.keySet());
        // Written in parallel; the workers only read the memo (this thread holds its lock meanwhile) and each reports its shard.
        boolean[] written = new boolean[SHARDS];
        todo.parallelStream().forEach(i -> {
            try {
                dir.write(file(i), KIND, () -> encode(statKeys.get(i), fileKeys.get(i), textKeys.get(i), decisionKeys.get(i), remembered));
                written[i] = true;
            } catch (IOException | RuntimeException e) {
                dir.failed("cannot write the cache in " + dir.path() + ": " + e.getMessage());
            }
        });
        for (int i = 0; i < SHARDS; i++) {
            dirty[i] &= !written[i];
        }
    }

    private static List<List<String>> byShard(java.util.Set<String> keys) {
        List<List<String>> out = new ArrayList<>(SHARDS);
        for (int i = 0; i < SHARDS; i++) {
            out.add(new ArrayList<>());
        }
        keys.forEach(k -> out.get(shard(k)).add(k));
        return out;
    }

    /**
     * Starts one run over {@code root} under {@code limits}: the returned run is the memo the loader
     * and the checker consult; call {@link Run#finish()} when the report is complete.
     */
    public synchronized Run start(Path root, Limits limits) {
        boolean sameLimits = limits.equals(this.limits);
        return new Run(root.toAbsolutePath().normalize(), limits, sameLimits ? files : Map.of(), sameLimits ? texts : Map.of(),
                sameLimits ? decisions : Map.of(), settings, copyMemo.start(sameLimits));
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

        private final Map<String, DecideEntry> oldDecisions;
        private final SiteSettings oldSettings;
        private final Map<String, DecideEntry> newDecisions = new ConcurrentHashMap<>();
        private volatile SiteSettings runSettings;
        private final java.util.concurrent.atomic.AtomicInteger claimsReused = new java.util.concurrent.atomic.AtomicInteger();
        private final CopyMemo.Run copyRun;

        private Run(Path root, Limits runLimits, Map<String, FileEntry> oldFiles, Map<String, Map<Cite, AnchorMemo.Quoted>> oldTexts,
                    Map<String, DecideEntry> oldDecisions, SiteSettings oldSettings, CopyMemo.Run copyRun) {
            this.copyRun = copyRun;
            this.oldDecisions = oldDecisions;
            this.oldSettings = oldSettings;
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
            // The capture may have changed since it was hashed: remember only what was found in the text the key names.
            if (!names(textKey, text)) {
                return;
            }
            Map<Cite, Quoted> into = newTexts.computeIfAbsent(textKey, k -> new ConcurrentHashMap<>());
            for (int i = 0; i < quoted.size(); i++) {
                into.put(new Cite(claims.get(i), sources.get(i), quotes.get(i)), quoted.get(i));
            }
            learned.set(true);
        }

        @Override
        public Decided decided(Claim claim, List<Article> articles, List<Quoted> quoted, SiteSettings settings) {
            runSettings = settings;
            DecideEntry e = oldDecisions.get(claim.at().file());
            if (e == null || !settings.equals(oldSettings) || !claim.equals(e.claim()) || !articles.equals(e.articles())
                    || !quoted.equals(e.quoted())) {
                return null;
            }
            newDecisions.put(claim.at().file(), e);
            claimsReused.incrementAndGet();
            return e.decided();
        }

        @Override
        public void decided(Claim claim, List<Article> articles, List<Quoted> quoted, SiteSettings settings, Decided decided) {
            runSettings = settings;
            newDecisions.put(claim.at().file(), new DecideEntry(claim, new ArrayList<>(articles), new ArrayList<>(quoted), decided));
            learned.set(true);
        }

        @Override
        public Print print(String textKey) {
            return copyRun.print(textKey);
        }

        @Override
        public void print(String textKey, ArticleText text, Print print) {
            if (names(textKey, text)) {
                copyRun.keep(textKey, print);
            }
        }

        /** True when {@code text} is the text {@code textKey} names: its capture's stat vouches for it, else its hash does. */
        private boolean names(String textKey, ArticleText text) {
            String[] capture = captureOf.get(textKey);
            return capture != null && (hashes.unchanged(capture[0])
                    || capture[1].equals(Hashes.of(text.capture().getBytes(StandardCharsets.UTF_8))));
        }

        @Override
        public org.factcheck.discovery.Copies copies(String key, Map<String, Article> byId) {
            return copyRun.copies(key, byId);
        }

        @Override
        public void copies(String key, org.factcheck.discovery.Copies found) {
            copyRun.found(key, found);
        }

        /** The content hash of every input file this run read or vouched for, by path relative to the root. */
        public Map<String, String> inputs() {
            return Map.copyOf(hashes.inputs());
        }

        /** Makes what this run used and learned the memo's content: anything unused is dropped. */
        public void finish() {
            synchronized (CheckMemo.this) {
                reuse = new Reuse(filesReused.get(), quotesReused.get(), claimsReused.get(), hashes.inputs().size(), hashes.filesRead());
                copyRun.finish();
                boolean[] changed = new boolean[SHARDS];
                if (!runLimits.equals(limits) || !java.util.Objects.equals(runSettings, settings)) {
                    // Every shard carries the limits and settings it was written under.
                    java.util.Arrays.fill(changed, true);
                }
                changes(stats, hashes.next(), changed);
                changes(files, newFiles, changed);
                changes(decisions, newDecisions, changed);
                for (var e : newTexts.entrySet()) {
                    Map<Cite, Quoted> old = texts.get(e.getKey());
                    if (old == null || old.size() != e.getValue().size()
                            || e.getValue().entrySet().stream().anyMatch(c -> old.get(c.getKey()) != c.getValue())) {
                        changed[shard(e.getKey())] = true;
                    }
                }
                texts.keySet().forEach(k -> {
                    if (!newTexts.containsKey(k)) {
                        changed[shard(k)] = true;
                    }
                });
                boolean any = false;
                for (int i = 0; i < SHARDS; i++) {
                    dirty[i] |= changed[i];
                    any |= changed[i];
                }
                if (any) {
                    limits = runLimits;
                    stats = new HashMap<>(hashes.next());
                    files = new HashMap<>(newFiles);
                    Map<String, Map<Cite, Quoted>> t = new HashMap<>();
                    newTexts.forEach((k, v) -> t.put(k, new HashMap<>(v)));
                    texts = t;
                    decisions = new HashMap<>(newDecisions);
                    settings = runSettings;
                }
            }
        }
    }

    /** Marks the shards of entries added, replaced (another instance) or dropped between {@code old} and {@code now}. */
    private static <V> void changes(Map<String, V> old, Map<String, V> now, boolean[] changed) {
        now.forEach((k, v) -> {
            if (old.get(k) != v) {
                changed[shard(k)] = true;
            }
        });
        old.keySet().forEach(k -> {
            if (!now.containsKey(k)) {
                changed[shard(k)] = true;
            }
        });
    }

    private byte[] encode(List<String> statKeys, List<String> fileKeys, List<String> textKeys, List<String> decisionKeys,
                          Map<AnchorMemo.Quoted, Object[]> remembered) {
        Codec.Out out = new Codec.Out();
        out.str(KIND);
        for (var e : Limits.names().values()) {
            out.varint(e.applyAsLong(limits));
        }
        out.bool(settings != null);
        if (settings != null) {
            out.settings(settings);
        }
        out.varint(statKeys.size());
        for (String rel : statKeys) {
            FileHashes.Stat s = stats.get(rel);
            out.str(rel);
            out.varint(s.size());
            out.sint(s.modified());
            out.sint(s.changed());
            out.str(s.identity());
            out.str(s.hash());
        }
        out.varint(fileKeys.size());
        for (String rel : fileKeys) {
            FileEntry e = files.get(rel);
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
        }
        out.varint(textKeys.size());
        for (String key : textKeys) {
            Map<Cite, AnchorMemo.Quoted> cites = texts.get(key);
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
        }
        // A decision names the file entries it was decided from by path and hashes, and its anchors by their quote memo key,
        // so it is reused only with exactly those entries, whichever shard (and run) they come from.
        List<DecideEntry> kept = new ArrayList<>();
        if (settings != null) {
            for (String id : decisionKeys) {
                DecideEntry e = decisions.get(id);
                if (encodable(e)) {
                    kept.add(e);
                }
            }
        }
        out.varint(kept.size());
        for (DecideEntry e : kept) {
            FileEntry claimFile = files.get(e.claim().at().file());
            out.str(e.claim().at().file());
            out.str(claimFile.hash());
            out.str(claimFile.context());
            int n = e.articles().size();
            out.varint(n);
            for (int s = 0; s < n; s++) {
                Article a = e.articles().get(s);
                out.str(a == null ? null : a.at().file());
                if (a != null) {
                    FileEntry f = files.get(a.at().file());
                    out.str(f.hash());
                    out.str(f.captureHash());
                    out.str(a.outlet());
                }
                AnchorMemo.Quoted q = e.quoted().get(s);
                Object[] where = q == null ? null : remembered.get(q);
                // 0: none; 1: the quote memo's entry (text key, cite); 2: written here.
                out.u8(q == null ? 0 : where != null ? 1 : 2);
                if (where != null) {
                    Cite cite = (Cite) where[1];
                    out.str((String) where[0]);
                    out.str(cite.claim());
                    out.varint(cite.source());
                    out.str(cite.quote());
                } else if (q != null) {
                    out.anchor(q.anchor());
                    out.varint(q.figures().size());
                    q.figures().forEach(out::figure);
                }
                SourceResult r = e.decided().result().sources().get(s);
                boolean sameAnchor = q != null && q.anchor().equals(r.anchor());
                out.bool(sameAnchor);
                if (!sameAnchor) {
                    out.anchor(r.anchor());
                }
                out.sint(r.figure() == null ? -1 : r.figures().indexOf(r.figure()));
                out.quantity(r.quantity());
                out.str(r.notCounted());
            }
            ClaimResult r = e.decided().result();
            out.str(r.status().name());
            out.str(r.reason());
            out.strs(r.outlets());
            out.varint(r.comparisons().size());
            for (ClaimResult.Compared c : r.comparisons()) {
                out.varint(c.a());
                out.varint(c.b());
                out.comparison(c.comparison());
            }
            out.strs(r.independent());
            out.strs(r.erred());
            out.varint(e.decided().diagnostics().size());
            e.decided().diagnostics().forEach(out::diagnostic);
        }
        return out.bytes();
    }

    /**
     * True when a decision can be written by reference: its claim and articles are the parses of
     * files in the memo (the articles with their outlet as spelt), and its result is built from them.
     */
    private boolean encodable(DecideEntry e) {
        FileEntry claimFile = files.get(e.claim().at().file());
        if (claimFile == null || !claimFile.parsed().value().equals(e.claim())) {
            return false;
        }
        ClaimResult r = e.decided().result();
        if (!r.claim().equals(e.claim()) || r.sources().size() != e.claim().sources().size() || e.articles().size() != r.sources().size()) {
            return false;
        }
        for (int s = 0; s < e.articles().size(); s++) {
            Article a = e.articles().get(s);
            SourceResult sr = r.sources().get(s);
            AnchorMemo.Quoted q = e.quoted().get(s);
            List<Figure> figures = q == null ? List.of() : q.figures();
            if (!java.util.Objects.equals(sr.article(), a) || !sr.source().equals(e.claim().sources().get(s)) || !sr.figures().equals(figures)
                    || sr.figure() != null && !figures.contains(sr.figure())) {
                return false;
            }
            if (a != null) {
                FileEntry f = files.get(a.at().file());
                if (f == null || !(f.parsed().value() instanceof Article base) || !withOutlet(base, a.outlet()).equals(a)) {
                    return false;
                }
            }
        }
        return true;
    }

    static Article withOutlet(Article a, String outlet) {
        return java.util.Objects.equals(a.outlet(), outlet) ? a : a.withOutlet(outlet);
    }
}
