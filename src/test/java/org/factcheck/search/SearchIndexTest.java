package org.factcheck.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.factcheck.cache.CacheDir;
import org.factcheck.cache.CacheFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The search index's files are what a plain reading of its format gives, and a memo of terms (fresh,
 * stale, corrupted or missing) never changes a byte of them; unchanged documents are not re-read.
 */
class SearchIndexTest {

    @TempDir
    Path tmp;

    /** One document: what results show, its title and body texts, and the key its inputs hash to. */
    record Input(SearchIndex.Doc doc, String title, String body, String key) {
    }

    /** The format as the class javadoc states it, written the slow and obvious way with Jackson's tree writer. */
    private static Map<String, String> reference(List<Input> inputs) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Map<String, StringBuilder> postings = new TreeMap<>();
        Map<String, Integer> last = new TreeMap<>();
        for (int n = 0; n < inputs.size(); n++) {
            Set<String> title = SearchTerms.terms(inputs.get(n).title());
            Set<String> body = new TreeSet<>(SearchTerms.terms(inputs.get(n).body()));
            body.removeAll(title);
            for (Set<String> terms : List.of(title, body)) {
                for (String t : terms) {
                    StringBuilder p = postings.computeIfAbsent(t, k -> new StringBuilder());
                    Integer previous = last.put(t, n);
                    p.append(p.length() > 0 ? "," : "").append(Integer.toString(previous == null ? n : n - previous, 36))
                            .append(terms == title ? "*" : "");
                }
            }
        }
        Map<String, Map<String, String>> shards = new TreeMap<>();
        postings.forEach((t, p) -> shards.computeIfAbsent(SearchIndex.shard(t), k -> new TreeMap<>()).put(t, p.toString()));
        Map<String, String> files = new TreeMap<>();
        shards.forEach((name, terms) -> {
            Map<String, Object> shard = new LinkedHashMap<>();
            shard.put("chunk", SearchIndex.CHUNK);
            shard.put("terms", terms);
            files.put("search/t/" + name + ".json", write(json, shard));
        });
        for (int c = 0; c * SearchIndex.CHUNK < inputs.size(); c++) {
            List<List<String>> chunk = new ArrayList<>();
            for (int n = c * SearchIndex.CHUNK; n < Math.min(inputs.size(), (c + 1) * SearchIndex.CHUNK); n++) {
                SearchIndex.Doc d = inputs.get(n).doc();
                chunk.add(Arrays.asList(d.kind(), d.title(), d.url(), d.meta(), d.status()));
            }
            files.put("search/d/" + c + ".json", write(json, chunk));
        }
        // Each file's script twin, which a page opened from disk loads instead of fetching the JSON.
        Map<String, String> twins = new TreeMap<>();
        files.forEach((path, text) -> twins.put(path.replaceFirst("\\.json$", ".js"),
                "(window.__factcheckSearch=window.__factcheckSearch||[]).push([\"" + path + "\"," + text + "]);\n"));
        files.putAll(twins);
        return files;
    }

    /** As bytes, as the index always wrote them: Jackson's UTF-8 writer escapes characters outside the BMP. */
    private static String write(ObjectMapper json, Object value) {
        try {
            return new String(json.writeValueAsBytes(value), StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static Map<String, String> files(SearchIndex index) {
        Map<String, String> files = new TreeMap<>();
        for (SearchIndex.File f : index.files()) {
            files.put(f.path(), new String(f.bytes(), StandardCharsets.UTF_8));
        }
        return files;
    }

    private static Map<String, String> plain(List<Input> inputs) {
        SearchIndex index = new SearchIndex(inputs.size());
        for (int n = 0; n < inputs.size(); n++) {
            index.set(n, inputs.get(n).doc(), inputs.get(n).title(), inputs.get(n).body());
        }
        return files(index);
    }

    /** Sets every document through the memo; a supplier called for a key in {@code known} fails the test. */
    private static Map<String, String> memoised(List<Input> inputs, SearchMemo memo, Set<String> known) {
        SearchIndex index = new SearchIndex(inputs.size(), memo);
        for (int n = 0; n < inputs.size(); n++) {
            Input in = inputs.get(n);
            index.set(n, in.doc(), in.key(), read(in, in.title(), known), read(in, in.body(), known));
        }
        return files(index);
    }

    private static Supplier<String> read(Input in, String text, Set<String> known) {
        return () -> {
            if (known.contains(in.key())) {
                fail("re-read the text of " + in.key() + ", which the memo knows");
            }
            return text;
        };
    }

    @Property(tries = 150)
    void filesAreThePlainReadingOfTheFormat(@ForAll("archives") List<Input> inputs) throws Exception {
        assertEquals(reference(inputs), plain(inputs));
    }

    @Property(tries = 60)
    void aMemoFromAnyEarlierBuildChangesNoByte(@ForAll("archives") List<Input> before, @ForAll("archives") List<Input> after,
                                               @ForAll long seed) throws Exception {
        // The later build: some documents of the earlier one (same key, same text), some new ones, in any order.
        Random random = new Random(seed);
        List<Input> next = new ArrayList<>(after);
        for (Input in : before) {
            if (random.nextBoolean()) {
                next.add(random.nextInt(next.size() + 1), in);
            }
        }
        // jqwik properties get no @TempDir.
        Path cache = Files.createTempDirectory("search-memo");
        SearchMemo loaded;
        try {
            SearchMemo first = SearchMemo.empty();
            assertEquals(plain(before), memoised(before, first, Set.of()));
            first.save(CacheDir.open(cache));
            loaded = SearchMemo.load(CacheDir.open(cache));
        } finally {
            try (var files = Files.list(cache)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(cache);
        }
        Set<String> known = new TreeSet<>();
        before.forEach(in -> known.add(in.key()));
        assertEquals(plain(next), memoised(next, loaded, known));
        assertEquals(next.stream().map(Input::key).filter(k -> !known.contains(k)).distinct().count(), loaded.misses());
    }

    private static List<Input> archive(int size, int seed) {
        Random random = new Random(seed);
        String[] words = {"Donbas", "share", "per", "cent", "88%", "Zélensky", "the", "of", "budget", "£5bn", "rose", "ΟΔΟΣ", "km²"};
        List<Input> inputs = new ArrayList<>();
        for (int n = 0; n < size; n++) {
            StringBuilder title = new StringBuilder("Title " + n);
            StringBuilder body = new StringBuilder();
            for (int w = 0; w < 30; w++) {
                body.append(words[random.nextInt(words.length)]).append(random.nextInt(20) == 0 ? "" + n : "").append(' ');
            }
            title.append(' ').append(words[random.nextInt(words.length)]);
            inputs.add(new Input(new SearchIndex.Doc(n % 3 == 0 ? "article" : "claim", title.toString(), "p/" + n + ".html",
                    "m " + n, n % 3 == 0 ? "" : "corroborated"), title.toString(), body.toString(), "key-" + n + "-" + seed));
        }
        return inputs;
    }

    @Test
    void manyDistinctAndLongWordsAreTheReferencesTerms() throws Exception {
        // Enough distinct words to grow each tokenising thread's tables several times over, and words longer than its buffer.
        List<Input> inputs = new ArrayList<>();
        Random random = new Random(7);
        for (int n = 0; n < 400; n++) {
            StringBuilder body = new StringBuilder();
            for (int w = 0; w < 60; w++) {
                body.append("W").append(Integer.toString(random.nextInt(40_000), 36)).append(w % 7 == 0 ? "-the " : " ");
            }
            body.append("x".repeat(n % 90)).append(" Word").append(n).append("Z".repeat(40));
            String title = "Title W" + Integer.toString(random.nextInt(40_000), 36) + " of " + n;
            inputs.add(new Input(new SearchIndex.Doc("claim", title, "c/" + n + ".html", "", ""), title, body.toString(), "k" + n));
        }
        Map<String, String> expected = reference(inputs);
        assertEquals(expected, plain(inputs));
        // The same on both cores, as the site writer sets documents.
        SearchIndex index = new SearchIndex(inputs.size());
        java.util.stream.IntStream.range(0, inputs.size()).parallel()
                .forEach(n -> index.set(n, inputs.get(n).doc(), inputs.get(n).title(), inputs.get(n).body()));
        assertEquals(expected, files(index));
    }

    @Test
    void savedMemoKeepsOnlyTheKeysOfItsBuild() throws Exception {
        CacheDir cache = CacheDir.open(tmp.resolve("cache"));
        List<Input> a = archive(120, 1);
        SearchMemo memo = SearchMemo.empty();
        memoised(a, memo, Set.of());
        memo.save(cache);
        // The second build has half of the first's documents; its memo must forget the other half.
        List<Input> b = a.subList(0, 60);
        SearchMemo second = SearchMemo.load(cache);
        memoised(b, second, Set.of());
        assertEquals(0, second.misses());
        second.save(cache);
        SearchMemo third = SearchMemo.load(cache);
        assertEquals(plain(a), memoised(a, third, Set.of()));
        assertEquals(60, third.misses());
        // retained() is the same thing in memory.
        SearchMemo kept = second.retained();
        memoised(a, kept, Set.of());
        assertEquals(60, kept.misses());
    }

    @Test
    void aCorruptedTruncatedOrForeignMemoIsIgnored() throws Exception {
        List<Input> a = archive(80, 2);
        Map<String, String> expected = plain(a);
        CacheDir cache = CacheDir.open(tmp.resolve("cache"));
        SearchMemo memo = SearchMemo.empty();
        memoised(a, memo, Set.of());
        memo.save(cache);
        Path file = cache.file(SearchMemo.FILE);
        byte[] good = Files.readAllBytes(file);
        assertEquals(0, load(cache, a));

        byte[] flipped = good.clone();
        flipped[flipped.length - 7] ^= 0x10;
        Files.write(file, flipped);
        assertEquals(a.size(), load(cache, a));

        Files.write(file, Arrays.copyOf(good, good.length / 2));
        assertEquals(a.size(), load(cache, a));

        // Checksummed and stamped by this code, yet not a memo: still ignored, no exception.
        CacheFile.write(file, SearchMemo.KIND, "\u0005\u0003abc\u00ff\u00ff".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(a.size(), load(cache, a));
        // Another kind of cache file under this name.
        CacheFile.write(file, "pages/1", Arrays.copyOfRange(good, 0, 10));
        assertEquals(a.size(), load(cache, a));
        Files.delete(file);
        assertEquals(a.size(), load(cache, a));
        assertEquals(expected, memoised(a, SearchMemo.load(CacheDir.none()), Set.of()));
    }

    /** Builds {@code a} with the memo in {@code cache}, checks the bytes, returns how many documents were tokenised. */
    private static int load(CacheDir cache, List<Input> a) {
        SearchMemo memo = SearchMemo.load(cache);
        assertEquals(plain(a), memoised(a, memo, Set.of()));
        return memo.misses();
    }

    @Test
    void outputsKeepThePreviousKeyOnlyForShardsWithTheSameBytes() throws Exception {
        CacheDir cache = CacheDir.open(tmp.resolve("cache"));
        Random random = new Random(11);
        List<Input> docs = new ArrayList<>(archive(160, 4));
        int kept = 0;
        Map<String, String[]> seen = new java.util.HashMap<>();
        for (int round = 0; round < 12; round++) {
            SearchMemo memo = SearchMemo.load(cache);
            SearchIndex index = new SearchIndex(docs.size(), memo);
            for (int n = 0; n < docs.size(); n++) {
                Input in = docs.get(n);
                index.set(n, in.doc(), in.key(), in::title, in::body);
            }
            Map<String, String> expected = reference(docs);
            List<SearchIndex.Output> outputs = index.outputs();
            assertEquals(expected.keySet(), new TreeSet<>(outputs.stream().map(SearchIndex.Output::path).toList()));
            for (SearchIndex.Output o : outputs) {
                byte[] bytes = expected.get(o.path()).getBytes(StandardCharsets.UTF_8);
                assertArrayEquals(bytes, o.bytes().get(), o.path());
                if (o.path().startsWith("search/t/") && o.path().endsWith(".json")) {
                    // A kept key is sound only if it is the key of exactly these bytes.
                    assertEquals(org.factcheck.cache.Hashes.of(bytes), o.key(), "round " + round + ": " + o.path());
                }
                // Any key: the same key as another round's file at this path means the same bytes.
                String[] before = seen.get(o.path() + " " + o.key());
                assertTrue(before == null || before[0].equals(expected.get(o.path())), "round " + round + ": " + o.path()
                        + " keeps its key " + o.key() + " from round " + (before == null ? "" : before[1]) + " with other bytes");
                seen.put(o.path() + " " + o.key(), new String[] {expected.get(o.path()), String.valueOf(round)});
                if (o.path().startsWith("search/t/") && o.path().endsWith(".json") && o.bytes().get() != o.bytes().get()) {
                    kept++;
                }
            }
            // And other bytes than another round's at this path mean another key.
            for (SearchIndex.Output o : outputs) {
                for (Map.Entry<String, String[]> e : seen.entrySet()) {
                    if (e.getKey().startsWith(o.path() + " ") && !e.getKey().equals(o.path() + " " + o.key())) {
                        assertTrue(!e.getValue()[0].equals(expected.get(o.path())) || o.path().startsWith("search/t/"),
                                "round " + round + ": " + o.path() + " has the bytes of round " + e.getValue()[1] + " under another key");
                    }
                }
            }
            memo.save(cache);
            // The next build: a few documents edited in place (new text, new key); now and then one added or removed.
            for (int e = random.nextInt(3) + 1; e > 0; e--) {
                int n = random.nextInt(docs.size());
                Input old = docs.get(n);
                // Words added, or all but one dropped (so a shard can change by losing a document).
                String body = random.nextBoolean() ? old.body() + " edit" + round + " " + (random.nextBoolean() ? "Donbas" : "newword" + e)
                        : "replaced" + round;
                String title = random.nextInt(4) == 0 ? old.title() + " retitled" : old.title();
                docs.set(n, new Input(new SearchIndex.Doc(old.doc().kind(), title, old.doc().url(), old.doc().meta(),
                        random.nextBoolean() ? "conflicting" : old.doc().status()), title, body, old.key() + "/" + round + e));
            }
            if (round % 5 == 4) {
                docs.remove(random.nextInt(docs.size()));
            }
        }
        assertTrue(kept > 100, "shards kept from the previous build: " + kept);
    }

    @Test
    void aSmallChangeIsSavedAsADeltaThatCountsOnlyBesideItsBase() throws Exception {
        CacheDir cache = CacheDir.open(tmp.resolve("cache"));
        List<Input> a = archive(120, 5);
        Set<String> keysOfA = new TreeSet<>(a.stream().map(Input::key).toList());
        SearchMemo memo = SearchMemo.load(cache);
        memoised(a, memo, Set.of());
        memo.save(cache);
        Path base = cache.file(SearchMemo.FILE);
        Path delta = cache.file(SearchMemo.DELTA);
        byte[] baseBytes = Files.readAllBytes(base);

        // Two documents edited: the base stays as it was, the delta holds them.
        List<Input> b = new ArrayList<>(a);
        for (int n : new int[] {3, 70}) {
            Input in = b.get(n);
            b.set(n, new Input(in.doc(), in.title(), in.body() + " amended " + n, in.key() + "'"));
        }
        memo = SearchMemo.load(cache);
        assertEquals(plain(b), memoised(b, memo, keysOfA));
        assertEquals(2, memo.misses());
        memo.save(cache);
        assertArrayEquals(baseBytes, Files.readAllBytes(base));
        assertTrue(Files.size(delta) < baseBytes.length / 4, "delta of " + Files.size(delta) + " bytes");

        // Base and delta together know every document of b.
        Set<String> keysOfB = new TreeSet<>(b.stream().map(Input::key).toList());
        memo = SearchMemo.load(cache);
        assertEquals(plain(b), memoised(b, memo, keysOfB));
        assertEquals(0, memo.misses());

        // A corrupted delta: the base alone, so the two edited documents are tokenised again.
        byte[] deltaBytes = Files.readAllBytes(delta);
        byte[] flipped = deltaBytes.clone();
        flipped[flipped.length - 3] ^= 1;
        Files.write(delta, flipped);
        memo = SearchMemo.load(cache);
        assertEquals(plain(b), memoised(b, memo, keysOfA));
        assertEquals(2, memo.misses());

        // A delta beside another base than its own is ignored.
        List<Input> c = archive(40, 6);
        memo = SearchMemo.load(cache);
        memoised(c, memo, Set.of());
        memo.save(cache);
        assertTrue(!java.util.Arrays.equals(baseBytes, Files.readAllBytes(base)), "a new base was written");
        Files.write(delta, deltaBytes);
        memo = SearchMemo.load(cache);
        assertEquals(plain(b), memoised(b, memo, Set.of()));
        assertEquals(b.size(), memo.misses());
    }

    @Test
    void writeWritesExactlyTheFiles() throws Exception {
        List<Input> a = archive(130, 3);
        SearchIndex index = new SearchIndex(a.size());
        for (int n = 0; n < a.size(); n++) {
            index.set(n, a.get(n).doc(), a.get(n).title(), a.get(n).body());
        }
        List<SearchIndex.File> files = index.files();
        assertEquals(files.size(), index.write(tmp));
        for (SearchIndex.File f : files) {
            assertArrayEquals(f.bytes(), Files.readAllBytes(tmp.resolve(f.path())), f.path());
        }
        try (var all = Files.walk(tmp.resolve("search"))) {
            assertEquals(files.size(), all.filter(Files::isRegularFile).count());
        }
        assertTrue(files.stream().anyMatch(f -> f.path().equals("search/d/2.json")), "130 documents make three chunks");
    }

    @Provide
    Arbitrary<List<Input>> archives() {
        Arbitrary<String> ascii = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(12);
        Arbitrary<String> words = Arbitraries.of("The", "DONBAS", "is", "88%", "a", "of", "Kyiv's", "per cent", "$5bn",
                "“quoted”", "—", "\u00a0", "km²", "½", "Zélensky", "Straße", "ΟΔΟΣ", "İstanbul", "x\u0301", "٣", "€",
                "\u200b", "\t", "\n", "ﬁ", "🙂", "and", "budget", "budgets", "bud", "\"", "\\", "\u0001",
                "\ud835\udc00\ud835\udc01", "\ud801\udc00bc", "аб", "中文字", "ä");
        Arbitrary<String> text = Arbitraries.oneOf(ascii, words).list().ofMaxSize(10).map(l -> String.join(" ", l));
        Arbitrary<Input> input = net.jqwik.api.Combinators.combine(text, text, text, Arbitraries.integers().between(0, 1_000_000))
                .as((title, body, meta, k) -> new Input(new SearchIndex.Doc(k % 2 == 0 ? "claim" : "article", title,
                        "claims/" + k + ".html", meta, k % 2 == 0 ? "corroborated" : ""), title, body, "k" + k + ":" + title + "|" + body));
        return input.list().ofMaxSize(130).uniqueElements(Input::key);
    }

    @Test
    void searchTermsFoldCaseAndAccentsAndDropStopWords() {
        assertEquals(Set.of("zelensky", "said", "donbas", "88"), SearchTerms.terms("The Zélensky said: the DONBAS is 88% a"));
        assertEquals("646f6e", SearchIndex.shard("donbas"));
        assertEquals("646f", SearchIndex.shard("do"));
        assertEquals("c3a9746f", SearchIndex.shard("étoile"));
    }

    @Test
    void searchIndexShardsHoldGapEncodedPostingsWithTitleMarks() throws Exception {
        SearchIndex index = new SearchIndex(3);
        index.set(0, new SearchIndex.Doc("claim", "Donbas share", "claims/a.html", "m", "corroborated"), "Donbas share", "text");
        index.set(1, new SearchIndex.Doc("article", "B", "articles/b.html", "m", ""), "B", "nothing here");
        index.set(2, new SearchIndex.Doc("article", "C", "articles/c.html", "m", ""), "C", "the donbas again");
        index.write(tmp);
        String shard = Files.readString(tmp.resolve("search/t/646f6e.json"));
        assertEquals("{\"chunk\":50,\"terms\":{\"donbas\":\"0*,2\"}}", shard);
        assertTrue(Files.readString(tmp.resolve("search/d/0.json")).startsWith("[[\"claim\",\"Donbas share\",\"claims/a.html\""));
    }
}
