package org.factcheck.bench;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.factcheck.Factcheck;
import org.factcheck.anchor.ArticleText;
import org.factcheck.cache.CacheDir;
import org.factcheck.cache.Hashes;
import org.factcheck.check.ClaimResult;
import org.factcheck.check.Report;
import org.factcheck.model.Article;
import org.factcheck.files.Limits;
import org.factcheck.export.ReportJson;
import org.factcheck.search.SearchIndex;
import org.factcheck.search.SearchMemo;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The two site-wide outputs every build rewrites, full or incremental: {@code report.json} (the tree
 * writer it had against the streamed one) and the search index (tokenising every document, taking
 * every document from a memo as an incremental build does, loading and saving the memo, making the
 * files' bytes, writing them). On {@code -Dbench.root=DIR} (for example a 10,000-article root made by
 * {@link GenerateCorpus}) or a generated root of {@code articles} articles. Not run by {@code mvn test}:
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/test.cp) -Dbench.root=/dev/shm/n10k \
 *      org.openjdk.jmh.Main IndexBenchmark -f 1 -wi 3 -i 5
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class IndexBenchmark {

    @Param({"1000"})
    public int articles;

    private Path generated;
    private Path out;
    private Report report;
    private final List<SearchIndex.Doc> docs = new ArrayList<>();
    private final List<String> titles = new ArrayList<>();
    private final List<String> bodies = new ArrayList<>();
    private final List<String> keys = new ArrayList<>();
    private SearchIndex full;
    private CacheDir cache;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        String given = System.getProperty("bench.root");
        Path root;
        if (given != null) {
            root = Path.of(given);
        } else {
            generated = root = Files.createTempDirectory("factcheck-bench-root");
            GenerateCorpus.generate(root, articles, 2 * articles, Path.of(System.getProperty("figures.seeds", GenerateCorpus.FIXTURE_SEEDS)));
        }
        out = Files.createTempDirectory(Path.of(System.getProperty("bench.out", System.getProperty("java.io.tmpdir"))),
                "factcheck-bench-out");
        report = Factcheck.check(root);
        // The documents as the site writer makes them: claims then articles, each by id.
        for (ClaimResult r : report.claims().stream().sorted(Comparator.comparing(r -> r.claim().id())).toList()) {
            docs.add(new SearchIndex.Doc("claim", r.claim().title(), "claims/" + r.claim().id() + ".html",
                    r.status().label() + " · " + r.claim().topic(), r.status().id()));
            titles.add(r.claim().title());
            bodies.add(String.join(" ", r.claim().claim(), r.claim().topic(), String.join(" ", r.outlets()),
                    r.claim().note() == null ? "" : r.claim().note()));
        }
        for (Article a : report.articles().stream().sorted(Comparator.comparing(Article::id)).toList()) {
            docs.add(new SearchIndex.Doc("article", a.title(), "articles/" + a.id() + ".html", a.outlet(), ""));
            titles.add(a.title());
            bodies.add(a.outlet() + " " + ArticleText.read(report.root(), a, Limits.DEFAULTS).text());
        }
        for (int n = 0; n < docs.size(); n++) {
            keys.add(Hashes.of(titles.get(n), bodies.get(n)));
        }
        full = tokenise();
        cache = CacheDir.open(out.resolve("cache"));
        SearchMemo memo = SearchMemo.empty();
        fromMemo(memo).outputs();
        memo.save(cache);
        if (!java.util.Arrays.equals(Files.readAllBytes(reportJsonTree()), Files.readAllBytes(reportJsonStreamed()))) {
            throw new IllegalStateException("report.json differs between the tree and the streamed writer");
        }
        long bytes = full.files().stream().mapToLong(f -> f.bytes().length).sum();
        System.out.printf("%n%d documents; index: %d files, %d bytes; memo file: %d bytes%n", docs.size(),
                full.files().size(), bytes, Files.size(cache.path().resolve("search-terms.bin")));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        if (generated != null) {
            delete(generated);
        }
        delete(out);
    }

    @Benchmark
    public Path reportJsonTree() throws IOException {
        Path file = out.resolve("report-tree.json");
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        mapper.writer(printer).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(file.toFile(), ReportJson.of(report));
        return file;
    }

    @Benchmark
    public Path reportJsonStreamed() throws IOException {
        Path file = out.resolve("report-streamed.json");
        ReportJson.write(report, file);
        return file;
    }

    /** Every document tokenised: a full build with no cache. */
    @Benchmark
    public SearchIndex searchTokenise() {
        return tokenise();
    }

    /** Every document's terms from a loaded memo: an incremental build after an edit, minus the one changed document. */
    @Benchmark
    public SearchIndex searchFromMemo() {
        SearchMemo memo = SearchMemo.load(cache);
        SearchIndex index = fromMemo(memo);
        if (memo.misses() != 0) {
            throw new IllegalStateException(memo.misses() + " misses");
        }
        return index;
    }

    @Benchmark
    public SearchMemo searchMemoLoad() {
        return SearchMemo.load(cache);
    }

    @Benchmark
    public CacheDir searchMemoSave() throws IOException {
        SearchMemo memo = SearchMemo.load(cache);
        fromMemo(memo);
        memo.save(cache);
        return cache;
    }

    /**
     * The search index's share of an incremental build after one claim was edited: load the memo,
     * take every other document's terms from it, make the outputs (only the shards the claim's terms
     * fall in and keys for the rest), save the memo as a delta.
     */
    @Benchmark
    public List<SearchIndex.Output> searchIncremental() throws IOException {
        SearchMemo memo = SearchMemo.load(cache);
        SearchIndex index = new SearchIndex(docs.size(), memo);
        for (int n = 0; n < docs.size(); n++) {
            int i = n;
            index.set(n, docs.get(n), n == 0 ? "edited" : keys.get(n), () -> titles.get(i), () -> i == 0 ? bodies.get(i) + " edited" : bodies.get(i));
        }
        List<SearchIndex.Output> outputs = index.outputs();
        memo.save(cache);
        return outputs;
    }

    /** The bytes of every shard and chunk, from documents already set. */
    @Benchmark
    public List<SearchIndex.File> searchFiles() {
        return full.files();
    }

    /** The bytes of every file, written to a fresh directory. */
    @Benchmark
    public int searchWrite() throws IOException {
        Path dir = Files.createTempDirectory(out, "site");
        return full.write(dir);
    }

    private SearchIndex tokenise() {
        SearchIndex index = new SearchIndex(docs.size());
        for (int n = 0; n < docs.size(); n++) {
            index.set(n, docs.get(n), titles.get(n), bodies.get(n));
        }
        return index;
    }

    private SearchIndex fromMemo(SearchMemo memo) {
        SearchIndex index = new SearchIndex(docs.size(), memo);
        for (int n = 0; n < docs.size(); n++) {
            int i = n;
            index.set(n, docs.get(n), keys.get(n), () -> titles.get(i), () -> bodies.get(i));
        }
        return index;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
