package org.factcheck.bench;

import org.factcheck.Factcheck;
import org.factcheck.anchor.Anchor;
import org.factcheck.anchor.Anchorer;
import org.factcheck.anchor.ArticleText;
import org.factcheck.cli.Main;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A timed script (not a unit test; it asserts nothing) for the linear-time promise: builds a
 * root with one capture of N MB and a root with N captures of 1 MB and prints both times; then
 * times {@code figures} on a 4 MB file and the closest-text search for a 2 MB quote not in its
 * article. Captures are the repository's seed articles repeated, with a figure in every sentence
 * group and one cited quote per capture.
 *
 * <p>Usage: {@code CaptureScaling WORK_DIR [MB] [SEEDS_DIR]} (defaults 10 and seeds); see README.
 */
public final class CaptureScaling {

    private CaptureScaling() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "target/scaling");
        int mb = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path seeds = Path.of(args.length > 2 ? args[2] : GenerateCorpus.FIXTURE_SEEDS);
        String prose = prose(seeds);
        deleteTree(work);
        Files.createDirectories(work);

        // Warm the JIT once on a small root so neither measured build pays for it.
        time("warm-up: one 1 MB capture", root(work.resolve("warm"), 1, 1, prose));
        double one = time("one " + mb + " MB capture", root(work.resolve("one"), 1, mb, prose));
        double many = time(mb + " captures of 1 MB", root(work.resolve("many"), mb, 1, prose));
        System.out.printf("ratio one/many: %.2f (target: at most 2)%n", one / many);

        Path four = work.resolve("four.txt");
        Files.writeString(four, capture(4, prose, 0), StandardCharsets.UTF_8);
        PrintStream stdout = System.out;
        long t0 = System.nanoTime();
        int exit;
        try (PrintStream sink = new PrintStream(Files.newOutputStream(work.resolve("figures.out")), false, StandardCharsets.UTF_8)) {
            System.setOut(sink);
            exit = Main.execute("figures", four.toString());
        } finally {
            System.setOut(stdout);
        }
        System.out.printf("figures on a 4 MB file: %.2f s (exit %d, %d lines)%n", (System.nanoTime() - t0) / 1e9, exit,
                Files.readAllLines(work.resolve("figures.out")).size());

        String article = capture(1, prose, 0);
        StringBuilder q = new StringBuilder();
        while (q.length() < 2 << 20) {
            q.append("a quote the article never printed, with 12 figures and 3 more words ");
        }
        long t1 = System.nanoTime();
        Anchor a = new Anchorer(new ArticleText(article, 0, article.length())).find("bench", 0, q.toString());
        System.out.printf("closest text for a 2 MB quote in a 1 MB article: %.2f s (found: %s)%n", (System.nanoTime() - t1) / 1e9, a.found());
    }

    private static double time(String what, Path root) throws Exception {
        long t = System.nanoTime();
        var report = Factcheck.build(root, root.resolve("site"), java.time.LocalDate.of(2026, 1, 1));
        double s = (System.nanoTime() - t) / 1e9;
        System.out.printf("%s: %.2f s (%d claims, blocking errors: %s)%n", what, s, report.claims().size(), report.hasBlockingErrors());
        return s;
    }

    /** A root with {@code count} captures of {@code mb} MB each, an article per capture and a claim citing each. */
    private static Path root(Path root, int count, int mb, String prose) throws IOException {
        Files.createDirectories(root.resolve("seeds"));
        Files.createDirectories(root.resolve("content/articles"));
        Files.createDirectories(root.resolve("content/claims"));
        for (int i = 0; i < count; i++) {
            Files.writeString(root.resolve("seeds/c" + i + ".txt"), capture(mb, prose, i), StandardCharsets.UTF_8);
            Files.writeString(root.resolve("content/articles/a" + i + ".yaml"), "title: Article " + i + "\noutlet: Outlet " + (i % 3)
                    + "\npublished: 2025-08-17\nfile: seeds/c" + i + ".txt\n", StandardCharsets.UTF_8);
            Files.writeString(root.resolve("content/claims/k" + i + ".yaml"), "title: Claim " + i + "\ntopic: Bench\nclaim: x\nsources:\n"
                    + "  - article: a" + i + "\n    quote: \"marker sentence number " + i + " says 4,200 drones\"\n", StandardCharsets.UTF_8);
        }
        return root;
    }

    private static String capture(int mb, String prose, int n) {
        StringBuilder sb = new StringBuilder(mb << 20);
        sb.append("Article ").append(n).append("\n\nThe marker sentence number ").append(n).append(" says 4,200 drones were launched.\n");
        int i = 0;
        while (sb.length() < mb << 20) {
            sb.append(prose).append("\nIn round ").append(i++).append(" officials counted ").append(1000 + i % 9000)
                    .append(" troops and $").append(i % 97 + 1).append(" billion in aid, about ").append(i % 60).append("% more.\n");
        }
        return sb.toString();
    }

    private static String prose(Path seeds) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path p : files.sorted().toList()) {
                sb.append(Files.readString(p, StandardCharsets.UTF_8)).append('\n');
            }
        }
        return sb.toString();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
