package org.factcheck.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.factcheck.cache.CacheDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The site's search index: a compact inverted index split into small static files, so a search
 * downloads only what its terms need and works offline with no server.
 *
 * <ul>
 *   <li>{@code search/t/<hex>.json}: one shard per term prefix (the first {@value #PREFIX} letters of
 *       a term, UTF-8 in hex) mapping each term to its postings: base-36 gaps between document
 *       numbers, a trailing '*' where the term is in the document's title.</li>
 *   <li>{@code search/d/<n>.json}: documents {@code n·}{@value #CHUNK} and on, each
 *       {@code [kind, title, url, meta, status]}.</li>
 *   <li>beside each {@code .json} file, a {@code .js} twin holding the same JSON as a script that
 *       registers it: {@code (window.__factcheckSearch=window.__factcheckSearch||[]).push(["search/t/6b7969.json",…]);}.
 *       A page opened from disk ({@code file://}) cannot {@code fetch} files, but it may load its own
 *       scripts (CSP {@code script-src 'self'}), so search.js reads the twins there.</li>
 * </ul>
 *
 * <p>{@code assets/search.js} tokenises the query exactly as {@link #terms} does (NFD, marks
 * dropped, lower case, split on anything but letters and digits, stop words and one-letter terms
 * dropped), fetches one shard per term and the chunks of the top results only.
 *
 * <p>With a {@link Memo} each document's terms are remembered under a key the caller gives (a hash
 * of the document's inputs), so a later build tokenises only the documents whose key changed.
 */
public final class SearchIndex {

    /** Term prefix length that names a shard. */
    static final int PREFIX = 3;
    /** Documents per document chunk. */
    static final int CHUNK = 50;

    private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    static final Set<String> STOP = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "had",
            "has", "have", "he", "her", "his", "i", "in", "is", "it", "its", "of", "on", "or", "our", "she", "that", "the",
            "their", "them", "there", "they", "this", "to", "was", "we", "were", "which", "who", "will", "with", "would",
            "you");

    private static final int STOP_LONGEST = STOP.stream().mapToInt(String::length).max().orElse(0);

    private static final JsonFactory JSON = new JsonFactory();

    /** One searchable document as results show it. */
    public record Doc(String kind, String title, String url, String meta, String status) {
    }

    /** One file of the index: its path under the site's root ({@code search/t/6b7969.json}) and its bytes. */
    public record File(String path, byte[] bytes) {
    }

    /**
     * One file of the index with a key that changes whenever its bytes do, the bytes made when asked for.
     */
    public record Output(String path, String key, Supplier<byte[]> bytes) {
    }

    /** A document's terms as ids into a {@link Memo}'s dictionary: in its title, and in its body but not its title. */
    private record Terms(int[] title, int[] body, int base) {
        Terms(int[] title, int[] body) {
            this(title, body, -1);
        }
    }

    private final Doc[] docs;
    /** Each document's key when set with one, else null. */
    private final String[] keys;
    private final int[][] titleTerms;
    private final int[][] bodyTerms;
    /** Holds the dictionary every document's term ids point into; a private empty one without a caller's memo. */
    private final Memo memo;

    /** An index of {@code size} documents, tokenising every one. */
    public SearchIndex(int size) {
        this(size, null);
    }

    /** An index of {@code size} documents that takes the terms of documents whose key {@code memo} knows from it. */
    public SearchIndex(int size, Memo memo) {
        docs = new Doc[size];
        keys = new String[size];
        titleTerms = new int[size][];
        bodyTerms = new int[size][];
        this.memo = memo == null ? Memo.empty() : memo;
    }

    /** Sets document {@code n}; safe to call from several threads for different n. */
    public void set(int n, Doc doc, String title, String body) {
        put(n, doc, memo.tokenise(title, body));
    }

    /**
     * Sets document {@code n} whose title and body texts are a function of {@code key}: when the memo
     * knows the key its terms are taken from it and the suppliers are not called. Safe to call from
     * several threads for different n.
     */
    public void set(int n, Doc doc, String key, Supplier<String> title, Supplier<String> body) {
        put(n, doc, memo.terms(key, title, body));
        keys[n] = key;
    }

    private void put(int n, Doc doc, Terms terms) {
        docs[n] = doc;
        titleTerms[n] = terms.title();
        bodyTerms[n] = terms.body();
    }

    /** The distinct index terms of a text, sorted. */
    static Set<String> terms(String text) {
        return new TreeSet<>(termSet(text));
    }

    /** The distinct index terms of a text, in no particular order. */
    static Set<String> termSet(String text) {
        Set<String> terms = new java.util.HashSet<>();
        if (text == null) {
            return terms;
        }
        if (simple(text)) {
            asciiTerms(text, 0, text.length(), terms);
            return terms;
        }
        chunks(text, (from, to) -> asciiTerms(text, from, to, terms), chunk -> generalTerms(chunk, terms));
        return terms;
    }

    /** A stretch of a text, by its bounds. */
    private interface Span {
        void accept(int from, int to);
    }

    /**
     * Splits a text at ASCII white space and hands each chunk to {@code simple} (bounds) when it is
     * {@linkplain #simple simple}, else to {@code general} (the chunk). Only the chunks that hold
     * letters, marks or digits outside ASCII need the general path: white space is a separator for
     * both, unchanged by NFD and lower-casing, and ends a word for lower-casing's one context rule
     * (final sigma).
     */
    private static void chunks(String text, Span simple, java.util.function.Consumer<String> general) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && asciiSpace(text.charAt(i))) {
                i++;
            }
            int start = i;
            boolean plain = true;
            while (i < n && !asciiSpace(text.charAt(i))) {
                char c = text.charAt(i++);
                plain &= c < 0x80 || separator(c);
            }
            if (plain) {
                simple.accept(start, i);
            } else {
                general.accept(text.substring(start, i));
            }
        }
    }

    private static boolean asciiSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r';
    }

    /** NFD, marks dropped, lower case, split on anything but letters and digits: what search.js does. */
    static void generalTerms(String text, Set<String> terms) {
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
        for (String t : SPLIT.split(folded)) {
            if (t.codePointCount(0, t.length()) >= 2 && !STOP.contains(t)) {
                terms.add(t);
            }
        }
    }

    /**
     * True when every character is ASCII or a {@linkplain #separator separator} outside ASCII (curly
     * quotes, dashes, no-break spaces…): then normalising, dropping marks and lower-casing change
     * nothing but ASCII letters' case, and {@link #asciiTerms} gives exactly what the general path does
     * at a fraction of its cost. Captures in English are nearly always simple.
     */
    static boolean simple(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && !separator(c)) {
                return false;
            }
        }
        return true;
    }

    /** {@link #isSeparator} for U+0080 to U+2FFF (Latin-1, general punctuation, currency, arrows, symbols…), computed once. */
    private static final boolean[] SEPARATORS = new boolean[0x3000 - 0x80];

    static {
        for (int c = 0x80; c < 0x3000; c++) {
            SEPARATORS[c - 0x80] = isSeparator((char) c);
        }
    }

    /** A non-ASCII character the general path treats as a separator, whatever surrounds it. */
    private static boolean separator(char c) {
        return c < 0x3000 ? SEPARATORS[c - 0x80] : isSeparator(c);
    }

    private static boolean isSeparator(char c) {
        if (Character.isSurrogate(c)) {
            return false;
        }
        boolean punctuationOrSymbol = switch (Character.getType(c)) {
            case Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION,
                    Character.CONNECTOR_PUNCTUATION, Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                    Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL, Character.CONTROL, Character.FORMAT -> true;
            default -> false;
        };
        String s = String.valueOf(c);
        // Unchanged by NFD and by lower-casing, so it stays one non-letter, non-digit, non-mark character.
        return punctuationOrSymbol && Normalizer.isNormalized(s, Normalizer.Form.NFD) && s.toLowerCase(Locale.ROOT).equals(s);
    }

    /** The terms of a {@linkplain #simple simple} text: runs of ASCII letters and digits, lower-cased. */
    private static void asciiTerms(String text, int from, int to, Set<String> terms) {
        int n = to;
        char[] buf = new char[32];
        int i = from;
        while (i < n) {
            while (i < n && !asciiWord(text.charAt(i))) {
                i++;
            }
            int len = 0;
            while (i < n && asciiWord(text.charAt(i))) {
                char c = text.charAt(i++);
                if (len == buf.length) {
                    buf = java.util.Arrays.copyOf(buf, len * 2);
                }
                buf[len++] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            }
            if (len >= 2) {
                String t = new String(buf, 0, len);
                if (len > STOP_LONGEST || !STOP.contains(t)) {
                    terms.add(t);
                }
            }
        }
    }

    private static boolean asciiWord(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    static String shard(String term) {
        int end = term.offsetByCodePoints(0, Math.min(PREFIX, term.codePointCount(0, term.length())));
        StringBuilder hex = new StringBuilder();
        for (byte b : term.substring(0, end).getBytes(StandardCharsets.UTF_8)) {
            hex.append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
        }
        return hex.toString();
    }

    /** What starts a {@code .js} twin; the JSON file's path, a comma, its bytes and {@link #SCRIPT_TAIL} follow. */
    private static final byte[] SCRIPT_HEAD = "(window.__factcheckSearch=window.__factcheckSearch||[]).push([\""
            .getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SCRIPT_TAIL = "]);\n".getBytes(StandardCharsets.US_ASCII);

    /** The script twin's path of an index file ({@code search/t/6b7969.json} to {@code search/t/6b7969.js}). */
    static String scriptPath(String jsonPath) {
        return jsonPath.substring(0, jsonPath.length() - ".json".length()) + ".js";
    }

    /** The script twin of the index file at {@code jsonPath}: its JSON, registered under that path. */
    static byte[] script(String jsonPath, byte[] json) {
        byte[] path = jsonPath.getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream(SCRIPT_HEAD.length + path.length + 2 + json.length + SCRIPT_TAIL.length);
        out.writeBytes(SCRIPT_HEAD);
        out.writeBytes(path);
        out.write('"');
        out.write(',');
        out.writeBytes(json);
        out.writeBytes(SCRIPT_TAIL);
        return out.toByteArray();
    }

    /** Every file followed by its script twin. */
    private static List<File> withScripts(File[] files) {
        List<File> all = new ArrayList<>(files.length * 2);
        for (File f : files) {
            all.add(f);
            all.add(new File(scriptPath(f.path()), script(f.path(), f.bytes())));
        }
        return List.copyOf(all);
    }

    /** Writes the shards and document chunks under {@code dir/search}; returns the number of files. */
    public int write(Path dir) throws IOException {
        List<File> files = files();
        Files.createDirectories(dir.resolve("search/t"));
        Files.createDirectories(dir.resolve("search/d"));
        // Thousands of small files, written on both cores.
        IntStream.range(0, files.size()).parallel().forEach(i -> {
            try {
                Files.write(dir.resolve(files.get(i).path()), files.get(i).bytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return files.size();
    }

    /**
     * Every file of the index, term shards (by name) then document chunks (in order), each followed by
     * its script twin, paths relative to the site's root: what {@link #write} writes, for a writer that
     * skips files whose bytes are unchanged.
     */
    public List<File> files() {
        Layout layout = layout();
        int[] postings = layout.postings();
        Map<String, Integer> ids = memo.ids;
        int shards = layout.shards().size();
        File[] files = new File[shards + chunks()];
        IntStream.range(0, files.length).parallel().forEach(i -> files[i] = i < shards
                ? new File(shardPath(layout.shards().get(i)), shardBytes(layout.byShard().get(layout.shards().get(i)), ids, layout.start(), postings))
                : new File(chunkPath(i - shards), chunkBytes(i - shards)));
        return withScripts(files);
    }

    /**
     * Every file of the index as {@link #files} has them, each with a key: a script twin's is its
     * JSON file's, marked as a script's; a document chunk's is a hash
     * of its documents' fields, its bytes made only if asked for. When every document was set
     * with a key, and the memo comes from a build of as many documents whose keys differ at a few
     * positions only, a shard none of those documents' old or new terms fall in has the bytes that
     * build wrote: it keeps that build's key and its bytes are made only if asked for. Every other
     * shard is made now and keyed by its SHA-256. The memo remembers the shards' keys for the next build.
     */
    public List<Output> outputs() {
        Layout layout = layout();
        int[] postings = layout.postings();
        Map<String, Integer> ids = memo.ids;
        Set<String> dirty = memo.changedShards(keys, titleTerms, bodyTerms, layout.terms());
        List<String> shards = layout.shards();
        Output[] outputs = new Output[shards.size() + chunks()];
        IntStream.range(0, outputs.length).parallel().forEach(i -> {
            if (i < shards.size()) {
                String path = shardPath(shards.get(i));
                List<String> terms = layout.byShard().get(shards.get(i));
                String known = dirty == null || dirty.contains(shards.get(i)) ? null : memo.shardKeys.get(path);
                outputs[i] = known != null
                        ? new Output(path, known, () -> shardBytes(terms, ids, layout.start(), postings))
                        : made(path, shardBytes(terms, ids, layout.start(), postings));
            } else {
                int c = i - shards.size();
                outputs[i] = new Output(chunkPath(c), chunkKey(c), () -> chunkBytes(c));
            }
        });
        Map<String, String> shardKeys = new HashMap<>();
        for (int i = 0; i < shards.size(); i++) {
            shardKeys.put(outputs[i].path(), outputs[i].key());
        }
        memo.built(Arrays.asList(keys).contains(null) ? null : keys.clone(), shardKeys);
        List<Output> all = new ArrayList<>(outputs.length * 2);
        for (Output o : outputs) {
            all.add(o);
            all.add(new Output(scriptPath(o.path()), org.factcheck.cache.Hash128.of("script", o.key()),
                    () -> script(o.path(), o.bytes().get())));
        }
        return List.copyOf(all);
    }

    /**
     * A chunk's key: a hash of what its bytes are made from (its documents' fields and the code that
     * writes them), so an unchanged chunk is known without writing or hashing its bytes.
     */
    private String chunkKey(int c) {
        org.factcheck.cache.Hash128 h = new org.factcheck.cache.Hash128().add(org.factcheck.cache.CodeVersion.current()).add("search/d");
        for (int n = c * CHUNK; n < Math.min(docs.length, (c + 1) * CHUNK); n++) {
            Doc d = docs[n];
            h.add(d.kind()).add(d.title()).add(d.url()).add(d.meta()).add(d.status());
        }
        return h.hex();
    }

    private static Output made(String path, byte[] bytes) {
        return new Output(path, org.factcheck.cache.Hashes.of(bytes), () -> bytes);
    }

    private static String shardPath(String shard) {
        return "search/t/" + shard + ".json";
    }

    private static String chunkPath(int c) {
        return "search/d/" + c + ".json";
    }

    private int chunks() {
        return (docs.length + CHUNK - 1) / CHUNK;
    }

    /**
     * Where every term's postings go: {@code start[id]} to {@code start[id + 1]} in one array, and the
     * terms that have any grouped by shard, shards in order.
     */
    private record Layout(String[] terms, int[] start, Map<String, List<String>> byShard, List<String> shards, Supplier<int[]> fill) {
        int[] postings() {
            return fill.get();
        }
    }

    private Layout layout() {
        String[] terms = memo.dictionary();
        int[] start = new int[terms.length + 1];
        for (int n = 0; n < docs.length; n++) {
            for (int id : titleTerms[n]) {
                start[id + 1]++;
            }
            for (int id : bodyTerms[n]) {
                start[id + 1]++;
            }
        }
        for (int id = 0; id < terms.length; id++) {
            start[id + 1] += start[id];
        }
        // A memo's dictionary may hold words no document of this build has: they get no shard entry.
        Map<String, List<String>> byShard = new HashMap<>();
        for (int id = 0; id < terms.length; id++) {
            if (start[id + 1] > start[id]) {
                byShard.computeIfAbsent(shard(terms[id]), k -> new ArrayList<>()).add(terms[id]);
            }
        }
        byShard.values().forEach(l -> l.sort(null));
        List<String> shards = new ArrayList<>(byShard.keySet());
        shards.sort(null);
        return new Layout(terms, start, byShard, shards, () -> {
            // Each term's postings, doc << 1 | 1 when in the title, filled in document order so each run is increasing.
            int[] postings = new int[start[terms.length]];
            int[] fill = Arrays.copyOf(start, terms.length);
            for (int n = 0; n < docs.length; n++) {
                for (int id : titleTerms[n]) {
                    postings[fill[id]++] = n << 1 | 1;
                }
                for (int id : bodyTerms[n]) {
                    postings[fill[id]++] = n << 1;
                }
            }
            return postings;
        });
    }

    private static final byte[] SHARD_HEAD = ("{\"chunk\":" + CHUNK + ",\"terms\":{").getBytes(StandardCharsets.US_ASCII);
    private static final byte[] BASE36 = "0123456789abcdefghijklmnopqrstuvwxyz".getBytes(StandardCharsets.US_ASCII);

    /**
     * {@code {"chunk":50,"terms":{"term":"postings",…}}}, terms sorted, postings as base-36 gaps with a
     * '*' for a title. Terms are letters and digits only and postings base-36 digits, commas and stars,
     * so nothing needs escaping except what Jackson's UTF-8 writer, which wrote these files first,
     * escapes: the surrogates of letters outside the BMP.
     */
    private static byte[] shardBytes(List<String> terms, Map<String, Integer> ids, int[] start, int[] postings) {
        Bytes out = new Bytes(64 + terms.size() * 32);
        out.add(SHARD_HEAD);
        boolean first = true;
        for (String term : terms) {
            if (!first) {
                out.add((byte) ',');
            }
            first = false;
            out.add((byte) '"');
            out.term(term);
            out.add((byte) '"').add((byte) ':').add((byte) '"');
            int id = ids.get(term);
            int previous = -1;
            for (int p = start[id]; p < start[id + 1]; p++) {
                int n = postings[p] >>> 1;
                if (p > start[id]) {
                    out.add((byte) ',');
                }
                out.base36(previous < 0 ? n : n - previous);
                previous = n;
                if ((postings[p] & 1) != 0) {
                    out.add((byte) '*');
                }
            }
            out.add((byte) '"');
        }
        out.add((byte) '}').add((byte) '}');
        return out.bytes();
    }

    /** A growable byte array for a shard. */
    private static final class Bytes {
        private byte[] buf;
        private int size;

        Bytes(int capacity) {
            buf = new byte[capacity];
        }

        private void room(int n) {
            if (size + n > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + n));
            }
        }

        Bytes add(byte b) {
            room(1);
            buf[size++] = b;
            return this;
        }

        void add(byte[] b) {
            room(b.length);
            System.arraycopy(b, 0, buf, size, b.length);
            size += b.length;
        }

        void base36(int v) {
            room(7);
            int digits = 1;
            for (int x = v / 36; x > 0; x /= 36) {
                digits++;
            }
            for (int i = size + digits - 1; i >= size; i--) {
                buf[i] = BASE36[v % 36];
                v /= 36;
            }
            size += digits;
        }

        /** A term in UTF-8, a surrogate as {@code \\uXXXX} (upper-case hex) as Jackson writes it. */
        void term(String term) {
            room(term.length() * 6);
            for (int i = 0; i < term.length(); i++) {
                char c = term.charAt(i);
                if (c < 0x80) {
                    buf[size++] = (byte) c;
                } else if (c < 0x800) {
                    buf[size++] = (byte) (0xc0 | c >> 6);
                    buf[size++] = (byte) (0x80 | c & 0x3f);
                } else if (Character.isSurrogate(c)) {
                    buf[size++] = '\\';
                    buf[size++] = 'u';
                    for (int shift = 12; shift >= 0; shift -= 4) {
                        buf[size++] = (byte) "0123456789ABCDEF".charAt(c >> shift & 0xf);
                    }
                } else {
                    buf[size++] = (byte) (0xe0 | c >> 12);
                    buf[size++] = (byte) (0x80 | c >> 6 & 0x3f);
                    buf[size++] = (byte) (0x80 | c & 0x3f);
                }
            }
        }

        byte[] bytes() {
            return Arrays.copyOf(buf, size);
        }
    }

    /** Documents {@code c·CHUNK} and on, each as {@code [kind, title, url, meta, status]}. */
    private byte[] chunkBytes(int c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(CHUNK * 160);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartArray();
            for (int n = c * CHUNK; n < Math.min(docs.length, (c + 1) * CHUNK); n++) {
                Doc doc = docs[n];
                g.writeStartArray();
                g.writeString(doc.kind());
                g.writeString(doc.title());
                g.writeString(doc.url());
                g.writeString(doc.meta());
                g.writeString(doc.status());
                g.writeEndArray();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * What one build learnt of its documents' terms, keyed by the caller's key for each document, to
     * be reused by the next: {@link #load} it from the build cache (a missing, corrupted or stale file
     * gives an empty memo), hand it to one {@link SearchIndex}, then {@link #save} it (only the keys
     * that build used are kept) or, in a long-running server, carry {@link #retained} to the next build.
     */
    public static final class Memo {

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
        private final Map<String, Terms> previous;
        /** The keys by position of the build that saved this memo and its shards' keys; null and empty when unknown. */
        private final String[] order;
        final Map<String, String> shardKeys;
        /** The same for this build, once its index has made its outputs. */
        private volatile String[] nextOrder;
        private volatile Map<String, String> nextShardKeys = Map.of();
        private final ConcurrentHashMap<String, Terms> used = new ConcurrentHashMap<>();
        private final AtomicInteger misses = new AtomicInteger();

        private Memo(String[] terms, Map<String, Terms> previous, String[] order, Map<String, String> shardKeys, Base base) {
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
        public static Memo empty() {
            return new Memo(new String[0], Map.of(), null, Map.of(), null);
        }

        /** The memo the last build saved in {@code cache}; empty when cache is null or the file is missing, corrupted or stale. */
        public static Memo load(CacheDir cache) {
            if (cache == null) {
                return empty();
            }
            byte[] body = cache.read(FILE, KIND);
            if (body == null) {
                return empty();
            }
            Memo base;
            try {
                base = decode(body, cache);
            } catch (RuntimeException e) {
                // The checksum matched, so only other code could have written this; never trusted.
                return empty();
            }
            byte[] delta = cache.read(DELTA, DELTA_KIND);
            if (delta != null) {
                try {
                    Memo both = base.withDelta(delta);
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
            List<Map.Entry<String, Terms>> fresh = new ArrayList<>();
            int fromBase = 0;
            for (Map.Entry<String, Terms> e : used.entrySet()) {
                if (e.getValue().base() >= 0) {
                    fromBase++;
                } else {
                    fresh.add(e);
                }
            }
            if (base == null || base.cache() != cache || base.keys().length - fromBase > base.keys().length / 4
                    || fresh.size() > Math.max(256, base.keys().length / 8)
                    || nextId.get() - base.terms() > Math.max(4096, base.terms() / 8)) {
                cache.write(FILE, KIND, encode(org.factcheck.cache.Hash128.of(String.valueOf(System.nanoTime()),
                        String.valueOf(ProcessHandle.current().pid()), String.valueOf(used.size()))));
                return;
            }
            cache.write(DELTA, DELTA_KIND, encodeDelta(fresh));
        }

        /** A memo holding what {@link #save} would save: for the next build of a process that keeps it in memory. */
        public Memo retained() {
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
                Terms old = previous.get(order[n]);
                if (old == null || ++changed > 64) {
                    return null;
                }
                for (int[] ids : new int[][] {old.title(), old.body(), title[n], body[n]}) {
                    for (int id : ids) {
                        dirty.add(shard(terms[id]));
                    }
                }
            }
            return dirty;
        }

        /** How many documents were tokenised (keys this memo did not know) since it was made. */
        public int misses() {
            return misses.get();
        }

        Terms terms(String key, Supplier<String> title, Supplier<String> body) {
            Terms t = previous.get(key);
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

        /** The terms of a title and of a body (less the title's), as {@link #termSet} finds them. */
        Terms tokenise(String title, String body) {
            Scratch s = scratches.poll();
            if (s == null) {
                s = new Scratch();
            }
            try {
                int t = s.stamp();
                collect(title, s, t, -1);
                int[] titleIds = s.take();
                collect(body, s, s.stamp(), t);
                return new Terms(titleIds, s.take());
            } finally {
                scratches.offer(s);
            }
        }

        /** {@link #termSet} straight to ids, each once, none stamped {@code exclude} (the title's). */
        private void collect(String text, Scratch s, int stamp, int exclude) {
            if (text == null) {
                return;
            }
            if (simple(text)) {
                asciiIds(text, 0, text.length(), s, stamp, exclude);
                return;
            }
            // As termSet: only the white-space separated chunks that are not simple take the general path.
            chunks(text, (from, to) -> asciiIds(text, from, to, s, stamp, exclude), chunk -> {
                Set<String> terms = new HashSet<>();
                generalTerms(chunk, terms);
                for (String term : terms) {
                    s.add(id(term), stamp, exclude);
                }
            });
        }

        /**
         * {@link #asciiTerms} straight to ids: a word this thread has met costs a hash and a compare in
         * its own table, no String and no shared map.
         */
        private void asciiIds(String text, int from, int to, Scratch s, int stamp, int exclude) {
            char[] buf = s.buf;
            int i = from;
            while (i < to) {
                while (i < to && !asciiWord(text.charAt(i))) {
                    i++;
                }
                int len = 0;
                int hash = 0;
                while (i < to && asciiWord(text.charAt(i))) {
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
                        id = len <= STOP_LONGEST && STOP.contains(term) ? Scratch.STOP_WORD : id(term);
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
            List<Map.Entry<String, Terms>> entries = new ArrayList<>(used.entrySet());
            entries.sort(Map.Entry.comparingByKey());
            for (Map.Entry<String, Terms> e : entries) {
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
            for (Map.Entry<String, Terms> e : entries) {
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
        private byte[] encodeDelta(List<Map.Entry<String, Terms>> fresh) {
            String[] terms = dictionary();
            Out out = new Out();
            out.string(base.id());
            out.varint(terms.length - base.terms());
            for (int t = base.terms(); t < terms.length; t++) {
                out.string(terms[t]);
            }
            out.varint(fresh.size());
            Map<String, Integer> index = new HashMap<>(fresh.size() * 2);
            for (Map.Entry<String, Terms> e : fresh) {
                index.put(e.getKey(), base.keys().length + index.size());
                out.string(e.getKey());
                out.ids(e.getValue().title(), null);
                out.ids(e.getValue().body(), null);
            }
            positions(out, key -> {
                Terms t = used.get(key);
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

        private static Memo decode(byte[] body, CacheDir cache) {
            In in = new In(body);
            String id = in.string();
            String[] terms = new String[in.count()];
            for (int i = 0; i < terms.length; i++) {
                terms[i] = in.string();
            }
            int entries = in.count();
            Map<String, Terms> previous = new HashMap<>(entries * 2);
            String[] keys = new String[entries];
            for (int i = 0; i < entries; i++) {
                keys[i] = in.string();
                previous.put(keys[i], new Terms(in.ids(terms.length), in.ids(terms.length), i));
            }
            Map<String, String> shardKeys = new HashMap<>();
            String[] order = positions(in, keys, shardKeys);
            return new Memo(terms, previous, order, shardKeys, new Base(id, terms.length, keys, cache));
        }

        /** This memo with {@code delta} on top; null when the delta belongs to another base. */
        private Memo withDelta(byte[] delta) {
            In in = new In(delta);
            if (!in.string().equals(base.id())) {
                return null;
            }
            String[] terms = Arrays.copyOf(loaded, loaded.length + in.count());
            for (int t = loaded.length; t < terms.length; t++) {
                terms[t] = in.string();
            }
            int entries = in.count();
            Map<String, Terms> all = new HashMap<>(previous);
            String[] keys = Arrays.copyOf(base.keys(), base.keys().length + entries);
            for (int i = base.keys().length; i < keys.length; i++) {
                keys[i] = in.string();
                all.put(keys[i], new Terms(in.ids(terms.length), in.ids(terms.length)));
            }
            Map<String, String> shardKeys = new HashMap<>();
            String[] order = positions(in, keys, shardKeys);
            return new Memo(terms, all, order, shardKeys, base);
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
