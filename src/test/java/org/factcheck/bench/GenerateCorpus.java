package org.factcheck.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.stream.Stream;

/**
 * Writes a synthetic factcheck root of any size for benchmarks: captures of about 600 words built
 * from the seed articles' paragraphs plus sentences with known figures of every kind the engine
 * reads, one article file per capture, and claims that cite two or three articles each (agreeing,
 * conflicting, from one outlet, and a few whose quote is not in the article). With {@code --hugo DIR}
 * it also writes the same articles as a Hugo site with a minimal template set, so both generators
 * can be timed on the same text ({@code bench/compare.sh}).
 *
 * <p>Usage: {@code GenerateCorpus OUT ARTICLES CLAIMS [SEEDS_DIR] [--hugo DIR]}; deterministic for
 * given sizes.
 */
public final class GenerateCorpus {

    /** Seed captures used when no folder is given: a fixture desk's, so no default depends on a desk's own seeds/ (CI passes seeds). */
    public static final String FIXTURE_SEEDS = "src/test/resources/desks/other/seeds";

    private static final String[] OUTLETS = new String[60];
    private static final String[] TOPICS = {"Territory", "Security guarantees", "Reconstruction", "Military",
            "Diplomacy", "Energy", "Sanctions", "Aid", "Peace plan", "Refugees"};
    private static final String[] TIMES = {"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve"};

    /** A fact sentence: {@code sentence} holds %s where the figure goes; most articles print {@code base}, some twice it. */
    private record Fact(String sentence, IntFunction<String> figure, int base) {
    }

    /** One fact per kind of figure (money, percent, duration, count, area, date, ordinal, ratio), some hedged. */
    private static final Fact[] FACTS = {
            new Fact("The reconstruction package is worth %s, officials said.", v -> "$" + v + " billion", 800),
            new Fact("Russia controls %s of the region.", v -> v + " per cent", 20),
            new Fact("The guarantees would run for a %s term.", v -> v + "-year", 15),
            new Fact("A ceasefire lasting at least %s is required first.", v -> v + " days", 60),
            new Fact("The plan caps the army at %s.", v -> String.format("%,d personnel", v), 600_000),
            new Fact("Drones launched last year numbered %s.", v -> String.format("%,d drones", v), 55_000),
            new Fact("The talks lasted %s in all.", v -> v + " hours", 3),
            new Fact("Aid pledged so far stands at %s.", v -> "roughly €" + v + " billion", 50),
            new Fact("Troops have taken %s since the spring.", v -> String.format("%,d square kilometres", v), 1_200),
            new Fact("The envoys first met on %s in Geneva.", v -> v + " March 2025", 12),
            new Fact("Delegates called it the %s round of talks.", v -> v + "th", 7),
            new Fact("Exports of grain rose %s over the period.", v -> TIMES[v] + "-fold", 3),
            new Fact("Officials estimate %s remain near the line.", v -> String.format("about %,d troops", v), 40_000),
    };
    /** Facts each article prints, out of {@link #FACTS}. */
    private static final int FACTS_PER_ARTICLE = 6;
    /** Words per article, about. */
    private static final int WORDS = 600;

    static {
        for (int i = 0; i < OUTLETS.length; i++) {
            OUTLETS[i] = "Outlet " + (char) ('A' + i % 26) + (i / 26 == 0 ? "" : Integer.toString(i / 26));
        }
    }

    private GenerateCorpus() {
    }

    public static void main(String[] args) throws IOException {
        List<String> positional = new ArrayList<>();
        Path hugo = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--hugo") && i + 1 < args.length) {
                hugo = Path.of(args[++i]);
            } else {
                positional.add(args[i]);
            }
        }
        if (positional.size() < 3) {
            System.err.println("usage: GenerateCorpus OUT ARTICLES CLAIMS [SEEDS_DIR] [--hugo DIR]");
            System.exit(2);
        }
        Path out = Path.of(positional.get(0));
        int articles = Integer.parseInt(positional.get(1));
        int claims = Integer.parseInt(positional.get(2));
        Path seeds = Path.of(positional.size() > 3 ? positional.get(3) : FIXTURE_SEEDS);
        generate(out, articles, claims, seeds, hugo);
        System.out.println("wrote " + articles + " articles and " + claims + " claims to " + out
                + (hugo == null ? "" : " and the articles as a Hugo site to " + hugo));
    }

    /** Writes the root; everything is on disk afterwards. */
    public static void generate(Path out, int articles, int claims, Path seeds) throws IOException {
        generate(out, articles, claims, seeds, null);
    }

    /** Writes the root and, when {@code hugo} is not null, the same articles as a Hugo site there. */
    public static void generate(Path out, int articles, int claims, Path seeds, Path hugo) throws IOException {
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
        Files.writeString(out.resolve("content/site.yaml"), """
                title: "Generated archive"
                base_url: https://factcheck.example.org/
                language: en
                desk: benchmark desk
                """, StandardCharsets.UTF_8);
        if (hugo != null) {
            hugoSkeleton(hugo);
        }
        Random random = new Random(42);
        LocalDate start = LocalDate.of(2024, 1, 1);
        // value[i][f]: the figure article i prints for fact f (0: none); most agree, some are off.
        int[][] values = new int[articles][FACTS.length];
        for (int i = 0; i < articles; i++) {
            StringBuilder text = new StringBuilder();
            String title = "Report " + i + ": " + paragraphs.get(random.nextInt(paragraphs.size())).split("[.?!]")[0];
            if (title.length() > 120) {
                title = title.substring(0, 120);
            }
            title = title.replace("\\", "").replace("\"", "'");
            text.append(title).append("\n\n");
            // Seed paragraphs up to about 600 words, a fact sentence after every other one.
            StringBuilder body = new StringBuilder();
            int words = 0;
            int facts = 0;
            for (int p = 0; words < WORDS || facts < FACTS_PER_ARTICLE; p++) {
                if (facts < FACTS_PER_ARTICLE && (p % 2 == 1 || words >= WORDS)) {
                    int f = (i + 2 * facts + (facts == FACTS_PER_ARTICLE - 1 ? 1 : 0)) % FACTS.length;
                    Fact fact = FACTS[f];
                    int v = random.nextInt(10) == 0 ? fact.base() * 2 : fact.base();
                    values[i][f] = v;
                    String sentence = String.format(fact.sentence(), fact.figure().apply(v));
                    body.append(sentence).append("\n\n");
                    words += sentence.split(" ").length;
                    facts++;
                } else {
                    String paragraph = paragraphs.get(random.nextInt(paragraphs.size()));
                    body.append(paragraph).append("\n\n");
                    words += paragraph.split("\\s+").length;
                }
            }
            text.append(body);
            String id = String.format("a%06d", i);
            String outlet = OUTLETS[i % OUTLETS.length];
            LocalDate published = start.plusDays(i % 700);
            Files.writeString(out.resolve("seeds/gen/" + id + ".txt"), text, StandardCharsets.UTF_8);
            Files.writeString(out.resolve("content/articles/" + id + ".yaml"),
                    "title: \"" + title + "\"\n"
                            + "outlet: " + outlet + "\n"
                            + "published: " + published + "\n"
                            + "url: https://example.org/" + id + "\n"
                            + "file: seeds/gen/" + id + ".txt\n", StandardCharsets.UTF_8);
            if (hugo != null) {
                Files.writeString(hugo.resolve("content/articles/" + id + ".md"),
                        "---\ntitle: \"" + title + "\"\ndate: " + published + "\noutlet: \"" + outlet + "\"\n---\n\n"
                                + body, StandardCharsets.UTF_8);
            }
        }
        for (int c = 0; c < claims; c++) {
            int f = c % FACTS.length;
            StringBuilder yaml = new StringBuilder();
            yaml.append("title: Claim ").append(c).append(" on fact ").append(f).append('\n');
            yaml.append("topic: ").append(TOPICS[c % TOPICS.length]).append('\n');
            yaml.append("claim: Generated claim number ").append(c).append(".\n");
            yaml.append("sources:\n");
            int cited = 2 + c % 2;
            int first = article(random, articles, values, f);
            for (int k = 0; k < cited; k++) {
                // Every 20th claim cites one outlet only (single-source).
                int a = k == 0 ? first : c % 20 == 7 ? sameOutlet(first, k, values, f) : article(random, articles, values, f);
                // Every 250th claim quotes a figure its last article does not print (unanchored).
                int printed = values[a][f] + (c % 250 == 125 && k == cited - 1 ? 1 : 0);
                yaml.append("  - article: ").append(String.format("a%06d", a)).append('\n');
                yaml.append("    quote: \"").append(FACTS[f].figure().apply(printed)).append("\"\n");
            }
            Files.writeString(out.resolve(String.format("content/claims/c%06d.yaml", c)), yaml, StandardCharsets.UTF_8);
        }
    }

    /**
     * A minimal Hugo site: the same articles as plain pages, a home page with the newest, and the
     * article list paginated by 100 like factcheck's ({@code articles/index.html}, {@code page/N/}).
     */
    private static void hugoSkeleton(Path hugo) throws IOException {
        Files.createDirectories(hugo.resolve("content/articles"));
        Files.createDirectories(hugo.resolve("layouts/_default"));
        Files.writeString(hugo.resolve("config.toml"), """
                baseURL = "https://factcheck.example.org/"
                languageCode = "en"
                title = "Generated archive"
                paginate = 100
                disableKinds = ["taxonomy", "term"]
                """, StandardCharsets.UTF_8);
        Files.writeString(hugo.resolve("layouts/_default/baseof.html"), """
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="utf-8"><title>{{ .Title }} · {{ .Site.Title }}</title>
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <link rel="canonical" href="{{ .Permalink }}"></head>
                <body><header><a href="{{ "" | relURL }}">{{ .Site.Title }}</a> · <a href="{{ "articles/" | relURL }}">Articles</a></header>
                <main>{{ block "main" . }}{{ end }}</main>
                <footer>Last built {{ now.Format "2006-01-02" }}</footer></body></html>
                """, StandardCharsets.UTF_8);
        Files.writeString(hugo.resolve("layouts/_default/single.html"), """
                {{ define "main" }}<article><h1>{{ .Title }}</h1>
                <p>{{ .Params.outlet }} · <time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time></p>
                {{ .Content }}</article>{{ end }}
                """, StandardCharsets.UTF_8);
        Files.writeString(hugo.resolve("layouts/_default/list.html"), """
                {{ define "main" }}<h1>{{ .Title }}</h1><ol>
                {{ range (.Paginate .Pages.ByDate.Reverse).Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> · {{ .Params.outlet }} · {{ .Date.Format "2006-01-02" }}</li>
                {{ end }}</ol>{{ template "_internal/pagination.html" . }}{{ end }}
                """, StandardCharsets.UTF_8);
        Files.writeString(hugo.resolve("layouts/index.html"), """
                {{ define "main" }}<h1>{{ .Site.Title }}</h1><ol>
                {{ range first 20 (where .Site.RegularPages "Section" "articles").ByDate.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
                {{ end }}</ol>{{ end }}
                """, StandardCharsets.UTF_8);
    }

    /** The k-th other article of {@code first}'s outlet that prints fact {@code f} (articles 60 apart share an outlet), or any. */
    private static int sameOutlet(int first, int k, int[][] values, int f) {
        int found = 0;
        for (int a = first + OUTLETS.length; a < values.length; a += OUTLETS.length) {
            if (values[a][f] != 0 && ++found == k) {
                return a;
            }
        }
        for (int a = first % OUTLETS.length; a < first; a += OUTLETS.length) {
            if (values[a][f] != 0 && ++found == k) {
                return a;
            }
        }
        return first;
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
