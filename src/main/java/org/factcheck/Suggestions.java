package org.factcheck;

import org.factcheck.anchor.ArticleText;
import org.factcheck.check.ClaimResult;
import org.factcheck.check.Report;
import org.factcheck.check.SourceResult;
import org.factcheck.figures.Figure;
import org.factcheck.figures.FigureExtractor;
import org.factcheck.figures.Kind;
import org.factcheck.load.Article;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What {@code suggest} proposes: the figures in the articles that no claim covers, grouped where
 * several outlets print comparable ones (same kind and unit, overlapping values), most outlets
 * first. Library code behind {@link Factcheck#suggestions}, so the command line only prints.
 */
public final class Suggestions {

    private Suggestions() {
    }

    /** One uncovered figure with where it is. */
    public record Found(Article article, Figure figure, String sentence, int line, int column) {
    }

    /** Comparable figures from one or more articles. */
    public record Group(String bucket, List<Found> figures, int outlets) {
    }

    /** Kinds worth a claim; dates and ordinals are everywhere and rarely the checked figure. */
    private static final Set<Kind> KINDS = Set.of(Kind.MONEY, Kind.PERCENT, Kind.COUNT, Kind.AREA, Kind.DURATION, Kind.RATIO);
    private static final Map<String, Double> DAYS = Map.of("minute", 1.0 / 1440, "hour", 1.0 / 24, "day", 1.0,
            "week", 7.0, "month", 365.2425 / 12, "year", 365.2425);

    /** Every uncovered figure of every article, grouped, likeliest first. */
    static List<Group> groups(Report report) {
        Map<String, List<int[]>> covered = new HashMap<>();
        for (ClaimResult c : report.claims()) {
            for (SourceResult s : c.sources()) {
                if (s.anchor().found()) {
                    covered.computeIfAbsent(s.source().article(), k -> new ArrayList<>()).add(new int[] {s.anchor().start(), s.anchor().end()});
                }
            }
        }
        List<Found> all = report.articles().parallelStream()
                .flatMap(a -> uncovered(report.root(), a, covered.getOrDefault(a.id(), List.of())).stream())
                .toList();
        return group(all);
    }

    /** Groups figures: bucket by kind and unit, sort each bucket, join overlapping neighbours in one sweep. */
    public static List<Group> group(List<Found> all) {
        Map<String, List<Found>> buckets = new HashMap<>();
        for (Found f : all) {
            buckets.computeIfAbsent(bucket(f.figure()), k -> new ArrayList<>()).add(f);
        }
        List<Group> groups = new ArrayList<>();
        for (Map.Entry<String, List<Found>> e : buckets.entrySet()) {
            List<Found> list = new ArrayList<>(e.getValue());
            list.sort(Comparator.comparingDouble((Found f) -> low(f.figure())).thenComparing(f -> f.article().id()));
            List<Found> current = new ArrayList<>();
            double reach = Double.NEGATIVE_INFINITY;
            for (Found f : list) {
                if (!current.isEmpty() && low(f.figure()) > reach) {
                    groups.add(group(e.getKey(), current));
                    current = new ArrayList<>();
                    reach = Double.NEGATIVE_INFINITY;
                }
                current.add(f);
                reach = Math.max(reach, high(f.figure()));
            }
            if (!current.isEmpty()) {
                groups.add(group(e.getKey(), current));
            }
        }
        // Likeliest first: more outlets, then more figures; then a stable order for identical runs.
        groups.sort(Comparator.comparingInt(Group::outlets).reversed()
                .thenComparing(Comparator.comparingInt((Group g) -> g.figures().size()).reversed())
                .thenComparing(g -> g.figures().get(0).article().id())
                .thenComparingInt(g -> g.figures().get(0).figure().start()));
        return groups;
    }

    private static Group group(String bucket, List<Found> figures) {
        Set<String> outlets = new LinkedHashSet<>();
        figures.forEach(f -> outlets.add(f.article().outlet().strip().toLowerCase(Locale.ROOT)));
        return new Group(bucket, List.copyOf(figures), outlets.size());
    }

    /** The bucket of comparable figures: kind and unit, durations in days, counted nouns singular. */
    public static String bucket(Figure f) {
        String unit = f.unit() == null ? "" : f.unit().toLowerCase(Locale.ROOT);
        if (f.kind() == Kind.DURATION) {
            unit = "days";
        } else if (f.kind() == Kind.COUNT && unit.endsWith("ies") && unit.length() > 4) {
            unit = unit.substring(0, unit.length() - 3) + "y";
        } else if (f.kind() == Kind.COUNT && unit.endsWith("s") && unit.length() > 3 && !unit.endsWith("ss")) {
            unit = unit.substring(0, unit.length() - 1);
        }
        return f.kind().id() + (unit.isEmpty() ? "" : " " + unit);
    }

    private static double scale(Figure f) {
        return f.kind() == Kind.DURATION ? DAYS.getOrDefault(f.unit(), 1.0) : 1.0;
    }

    /**
     * The low end for grouping: exact figures widened by 1 % (the default tolerance), so "$66.5bn"
     * meets "$66.47 billion"; open-ended ones ("more than four months") taken as their value ±10 %,
     * since an unbounded interval would join everything above it into one group.
     */
    private static double low(Figure f) {
        return f.low() == null || f.high() == null ? f.value() * scale(f) * 0.9
                : f.isExact() ? f.value() * scale(f) * 0.99 : f.low() * scale(f);
    }

    private static double high(Figure f) {
        return f.low() == null || f.high() == null ? f.value() * scale(f) * 1.1
                : f.isExact() ? f.value() * scale(f) * 1.01 : f.high() * scale(f);
    }

    private static List<Found> uncovered(Path root, Article article, List<int[]> covered) {
        ArticleText text;
        try {
            text = ArticleText.read(root, article);
        } catch (ArticleText.TextException e) {
            return List.of(); // already reported by check
        }
        String body = text.text();
        List<Found> out = new ArrayList<>();
        int line = 1;
        int col = 1;
        int pos = 0;
        String capture = text.capture();
        for (Figure f : FigureExtractor.extract(body, article.published())) {
            if (!KINDS.contains(f.kind()) || f.kind() == Kind.COUNT && f.unit() == null) {
                continue; // a bare number says too little to group on
            }
            int start = text.start() + f.start();
            int end = text.start() + f.end();
            if (covered.stream().anyMatch(c -> c[0] < end && start < c[1])) {
                continue;
            }
            for (; pos < start; pos++) {
                if (capture.charAt(pos) == '\n') {
                    line++;
                    col = 1;
                } else {
                    col++;
                }
            }
            out.add(new Found(article, f, sentence(capture, text.start(), text.end(), start, end), line, col));
        }
        return out;
    }

    /** The sentence around a figure, verbatim from the capture (so it anchors as a quote), at most about 240 characters. */
    public static String sentence(String capture, int from, int to, int start, int end) {
        int s = start;
        while (s > from && start - s < 160) {
            char c = capture.charAt(s - 1);
            if (c == '\n' || c == ' ' && s - 2 >= from && (".!?".indexOf(capture.charAt(s - 2)) >= 0
                    || "\"”’'".indexOf(capture.charAt(s - 2)) >= 0 && s - 3 >= from && ".!?".indexOf(capture.charAt(s - 3)) >= 0)) {
                break;
            }
            s--;
        }
        int e = end;
        while (e < to && e - end < 160) {
            char c = capture.charAt(e);
            if (c == '\n') {
                break;
            }
            e++;
            if (".!?".indexOf(c) >= 0 && (e >= to || Character.isWhitespace(capture.charAt(e)))) {
                break;
            }
        }
        // Cut at word boundaries when the sentence was too long to take whole.
        while (s < start && s > from && !Character.isWhitespace(capture.charAt(s - 1))) {
            s++;
        }
        while (e > end && e < to && !Character.isWhitespace(capture.charAt(e)) && ".!?".indexOf(capture.charAt(e - 1)) < 0) {
            e--;
        }
        return capture.substring(s, e).strip();
    }
}
