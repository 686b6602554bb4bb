package org.factcheck.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.factcheck.Factcheck;
import org.factcheck.check.Report;
import org.factcheck.render.SiteWriter;
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
 * The build's two stages in a warm JVM, on a generated root ({@link GenerateCorpus}) of
 * {@code articles} articles and twice as many claims: {@code check} (load, anchor, read figures,
 * decide) and {@code render} (every page, the search index and report.json, on both cores).
 * Against the command line's wall time this shows what a short run loses to JIT warm-up and class
 * loading. Not run by {@code mvn test}. Run it from the project root with:
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test.cp -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/test.cp) org.openjdk.jmh.Main BuildBenchmark \
 *      -f 1 -wi 3 -i 5 -p articles=1000
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BuildBenchmark {

    @Param({"1000"})
    public int articles;

    private Path root;
    private Path out;
    private Report report;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        root = Files.createTempDirectory("factcheck-bench-root");
        out = Files.createTempDirectory("factcheck-bench-out").resolve("site");
        GenerateCorpus.generate(root, articles, 2 * articles, Path.of(System.getProperty("figures.seeds", GenerateCorpus.FIXTURE_SEEDS)));
        report = Factcheck.check(root);
        if (report.hasBlockingErrors()) {
            throw new IllegalStateException("the generated root has content errors: " + report.diagnostics());
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        delete(root);
        delete(out.getParent());
    }

    @Benchmark
    public Report check() {
        return Factcheck.check(root);
    }

    @Benchmark
    public Path render() throws SiteWriter.RenderException {
        SiteWriter.write(report, out, LocalDate.of(2026, 1, 1));
        return out;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
