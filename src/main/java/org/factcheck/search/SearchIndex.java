package org.factcheck.search;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
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
 * <p>{@code assets/search.js} tokenises the query exactly as {@link SearchTerms#terms} does (NFD, marks
 * dropped, lower case, split on anything but letters and digits, stop words and one-letter terms
 * dropped), fetches one shard per term and the chunks of the top results only.
 *
 * <p>With a {@link SearchMemo} each document's terms are remembered under a key the caller gives (a hash
 * of the document's inputs), so a later build tokenises only the documents whose key changed.
 */
public final class SearchIndex {

    /** Term prefix length that names a shard. */
    static final int PREFIX = 3;
    /** Documents per document chunk. */
    static final int CHUNK = 50;


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


    private final Doc[] docs;
    /** Each document's key when set with one, else null. */
    private final String[] keys;
    private final int[][] titleTerms;
    private final int[][] bodyTerms;
    /** Holds the dictionary every document's term ids point into; a private empty one without a caller's memo. */
    private final SearchMemo memo;

    /** An index of {@code size} documents, tokenising every one. */
    public SearchIndex(int size) {
        this(size, null);
    }

    /** An index of {@code size} documents that takes the terms of documents whose key {@code memo} knows from it. */
    public SearchIndex(int size, SearchMemo memo) {
        docs = new Doc[size];
        keys = new String[size];
        titleTerms = new int[size][];
        bodyTerms = new int[size][];
        this.memo = memo == null ? SearchMemo.empty() : memo;
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

    private void put(int n, Doc doc, DocTerms terms) {
        docs[n] = doc;
        titleTerms[n] = terms.title();
        bodyTerms[n] = terms.body();
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
     * '*' for a title. DocTerms are letters and digits only and postings base-36 digits, commas and stars,
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

}
