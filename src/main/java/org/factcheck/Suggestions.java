package org.factcheck;

import org.factcheck.anchor.ArticleText;
import org.factcheck.check.ClaimResult;
import org.factcheck.check.Report;
import org.factcheck.check.SourceResult;
import org.factcheck.figures.Figure;
import org.factcheck.figures.FigureExtractor;
import org.factcheck.figures.Kind;
import org.factcheck.figures.Quantity;
import org.factcheck.load.Article;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@code suggest} proposes: the figures in the articles that no claim covers, grouped where
 * several outlets print comparable ones (the same {@link Quantity} key, overlapping values), most outlets
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

    /**
     * Groups figures: bucket by their {@link Quantity} key (the checker's own test of comparability),
     * sort each bucket, join overlapping neighbours in one sweep.
     */
    public static List<Group> group(List<Found> all) {
        Map<Quantity, List<Placed>> buckets = new HashMap<>();
        for (Found f : all) {
            Quantity.Reading r = Quantity.read(f.figure(), null);
            buckets.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(new Placed(f, low(r), high(r)));
        }
        List<Group> groups = new ArrayList<>();
        for (Map.Entry<Quantity, List<Placed>> e : buckets.entrySet()) {
            String label = e.getKey().label();
            List<Placed> list = new ArrayList<>(e.getValue());
            list.sort(Comparator.comparingDouble(Placed::low).thenComparing(p -> p.found().article().id()));
            List<Found> current = new ArrayList<>();
            double reach = Double.NEGATIVE_INFINITY;
            for (Placed p : list) {
                if (!current.isEmpty() && p.low() > reach) {
                    groups.add(group(label, current));
                    current = new ArrayList<>();
                    reach = Double.NEGATIVE_INFINITY;
                }
                current.add(p.found());
                reach = Math.max(reach, p.high());
            }
            if (!current.isEmpty()) {
                groups.add(group(label, current));
            }
        }
        // Likeliest first: more outlets, then more figures; then a stable order for identical runs.
        groups.sort(Comparator.comparingInt(Group::outlets).reversed()
                .thenComparing(Comparator.comparingInt((Group g) -> g.figures().size()).reversed())
                .thenComparing(g -> g.figures().get(0).article().id())
                .thenComparingInt(g -> g.figures().get(0).figure().start()));
        return groups;
    }

    /** A figure with its place on its key's axis, computed once per figure. */
    private record Placed(Found found, double low, double high) {
    }

    private static Group group(String bucket, List<Found> figures) {
        Set<String> outlets = new LinkedHashSet<>();
        figures.forEach(f -> outlets.add(org.factcheck.load.Outlets.key(f.article().outlet())));
        return new Group(bucket, List.copyOf(figures), outlets.size());
    }

    /** The bucket of comparable figures: the label of their {@link Quantity} key ("count of soldiers"). */
    public static String bucket(Figure f) {
        return Quantity.of(f, null).label();
    }

    /**
     * The low end for grouping, in the key's canonical unit: the reading interval widened by 1 %,
     * so near neighbours are offered together (a suggestion is cheap to reject, a missed one is
     * never seen; the checker still compares without it); open-ended figures ("more than four
     * months") taken as their value ±10 %, since an unbounded interval would join everything above
     * it into one group.
     */
    private static double low(Quantity.Reading r) {
        return Double.isInfinite(r.readLow()) || Double.isInfinite(r.readHigh()) ? r.value() * 0.9
                : r.readLow() - Math.abs(r.readLow()) * 0.01;
    }

    private static double high(Quantity.Reading r) {
        return Double.isInfinite(r.readLow()) || Double.isInfinite(r.readHigh()) ? r.value() * 1.1
                : r.readHigh() + Math.abs(r.readHigh()) * 0.01;
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
