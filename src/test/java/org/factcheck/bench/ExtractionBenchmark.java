package org.factcheck.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.factcheck.figures.Figure;
import org.factcheck.figures.FigureExtractor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Extraction throughput over 16 MiB of news text: the seed paragraphs shuffled, interleaved with
 * generated figure-dense sentences (about one figure every 60 characters).
 *
 * <p>One operation reads one 1 MiB (1,048,576-char) chunk, so the score in ops/s is MiB/s on one
 * thread. Not run by {@code mvn test}. Run it from the project root with:
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test.cp -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/test.cp) org.openjdk.jmh.Main ExtractionBenchmark \
 *      -f 1 -wi 3 -w 5s -i 5 -r 5s
 * </pre>
 * The seed articles are read from {@code seeds/} (or the directory in {@code -Dfigures.seeds=...}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ExtractionBenchmark {
    static final int CHUNK = 1 << 20;
    static final int TOTAL = 16 * CHUNK;

    private String[] chunks;
    private int next;

    @Setup
    public void setUp() throws IOException {
        String text = corpus(new Random(42), TOTAL);
        chunks = new String[TOTAL / CHUNK];
        for (int i = 0; i < chunks.length; i++) {
            chunks[i] = text.substring(i * CHUNK, (i + 1) * CHUNK);
        }
        int figures = 0;
        for (String c : chunks) {
            figures += FigureExtractor.extract(c).size();
        }
        System.out.printf("%ncorpus: %,d chars, %,d figures%n", TOTAL, figures);
    }

    @Benchmark
    public List<Figure> extractOneMebibyte() {
        String c = chunks[next];
        next = (next + 1) % chunks.length;
        return FigureExtractor.extract(c);
    }

    /** Seed paragraphs and generated sentences, shuffled, until {@code size} chars. */
    static String corpus(Random rnd, int size) throws IOException {
        List<String> paragraphs = new ArrayList<>();
        Path dir = Path.of(System.getProperty("figures.seeds", GenerateCorpus.FIXTURE_SEEDS));
        if (Files.isDirectory(dir)) {
            try (var files = Files.list(dir)) {
                for (Path p : (Iterable<Path>) files.sorted()::iterator) {
                    for (String para : Files.readString(p, StandardCharsets.UTF_8).split("\n")) {
                        if (!para.isBlank()) {
                            paragraphs.add(para.strip());
                        }
                    }
                }
            }
        }
        StringBuilder sb = new StringBuilder(size + 4096);
        while (sb.length() < size) {
            List<String> block = new ArrayList<>(paragraphs);
            for (int i = 0; i < Math.max(50, paragraphs.size()); i++) {
                block.add(generated(rnd));
            }
            Collections.shuffle(block, rnd);
            for (String p : block) {
                sb.append(p).append('\n');
                if (sb.length() >= size) {
                    break;
                }
            }
        }
        sb.setLength(size);
        return sb.toString();
    }

    private static final String[] NOUNS = {"drones", "troops", "households", "countries", "people", "missiles",
        "civilians", "homes"};
    private static final String[] HEDGES = {"", "about ", "nearly ", "more than ", "up to ", "roughly ",
        "at least ", "around "};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    /** A figure-dense sentence in the style of a wire report. */
    static String generated(Random r) {
        String hedge = HEDGES[r.nextInt(HEDGES.length)];
        String noun = NOUNS[r.nextInt(NOUNS.length)];
        int n = 1 + r.nextInt(99_999);
        return switch (r.nextInt(6)) {
            case 0 -> String.format("Officials said %s%,d %s were affected on %s %d, %d, and %s%d per cent "
                    + "of the region lost power for %d hours.", hedge, n, noun, MONTHS[r.nextInt(12)],
                    1 + r.nextInt(28), 2000 + r.nextInt(26), hedge, r.nextInt(100), 1 + r.nextInt(72));
            case 1 -> String.format("The package is worth $%d.%dbn, or €%d million, after a %d-year "
                    + "negotiation involving %d countries.", 1 + r.nextInt(900), r.nextInt(10), n,
                    1 + r.nextInt(20), 2 + r.nextInt(50));
            case 2 -> String.format("Russia controls %s%,d square miles, about %d%% of the territory, "
                    + "a %s-fold increase since %d.", hedge, n, r.nextInt(100),
                    new String[] {"two", "three", "five"}[r.nextInt(3)], 1990 + r.nextInt(35));
            case 3 -> String.format("In %s %d, a %d-point plan set a %d-day deadline for %s%,d %s.",
                    MONTHS[r.nextInt(12)], 2000 + r.nextInt(26), 2 + r.nextInt(30), 10 + r.nextInt(90), hedge,
                    n, noun);
            case 4 -> String.format("The Article %d talks at the G20, with F-%d jets and 24/7 cover, drew "
                    + "twenty-%s delegates and %s %s.", 1 + r.nextInt(9), 10 + r.nextInt(30),
                    new String[] {"one", "five", "eight"}[r.nextInt(3)],
                    new String[] {"two hundred", "three thousand", "1.5 million"}[r.nextInt(3)], noun);
            default -> String.format("Prices rose %d.%dpc in the 1990s and £%d.%dtn was spent over %d "
                    + "months, the %dth such rise.", r.nextInt(20), r.nextInt(10), 1 + r.nextInt(5),
                    r.nextInt(10), 2 + r.nextInt(30), 4 + r.nextInt(40));
        };
    }
}
