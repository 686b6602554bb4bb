package org.factcheck.bench;

import org.factcheck.cache.CacheDir;
import org.factcheck.check.CheckMemo;
import org.factcheck.check.Checker;
import org.factcheck.check.Report;
import org.factcheck.model.Corpus;
import org.factcheck.files.Limits;
import org.factcheck.load.Loader;

import java.nio.file.Path;

/**
 * Times the stages of a cached check in one process (a timed script, not a test): loading the
 * memo from the cache, loading the root with it, checking, ClaimReview, saving the memo.
 * Usage: {@code CheckStages ROOT CACHE_DIR [--no-cache]}.
 */
public final class CheckStages {

    private CheckStages() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        boolean none = args.length > 2 && args[2].equals("--no-cache");
        CacheDir dir = CacheDir.open(Path.of(args[1]));
        long t0 = System.nanoTime();
        long c0 = cpu();
        CheckMemo memo = none ? null : CheckMemo.load(dir);
        CheckMemo.Run run = none ? null : memo.start(root, Limits.current());
        long t1 = System.nanoTime();
        long c1 = cpu();
        Corpus corpus = none ? Loader.load(root, Limits.current()) : Loader.load(root, Limits.current(), run);
        long t2 = System.nanoTime();
        long c2 = cpu();
        Report report = none ? Checker.check(corpus) : Checker.check(corpus, run);
        long t3 = System.nanoTime();
        long c3 = cpu();
        report = report.withDiagnostics(org.factcheck.check.ClaimReviewRule.problems(report));
        long t4 = System.nanoTime();
        long c4 = cpu();
        if (!none) {
            run.finish();
            System.out.println("reused: " + memo.reused());
            memo.save(dir);
        }
        long t5 = System.nanoTime();
        long c5 = cpu();
        System.out.printf("wall: memo %d ms, load %d ms, check %d ms, claimreview %d ms, save %d ms; %d claims%n", (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000, (t5 - t4) / 1_000_000, report.claims().size());
        System.out.printf("cpu:  memo %d ms, load %d ms, check %d ms, claimreview %d ms, save %d ms; process cpu before: %d ms%n", c1 - c0,
                c2 - c1, c3 - c2, c4 - c3, c5 - c4, c0);
    }

    private static long cpu() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
    }
}
