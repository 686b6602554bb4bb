package org.factcheck.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Writes a synthetic factcheck root of any size for benchmarks: captures built from the seed
 * articles' paragraphs plus sentences with known figures, one article file per capture, and
 * claims that cite two or three articles each (agreeing, conflicting or from one outlet).
 *
 * <p>Usage: {@code GenerateCorpus OUT ARTICLES CLAIMS [SEEDS_DIR]}; deterministic for given sizes.
 */
public final class GenerateCorpus {

    private static final String[] OUTLETS = new String[60];
    private static final String[] TOPICS = {"Territory", "Security guarantees", "Reconstruction", "Military",
            "Diplomacy", "Energy", "Sanctions", "Aid", "Peace plan", "Refugees"};
    /** Fact sentences: a figure template and the words around it; %s is the figure. */
    private static final String[][] FACTS = {
            {"The reconstruction package is worth %s, officials said.", "$%d billion"},
            {"Russia controls %s of the region.", "%d per cent"},
            {"The guarantees would run for a %s term.", "%d-year"},
            {"A ceasefire lasting at least %s is required first.", "%d days"},
            {"The plan caps the army at %s.", "%,d personnel"},
            {"Drones launched last year numbered %s.", "%,d drones"},
            {"The talks lasted %s in all.", "%d hours"},
            {"Aid pledged so far stands at roughly %s.", "€%d billion"},
    };

    static {
        for (int i = 0; i < OUTLETS.length; i++) {
            OUTLETS[i] = "Outlet " + (char) ('A' + i % 26) + (i / 26 == 0 ? "" : Integer.toString(i / 26));
        }
    }

    private GenerateCorpus() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: GenerateCorpus OUT ARTICLES CLAIMS [SEEDS_DIR]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int articles = Integer.parseInt(args[1]);
        int claims = Integer.parseInt(args[2]);
        Path seeds = Path.of(args.length > 3 ? args[3] : "seeds");
        generate(out, articles, claims, seeds);
        System.out.println("wrote " + articles + " articles and " + claims + " claims to " + out);
    }

    /** Writes the root; returns nothing, as everything is on disk. */
    public static void generate(Path out, int articles, int claims, Path seeds) throws IOException {
        List<String> paragraphs = new ArrayList<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path f : files.sorted().toList()) {
                for (String p : Files.readString(f, StandardCharsets.UTF_8).split("\n")) {
                    if (p.strip().length() > 60) {
                        paragraphs.add(p.strip());
                    }
                }
            }
        }
        Files.createDirectories(out.resolve("seeds/gen"));
        Files.createDirectories(out.resolve("content/articles"));
        Files.createDirectories(out.resolve("content/claims"));
        Random random = new Random(42);
        LocalDate start = LocalDate.of(2024, 1, 1);
        // value[i][f]: the figure article i prints for fact f; most agree, some are off.
        int[][] values = new int[articles][FACTS.length];
        for (int i = 0; i < articles; i++) {
            StringBuilder text = new StringBuilder();
            String title = "Report " + i + ": " + paragraphs.get(random.nextInt(paragraphs.size())).split("[.?!]")[0];
            if (title.length() > 120) {
                title = title.substring(0, 120);
            }
            text.append(title).append("\n\n");
            for (int p = 0; p < 12; p++) {
                text.append(paragraphs.get(random.nextInt(paragraphs.size()))).append("\n\n");
                if (p % 2 == 1) {
                    int f = (p / 2 + i) % FACTS.length;
                    int base = baseValue(f);
                    int v = random.nextInt(10) == 0 ? base * 2 : base;
                    values[i][f] = v;
                    text.append(String.format(FACTS[f][0], String.format(FACTS[f][1], v))).append("\n\n");
                }
            }
            String id = String.format("a%06d", i);
            Files.writeString(out.resolve("seeds/gen/" + id + ".txt"), text, StandardCharsets.UTF_8);
            Files.writeString(out.resolve("content/articles/" + id + ".yaml"),
                    "title: \"" + title.replace("\\", "").replace("\"", "'") + "\"\n"
                            + "outlet: " + OUTLETS[i % OUTLETS.length] + "\n"
                            + "published: " + start.plusDays(i % 700) + "\n"
                            + "url: https://example.org/" + id + "\n"
                            + "file: seeds/gen/" + id + ".txt\n", StandardCharsets.UTF_8);
        }
        for (int c = 0; c < claims; c++) {
            int f = c % FACTS.length;
            StringBuilder yaml = new StringBuilder();
            yaml.append("title: Claim ").append(c).append(" on fact ").append(f).append('\n');
            yaml.append("topic: ").append(TOPICS[c % TOPICS.length]).append('\n');
            yaml.append("claim: Generated claim number ").append(c).append(".\n");
            yaml.append("sources:\n");
            int cited = 2 + c % 2;
            for (int k = 0; k < cited; k++) {
                int a = article(random, articles, values, f);
                yaml.append("  - article: ").append(String.format("a%06d", a)).append('\n');
                yaml.append("    quote: \"").append(String.format(FACTS[f][1], values[a][f])).append("\"\n");
            }
            Files.writeString(out.resolve(String.format("content/claims/c%06d.yaml", c)), yaml, StandardCharsets.UTF_8);
        }
    }

    private static int baseValue(int fact) {
        return new int[] {800, 20, 15, 60, 600_000, 55_000, 3, 50}[fact];
    }

    /** An article that prints fact {@code f}. */
    private static int article(Random random, int articles, int[][] values, int f) {
        while (true) {
            int a = random.nextInt(articles);
            if (values[a][f] != 0) {
                return a;
            }
        }
    }
}
