package org.factcheck.render;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

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
 * </ul>
 *
 * <p>{@code assets/search.js} tokenises the query exactly as {@link #terms} does (NFD, marks
 * dropped, lower case, split on anything but letters and digits, stop words and one-letter terms
 * dropped), fetches one shard per term and the chunks of the top results only.
 */
final class SearchIndex {

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

    /** One searchable document as results show it. */
    record Doc(String kind, String title, String url, String meta, String status) {
    }

    private final Doc[] docs;
    /** Each document's terms as ids into {@link #dictionary}: the archive's words are held once, not once per document. */
    private final int[][] titleTerms;
    private final int[][] bodyTerms;
    private final java.util.concurrent.ConcurrentHashMap<String, Integer> dictionary = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger nextId = new java.util.concurrent.atomic.AtomicInteger();

    SearchIndex(int size) {
        docs = new Doc[size];
        titleTerms = new int[size][];
        bodyTerms = new int[size][];
    }

    /** Sets document {@code n}; safe to call from several threads for different n. */
    void set(int n, Doc doc, String title, String body) {
        Set<String> t = termSet(title);
        Set<String> b = termSet(body);
        b.removeAll(t);
        docs[n] = doc;
        titleTerms[n] = ids(t);
        bodyTerms[n] = ids(b);
    }

    private int[] ids(Set<String> terms) {
        int[] ids = new int[terms.size()];
        int i = 0;
        for (String term : terms) {
            Integer id = dictionary.get(term);
            ids[i++] = id != null ? id : dictionary.computeIfAbsent(term, k -> nextId.getAndIncrement());
        }
        return ids;
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
        // Only the white-space separated chunks that hold letters, marks or digits outside ASCII need
        // the general path: white space is a separator for both, unchanged by NFD and lower-casing, and
        // ends a word for lower-casing's one context rule (final sigma).
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && asciiSpace(text.charAt(i))) {
                i++;
            }
            int start = i;
            boolean simple = true;
            while (i < n && !asciiSpace(text.charAt(i))) {
                char c = text.charAt(i++);
                simple &= c < 0x80 || separator(c);
            }
            if (simple) {
                asciiTerms(text, start, i, terms);
            } else {
                generalTerms(text.substring(start, i), terms);
            }
        }
        return terms;
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

    /** Writes the shards and document chunks under {@code dir/search}; returns the number of files. */
    int write(Path dir) throws IOException {
        int terms = nextId.get();
        StringBuilder[] postings = new StringBuilder[terms];
        int[] last = new int[terms];
        java.util.Arrays.fill(last, -1);
        for (int n = 0; n < docs.length; n++) {
            add(postings, last, titleTerms[n], n, true);
            add(postings, last, bodyTerms[n], n, false);
        }
        Map<String, Map<String, String>> shards = new TreeMap<>();
        dictionary.forEach((term, id) -> shards.computeIfAbsent(shard(term), k -> new TreeMap<>()).put(term, postings[id].toString()));
        Path t = Files.createDirectories(dir.resolve("search/t"));
        Path d = Files.createDirectories(dir.resolve("search/d"));
        ObjectMapper json = new ObjectMapper();
        // Thousands of small files, written on both cores.
        List<Map.Entry<String, Map<String, String>>> entries = new ArrayList<>(shards.entrySet());
        int chunks = (docs.length + CHUNK - 1) / CHUNK;
        java.util.stream.IntStream.range(0, entries.size() + chunks).parallel().forEach(i -> {
            try {
                if (i < entries.size()) {
                    Map.Entry<String, Map<String, String>> e = entries.get(i);
                    Map<String, Object> shard = new LinkedHashMap<>();
                    shard.put("chunk", CHUNK);
                    shard.put("terms", e.getValue());
                    Files.write(t.resolve(e.getKey() + ".json"), json.writeValueAsBytes(shard));
                } else {
                    int c = i - entries.size();
                    List<List<String>> chunk = new ArrayList<>();
                    for (int n = c * CHUNK; n < Math.min(docs.length, (c + 1) * CHUNK); n++) {
                        Doc doc = docs[n];
                        chunk.add(java.util.Arrays.asList(doc.kind(), doc.title(), doc.url(), doc.meta(), doc.status()));
                    }
                    Files.write(d.resolve(c + ".json"), json.writeValueAsBytes(chunk));
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        return entries.size() + chunks;
    }

    /** Appends n to each term's postings. Documents come in increasing order, title terms before body terms. */
    private static void add(StringBuilder[] postings, int[] last, int[] terms, int n, boolean title) {
        for (int term : terms) {
            StringBuilder p = postings[term];
            if (p == null) {
                p = postings[term] = new StringBuilder();
            }
            int previous = last[term];
            last[term] = n;
            if (p.length() > 0) {
                p.append(',');
            }
            p.append(Integer.toString(previous < 0 ? n : n - previous, 36));
            if (title) {
                p.append('*');
            }
        }
    }
}
