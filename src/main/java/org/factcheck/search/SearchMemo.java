package org.factcheck.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.factcheck.cache.CacheDir;

/**
 * What one build learnt of its documents' terms, keyed by the caller's key for each document, to
 * be reused by the next: {@link #load} it from the build cache (a missing, corrupted or stale file
 * gives an empty memo), hand it to one {@link SearchIndex}, then {@link #save} it (only the keys
 * that build used are kept) or, in a long-running server, carry {@link #retained} to the next build.
 */
public final class SearchMemo {

    /**
     * The cache files' names and kinds: the base holds every document's terms as of the build that
     * wrote it; the delta, written instead while little has changed, the documents tokenised since
     * and the latest build's positions and shard keys. A delta only counts beside its own base.
     */
    static final String FILE = "search-terms.bin";
    static final String KIND = "search-terms/3";
    static final String DELTA = "search-terms-delta.bin";
    static final String DELTA_KIND = "search-terms-delta/3";

    /** The base this memo was loaded from: its id, term count, keys in order, and the cache it is in. */
    private record Base(String id, int terms, String[] keys, CacheDir cache) {
    }

    private final Base base;

    final ConcurrentHashMap<String, Integer> ids = new ConcurrentHashMap<>();
    private final AtomicInteger nextId = new AtomicInteger();
    /** Id to term for the ids loaded; ids handed out since are only in {@link #ids}. */
    private final String[] loaded;
    private final Map<String, DocTerms> previous;
    /** The keys by position of the build that saved this memo and its shards' keys; null and empty when unknown. */
    private final String[] order;
    final Map<String, String> shardKeys;
    /** The same for this build, once its index has made its outputs. */
    private volatile String[] nextOrder;
    private volatile Map<String, String> nextShardKeys = Map.of();
    private final ConcurrentHashMap<String, DocTerms> used = new ConcurrentHashMap<>();
    private final AtomicInteger misses = new AtomicInteger();

    private SearchMemo(String[] terms, Map<String, DocTerms> previous, String[] order, Map<String, String> shardKeys, Base base) {
        this.order = order;
        this.shardKeys = shardKeys;
        this.base = base;
        this.loaded = terms;
        for (int i = 0; i < terms.length; i++) {
            ids.put(terms[i], i);
        }
        nextId.set(terms.length);
        this.previous = previous;
    }

    /** A memo that knows nothing. */
    public static SearchMemo empty() {
        return new SearchMemo(new String[0], Map.of(), null, Map.of(), null);
    }

    /** The memo the last build saved in {@code cache}; empty when the file is missing, corrupted or stale. */
    public static SearchMemo load(CacheDir cache) {
        byte[] body = cache.read(FILE, KIND);
        if (body == null) {
            return empty();
        }
        SearchMemo base;
        try {
            base = decode(body, cache);
        } catch (RuntimeException e) {
            // The checksum matched, so only other code could have written this; never trusted.
            return empty();
        }
        byte[] delta = cache.read(DELTA, DELTA_KIND);
        if (delta != null) {
            try {
                SearchMemo both = base.withDelta(delta);
                if (both != null) {
                    return both;
                }
            } catch (RuntimeException e) {
                // As above: the base alone is still sound.
            }
        }
        return base;
    }

    /**
     * Saves the terms of the documents the build used, and only those, in {@code cache}: as a small
     * delta beside the base this memo was loaded from while that base still holds most of them,
     * else as a new base.
     */
    public void save(CacheDir cache) throws IOException {
        List<Map.Entry<String, DocTerms>> fresh = new ArrayList<>();
        int fromBase = 0;
        for (Map.Entry<String, DocTerms> e : used.entrySet()) {
            if (e.getValue().base() >= 0) {
                fromBase++;
            } else {
                fresh.add(e);
            }
        }
        if (base == null || base.cache() != cache || base.keys().length - fromBase > base.keys().length / 4
                || fresh.size() > Math.max(256, base.keys().length / 8)
                || nextId.get() - base.terms() > Math.max(4096, base.terms() / 8)) {
            cache.write(FILE, KIND, () -> encode(org.factcheck.cache.Hash128.of(String.valueOf(System.nanoTime()),
                    String.valueOf(ProcessHandle.current().pid()), String.valueOf(used.size()))));
            return;
        }
        cache.write(DELTA, DELTA_KIND, () -> encodeDelta(fresh));
    }

    /** A memo holding what {@link #save} would save: for the next build of a process that keeps it in memory. */
    public SearchMemo retained() {
        return decode(encode("retained"), null);
    }

    void built(String[] order, Map<String, String> shardKeys) {
        this.nextOrder = order;
        this.nextShardKeys = order == null ? Map.of() : Map.copyOf(shardKeys);
    }

    /**
     * The shards that may differ from the saving build's: those of the old and new terms of every
     * position whose key changed; null when that build is not comparable (another number of
     * documents, a document without a key, an old key unknown) or too much changed to be worth it.
     */
    Set<String> changedShards(String[] keys, int[][] title, int[][] body, String[] terms) {
        if (order == null || order.length != keys.length || shardKeys.isEmpty()) {
            return null;
        }
        Set<String> dirty = new HashSet<>();
        int changed = 0;
        for (int n = 0; n < keys.length; n++) {
            if (keys[n] == null) {
                return null;
            }
            if (keys[n].equals(order[n])) {
                continue;
            }
            DocTerms old = previous.get(order[n]);
            if (old == null || ++changed > 64) {
                return null;
            }
            for (int[] ids : new int[][] {old.title(), old.body(), title[n], body[n]}) {
                for (int id : ids) {
                    dirty.add(SearchIndex.shard(terms[id]));
                }
            }
        }
        return dirty;
    }

    /** How many documents were tokenised (keys this memo did not know) since it was made. */
    public int misses() {
        return misses.get();
    }

    DocTerms terms(String key, Supplier<String> title, Supplier<String> body) {
        DocTerms t = previous.get(key);
        if (t == null) {
            t = used.get(key);
        }
        if (t == null) {
            misses.incrementAndGet();
            t = tokenise(title.get(), body.get());
        }
        used.put(key, t);
        return t;
    }

    /** Scratch space of the threads tokenising now, each used by one thread at a time. */
    private final ConcurrentLinkedQueue<Scratch> scratches = new ConcurrentLinkedQueue<>();

    /** The terms of a title and of a body (less the title's), as {@link SearchTerms#termSet} finds them. */
    DocTerms tokenise(String title, String body) {
        Scratch s = scratches.poll();
        if (s == null) {
            s = new Scratch();
        }
        try {
            int t = s.stamp();
            collect(title, s, t, -1);
            int[] titleIds = s.take();
            collect(body, s, s.stamp(), t);
            return new DocTerms(titleIds, s.take());
        } finally {
            scratches.offer(s);
        }
    }

    /** {@link SearchTerms#termSet} straight to ids, each once, none stamped {@code exclude} (the title's). */
    private void collect(String text, Scratch s, int stamp, int exclude) {
        if (text == null) {
            return;
        }
        if (SearchTerms.simple(text)) {
            asciiIds(text, 0, text.length(), s, stamp, exclude);
            return;
        }
        // As termSet: only the white-space separated chunks that are not simple take the general path.
        SearchTerms.chunks(text, (from, to) -> asciiIds(text, from, to, s, stamp, exclude), chunk -> {
            Set<String> terms = new HashSet<>();
            SearchTerms.generalTerms(chunk, terms);
            for (String term : terms) {
                s.add(id(term), stamp, exclude);
            }
        });
    }

    /**
     * {@link SearchTerms#asciiTerms} straight to ids: a word this thread has met costs a hash and a compare in
     * its own table, no String and no shared map.
     */
    private void asciiIds(String text, int from, int to, Scratch s, int stamp, int exclude) {
        char[] buf = s.buf;
        int i = from;
        while (i < to) {
            while (i < to && !SearchTerms.asciiWord(text.charAt(i))) {
                i++;
            }
            int len = 0;
            int hash = 0;
            while (i < to && SearchTerms.asciiWord(text.charAt(i))) {
                char c = text.charAt(i++);
                if (c >= 'A' && c <= 'Z') {
                    c += 32;
                }
                if (len == buf.length) {
                    buf = s.buf = Arrays.copyOf(buf, len * 2);
                }
                buf[len++] = c;
                hash = 31 * hash + c;
            }
            if (len >= 2) {
                int id = s.word(buf, len, hash);
                if (id == Scratch.MISSING) {
                    String term = new String(buf, 0, len);
                    id = len <= SearchTerms.STOP_LONGEST && SearchTerms.STOP.contains(term) ? Scratch.STOP_WORD : id(term);
                    s.put(term, hash, id);
                }
                if (id >= 0) {
                    s.add(id, stamp, exclude);
                }
            }
        }
    }

    private int id(String term) {
        Integer id = ids.get(term);
        return id != null ? id : ids.computeIfAbsent(term, k -> nextId.getAndIncrement());
    }

    /** Id to term, every id handed out so far. Call once no more documents are being set. */
    String[] dictionary() {
        String[] terms = Arrays.copyOf(loaded, nextId.get());
        if (terms.length > loaded.length) {
            ids.forEach((term, id) -> {
                if (id >= loaded.length) {
                    terms[id] = term;
                }
            });
        }
        return terms;
    }

    /**
     * A base: its id, the used entries with their own dictionary of only the terms they hold (varint
     * counts, UTF-8 strings, each document's term ids sorted and delta-coded), then this build's
     * positions and shard keys.
     */
    private byte[] encode(String id) {
        String[] terms = dictionary();
        int[] renumber = new int[terms.length];
        Arrays.fill(renumber, -1);
        List<String> kept = new ArrayList<>();
        List<Map.Entry<String, DocTerms>> entries = new ArrayList<>(used.entrySet());
        entries.sort(Map.Entry.comparingByKey());
        for (Map.Entry<String, DocTerms> e : entries) {
            for (int[] ids : new int[][] {e.getValue().title(), e.getValue().body()}) {
                for (int t : ids) {
                    if (renumber[t] < 0) {
                        renumber[t] = kept.size();
                        kept.add(terms[t]);
                    }
                }
            }
        }
        Out out = new Out();
        out.string(id);
        out.varint(kept.size());
        for (String term : kept) {
            out.string(term);
        }
        out.varint(entries.size());
        Map<String, Integer> index = new HashMap<>(entries.size() * 2);
        for (Map.Entry<String, DocTerms> e : entries) {
            index.put(e.getKey(), index.size());
            out.string(e.getKey());
            out.ids(e.getValue().title(), renumber);
            out.ids(e.getValue().body(), renumber);
        }
        positions(out, index::get);
        return out.bytes();
    }

    /**
     * A delta: its base's id, the terms added since the base (ids from the base's count on), the
     * entries not in the base, then this build's positions (indexes into the base's entries, then
     * the delta's) and shard keys.
     */
    private byte[] encodeDelta(List<Map.Entry<String, DocTerms>> fresh) {
        String[] terms = dictionary();
        Out out = new Out();
        out.string(base.id());
        out.varint(terms.length - base.terms());
        for (int t = base.terms(); t < terms.length; t++) {
            out.string(terms[t]);
        }
        out.varint(fresh.size());
        Map<String, Integer> index = new HashMap<>(fresh.size() * 2);
        for (Map.Entry<String, DocTerms> e : fresh) {
            index.put(e.getKey(), base.keys().length + index.size());
            out.string(e.getKey());
            out.ids(e.getValue().title(), null);
            out.ids(e.getValue().body(), null);
        }
        positions(out, key -> {
            DocTerms t = used.get(key);
            return t == null ? null : t.base() >= 0 ? Integer.valueOf(t.base()) : index.get(key);
        });
        return out.bytes();
    }

    /** This build's document keys by position, as entry indexes, and its shard keys; a 0 when unknown. */
    private void positions(Out out, java.util.function.Function<String, Integer> index) {
        String[] positions = nextOrder;
        List<Integer> at = new ArrayList<>();
        if (positions != null) {
            for (String key : positions) {
                Integer i = index.apply(key);
                if (i == null) {
                    positions = null;
                    break;
                }
                at.add(i);
            }
        }
        if (positions == null) {
            out.varint(0);
            return;
        }
        out.varint(1);
        out.varint(at.size());
        at.forEach(out::varint);
        List<Map.Entry<String, String>> shards = new ArrayList<>(nextShardKeys.entrySet());
        shards.sort(Map.Entry.comparingByKey());
        out.varint(shards.size());
        for (Map.Entry<String, String> e : shards) {
            out.string(e.getKey());
            out.string(e.getValue());
        }
    }

    private static SearchMemo decode(byte[] body, CacheDir cache) {
        In in = new In(body);
        String id = in.string();
        String[] terms = new String[in.count()];
        for (int i = 0; i < terms.length; i++) {
            terms[i] = in.string();
        }
        int entries = in.count();
        Map<String, DocTerms> previous = new HashMap<>(entries * 2);
        String[] keys = new String[entries];
        for (int i = 0; i < entries; i++) {
            keys[i] = in.string();
            previous.put(keys[i], new DocTerms(in.ids(terms.length), in.ids(terms.length), i));
        }
        Map<String, String> shardKeys = new HashMap<>();
        String[] order = positions(in, keys, shardKeys);
        return new SearchMemo(terms, previous, order, shardKeys, new Base(id, terms.length, keys, cache));
    }

    /** This memo with {@code delta} on top; null when the delta belongs to another base. */
    private SearchMemo withDelta(byte[] delta) {
        In in = new In(delta);
        if (!in.string().equals(base.id())) {
            return null;
        }
        String[] terms = Arrays.copyOf(loaded, loaded.length + in.count());
        for (int t = loaded.length; t < terms.length; t++) {
            terms[t] = in.string();
        }
        int entries = in.count();
        Map<String, DocTerms> all = new HashMap<>(previous);
        String[] keys = Arrays.copyOf(base.keys(), base.keys().length + entries);
        for (int i = base.keys().length; i < keys.length; i++) {
            keys[i] = in.string();
            all.put(keys[i], new DocTerms(in.ids(terms.length), in.ids(terms.length)));
        }
        Map<String, String> shardKeys = new HashMap<>();
        String[] order = positions(in, keys, shardKeys);
        return new SearchMemo(terms, all, order, shardKeys, base);
    }

    private static String[] positions(In in, String[] keys, Map<String, String> shardKeys) {
        String[] order = null;
        if (in.count() == 1) {
            order = new String[in.count()];
            for (int n = 0; n < order.length; n++) {
                int i = in.varint();
                if (i < 0 || i >= keys.length) {
                    throw new IllegalArgumentException("entry " + i);
                }
                order[n] = keys[i];
            }
            for (int i = in.count(); i > 0; i--) {
                shardKeys.put(in.string(), in.string());
            }
        }
        if (!in.atEnd()) {
            throw new IllegalArgumentException("trailing bytes");
        }
        return order;
    }

    /**
     * One thread's tokenising state: its own table of the ASCII words it has met (word to dictionary
     * id, or stop word), the ids of the text at hand, and a stamp per id saying which text last took it.
     */
    private static final class Scratch {
        static final int MISSING = -2;
        static final int STOP_WORD = -1;

        char[] buf = new char[32];
        private String[] words = new String[1 << 12];
        private int[] hashes = new int[1 << 12];
        private int[] values = new int[1 << 12];
        private int size;
        private int[] stamps = new int[1 << 12];
        private int lastStamp;
        private int[] out = new int[256];
        private int count;

        /** A stamp no text has had since the stamps were last cleared; never -1 or 0. */
        int stamp() {
            if (lastStamp == Integer.MAX_VALUE) {
                Arrays.fill(stamps, 0);
                lastStamp = 0;
            }
            return ++lastStamp;
        }

        /** The value of the word in buf[0, len), or {@link #MISSING}. */
        int word(char[] buf, int len, int hash) {
            int mask = words.length - 1;
            for (int i = (hash ^ hash >>> 16) & mask; ; i = (i + 1) & mask) {
                String w = words[i];
                if (w == null) {
                    return MISSING;
                }
                if (hashes[i] == hash && w.length() == len && same(w, buf, len)) {
                    return values[i];
                }
            }
        }

        private static boolean same(String w, char[] buf, int len) {
            for (int k = 0; k < len; k++) {
                if (w.charAt(k) != buf[k]) {
                    return false;
                }
            }
            return true;
        }

        void put(String word, int hash, int value) {
            if (2 * (size + 1) > words.length) {
                String[] oldWords = words;
                int[] oldHashes = hashes;
                int[] oldValues = values;
                words = new String[oldWords.length * 2];
                hashes = new int[oldWords.length * 2];
                values = new int[oldWords.length * 2];
                size = 0;
                for (int i = 0; i < oldWords.length; i++) {
                    if (oldWords[i] != null) {
                        insert(oldWords[i], oldHashes[i], oldValues[i]);
                    }
                }
            }
            insert(word, hash, value);
        }

        private void insert(String word, int hash, int value) {
            int mask = words.length - 1;
            int i = (hash ^ hash >>> 16) & mask;
            while (words[i] != null) {
                i = (i + 1) & mask;
            }
            words[i] = word;
            hashes[i] = hash;
            values[i] = value;
            size++;
        }

        /** Takes id for the text stamped {@code stamp} unless that text or the one stamped {@code exclude} has it. */
        void add(int id, int stamp, int exclude) {
            if (id >= stamps.length) {
                stamps = Arrays.copyOf(stamps, Math.max(id + 1, stamps.length * 2));
            }
            int was = stamps[id];
            if (was == stamp || was == exclude) {
                return;
            }
            stamps[id] = stamp;
            if (count == out.length) {
                out = Arrays.copyOf(out, count * 2);
            }
            out[count++] = id;
        }

        /** The ids taken since the last call. */
        int[] take() {
            int[] ids = Arrays.copyOf(out, count);
            count = 0;
            return ids;
        }
    }

    /** A growable byte buffer of varints and length-prefixed UTF-8 strings. */
    private static final class Out {
        private byte[] buf = new byte[1 << 16];
        private int size;

        void varint(int v) {
            if (size + 5 > buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
            while ((v & ~0x7f) != 0) {
                buf[size++] = (byte) ((v & 0x7f) | 0x80);
                v >>>= 7;
            }
            buf[size++] = (byte) v;
        }

        void string(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            varint(b.length);
            if (size + b.length > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + b.length));
            }
            System.arraycopy(b, 0, buf, size, b.length);
            size += b.length;
        }

        /** Ids renumbered (unless renumber is null), sorted, then as gaps (the first from zero). */
        void ids(int[] ids, int[] renumber) {
            int[] sorted = new int[ids.length];
            for (int i = 0; i < ids.length; i++) {
                sorted[i] = renumber == null ? ids[i] : renumber[ids[i]];
            }
            Arrays.sort(sorted);
            varint(sorted.length);
            int previous = 0;
            for (int id : sorted) {
                varint(id - previous);
                previous = id;
            }
        }

        byte[] bytes() {
            return Arrays.copyOf(buf, size);
        }
    }

    /** Reads what {@link Out} wrote; any inconsistency is an exception. */
    private static final class In {
        private final byte[] buf;
        private int at;

        In(byte[] buf) {
            this.buf = buf;
        }

        int varint() {
            int v = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                byte b = buf[at++];
                v |= (b & 0x7f) << shift;
                if (b >= 0) {
                    return v;
                }
            }
            throw new IllegalArgumentException("varint too long");
        }

        /** A count of things each at least one byte long, so a corrupt count cannot ask for a huge array. */
        int count() {
            int n = varint();
            if (n < 0 || n > buf.length - at) {
                throw new IllegalArgumentException("count " + n);
            }
            return n;
        }

        String string() {
            int n = count();
            String s = new String(buf, at, n, StandardCharsets.UTF_8);
            at += n;
            return s;
        }

        int[] ids(int bound) {
            int[] ids = new int[count()];
            int id = 0;
            for (int i = 0; i < ids.length; i++) {
                id += varint();
                if (id < 0 || id >= bound || i > 0 && id == ids[i - 1]) {
                    throw new IllegalArgumentException("term id " + id);
                }
                ids[i] = id;
            }
            return ids;
        }

        boolean atEnd() {
            return at == buf.length;
        }
    }
}
