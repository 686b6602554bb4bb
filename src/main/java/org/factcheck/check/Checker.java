package org.factcheck.check;

import org.factcheck.anchor.Anchor;
import org.factcheck.anchor.Anchorer;
import org.factcheck.anchor.ArticleText;
import org.factcheck.anchor.Typography;
import org.factcheck.figures.Comparison;
import org.factcheck.figures.Figure;
import org.factcheck.figures.FigureExtractor;
import org.factcheck.figures.Figures;
import org.factcheck.load.Article;
import org.factcheck.load.Claim;
import org.factcheck.load.Corpus;
import org.factcheck.load.Diagnostic;
import org.factcheck.load.Rule;
import org.factcheck.load.Loader;
import org.factcheck.load.Source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Cross-checks a loaded corpus. Work is grouped by article, so each capture is read and folded
 * once however many claims cite it, and articles are processed in parallel; claims are then
 * decided one by one from their sources' anchors and figures.
 */
public final class Checker {

    private final Corpus corpus;
    private final List<Diagnostic> diagnostics = Collections.synchronizedList(new ArrayList<>());
    /** anchored[c][s]: claim c's source s, filled by the per-article pass (null when its article could not be read). */
    private final Anchored[][] anchored;

    /** A quote's place in its article and the figures read in it. */
    private record Anchored(Anchor anchor, List<Figure> figures) {
    }

    private Checker(Corpus corpus) {
        this.corpus = corpus;
        int n = corpus.claims().size();
        this.anchored = new Anchored[n][];
        for (int c = 0; c < n; c++) {
            anchored[c] = new Anchored[corpus.claims().get(c).sources().size()];
        }
    }

    /** Anchors every quote, reads its figures and decides every claim's status. */
    public static Report check(Corpus corpus) {
        return new Checker(corpus).run();
    }

    private record Citation(int claim, int source) {
    }

    private Report run() {
        diagnostics.addAll(corpus.diagnostics());
        Map<String, List<Citation>> byArticle = new HashMap<>();
        List<Claim> claims = corpus.claims();
        for (int c = 0; c < claims.size(); c++) {
            List<Source> sources = claims.get(c).sources();
            for (int s = 0; s < sources.size(); s++) {
                byArticle.computeIfAbsent(sources.get(s).article(), k -> new ArrayList<>()).add(new Citation(c, s));
            }
        }
        corpus.articles().parallelStream().forEach(a -> anchorArticle(a, byArticle.getOrDefault(a.id(), List.of())));

        List<ClaimResult> results = new ArrayList<>(claims.size());
        for (int c = 0; c < claims.size(); c++) {
            results.add(decide(c));
        }
        Map<Status, Integer> summary = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            summary.put(s, 0);
        }
        for (ClaimResult r : results) {
            summary.merge(r.status(), 1, Integer::sum);
        }
        List<Diagnostic> sorted = new ArrayList<>(diagnostics);
        sorted.sort(Loader.DIAGNOSTIC_ORDER);
        return new Report(corpus.root(), corpus.settings(), corpus.articles(), results, summary, sorted);
    }

    private void anchorArticle(Article article, List<Citation> citations) {
        ArticleText text;
        try {
            text = ArticleText.read(corpus.root(), article);
        } catch (ArticleText.TextException e) {
            diagnostics.add(e.diagnostic());
            return;
        }
        if (citations.isEmpty()) {
            return;
        }
        Anchorer anchorer = new Anchorer(text);
        for (Citation cite : citations) {
            Claim claim = corpus.claims().get(cite.claim());
            Source source = claim.sources().get(cite.source());
            Anchor anchor = anchorer.find(claim.id(), cite.source(), source.quote());
            anchored[cite.claim()][cite.source()] = new Anchored(anchor, anchor.found()
                    ? FigureExtractor.extract(anchor.matched(), article.published())
                    : List.of());
        }
    }

    private ClaimResult decide(int c) {
        Claim claim = corpus.claims().get(c);
        List<SourceResult> sources = new ArrayList<>();
        List<String> unanchored = new ArrayList<>();
        List<String> ambiguous = new ArrayList<>();
        Map<String, String> outlets = new LinkedHashMap<>();
        for (int s = 0; s < claim.sources().size(); s++) {
            Source source = claim.sources().get(s);
            Article article = corpus.articlesById().get(source.article());
            Anchored done = anchored[c][s];
            Anchor anchor = done == null ? null : done.anchor();
            boolean reported = anchor == null;
            if (anchor == null) {
                // The article is unknown, or failed to load or to slice; that error is already reported.
                anchor = new Anchor(claim.id(), s, false, -1, -1, null, null, null,
                        article == null ? "there is no article '" + source.article() + "'" : "the article's text could not be read");
            }
            List<Figure> found = done == null ? List.of() : done.figures();
            String label = "source " + (s + 1) + " (" + source.article() + ")";
            Figure figure = null;
            if (!anchor.found()) {
                unanchored.add(label);
                if (!reported) {
                    diagnostics.add(Diagnostic.finding(Rule.UNANCHORED, source.quoteAt(), "quote not found in article '" + source.article() + "'"
                            + (anchor.hint() != null ? "; " + anchor.hint() : "")));
                }
            } else if (source.figure() != null) {
                figure = pick(source, anchor.matched(), found);
            } else if (found.size() == 1) {
                figure = found.get(0);
            } else if (found.size() > 1) {
                ambiguous.add(label + " holds " + found.size() + " figures ("
                        + found.stream().map(f -> "'" + f.text() + "'").collect(Collectors.joining(", ")) + ")");
                diagnostics.add(Diagnostic.finding(Rule.AMBIGUOUS, source.quoteAt(), "quote holds " + found.size() + " figures ("
                        + found.stream().map(f -> "'" + f.text() + "'").collect(Collectors.joining(", "))
                        + "); add 'figure:' naming the one this claim is about"));
            }
            if (article != null) {
                outlets.putIfAbsent(article.outlet().strip().toLowerCase(Locale.ROOT), article.outlet().strip());
            }
            sources.add(new SourceResult(source, article, anchor, found, figure));
        }

        List<ClaimResult.Compared> compared = new ArrayList<>();
        ClaimResult.Compared conflict = null;
        for (int a = 0; a < sources.size(); a++) {
            for (int b = a + 1; b < sources.size(); b++) {
                Figure fa = sources.get(a).figure();
                Figure fb = sources.get(b).figure();
                if (fa == null || fb == null || !Objects.equals(sources.get(a).source().asOf(), sources.get(b).source().asOf())) {
                    continue;
                }
                Comparison cmp = Figures.compare(fa, fb, claim.tolerance());
                ClaimResult.Compared pair = new ClaimResult.Compared(a, b, cmp);
                compared.add(pair);
                if (conflict == null && cmp.verdict() == Comparison.Verdict.DISAGREE) {
                    conflict = pair;
                }
            }
        }

        List<String> outletNames = List.copyOf(outlets.values());
        Status status;
        String reason;
        if (!unanchored.isEmpty()) {
            status = Status.UNANCHORED;
            reason = plural(unanchored.size(), "quote") + " not found in the article: " + String.join(", ", unanchored);
        } else if (!ambiguous.isEmpty()) {
            status = Status.AMBIGUOUS;
            reason = String.join("; ", ambiguous) + ", and 'figure:' picks none";
        } else if (conflict != null) {
            status = Status.CONFLICTING;
            reason = "source " + (conflict.a() + 1) + " and source " + (conflict.b() + 1) + " disagree: "
                    + conflict.comparison().reason();
            diagnostics.add(Diagnostic.warning(Rule.CONFLICT, claim.sources().get(conflict.b()).quoteAt(), "figures conflict: " + conflict.comparison().reason()));
        } else if (outletNames.size() >= 2) {
            status = Status.CORROBORATED;
            reason = outletNames.size() + " independent outlets (" + String.join(", ", outletNames) + ")" + agreement(compared);
        } else {
            status = Status.SINGLE_SOURCE;
            reason = (sources.size() == 1 ? "one source" : "all " + sources.size() + " sources")
                    + " from one outlet (" + String.join(", ", outletNames) + ")"
                    + (sources.size() > 1 ? "; articles of the same outlet are not independent" : "") + agreement(compared);
        }
        if (claim.expect() != null && !claim.expect().equals(status.id())) {
            diagnostics.add(Diagnostic.finding(Rule.EXPECT, claim.expectAt(), "expected status '" + claim.expect() + "' but the sources say '"
                    + status.id() + "': " + reason));
        }
        return new ClaimResult(claim, status, reason, sources, outletNames, compared);
    }

    private static String agreement(List<ClaimResult.Compared> compared) {
        if (compared.isEmpty()) {
            return "";
        }
        List<String> agree = compared.stream().filter(p -> p.comparison().verdict() == Comparison.Verdict.AGREE)
                .map(p -> p.comparison().reason()).toList();
        return agree.isEmpty() ? "" : "; figures agree: " + String.join("; ", agree);
    }

    /** The figure named by the source's {@code figure:} text, located inside the matched quote. */
    private Figure pick(Source source, String matched, List<Figure> found) {
        Typography.Folded folded = Typography.fold(matched);
        String wanted = Typography.foldQuote(source.figure());
        int at = folded.text().indexOf(wanted);
        if (at < 0) {
            diagnostics.add(Diagnostic.contentError(Rule.FIGURE, source.figureAt(), "'figure' must be part of the quote; '" + source.figure()
                    + "' is not in it"));
            return null;
        }
        int start = folded.originalStart(at);
        int end = folded.originalEnd(at + wanted.length());
        Figure best = null;
        int bestOverlap = 0;
        for (Figure f : found) {
            int overlap = Math.min(end, f.end()) - Math.max(start, f.start());
            if (overlap > bestOverlap) {
                best = f;
                bestOverlap = overlap;
            }
        }
        if (best == null) {
            diagnostics.add(Diagnostic.finding(Rule.FIGURE, source.figureAt(), "no figure is read in '" + source.figure() + "'"
                    + (found.isEmpty() ? "" : "; the quote's figures are "
                    + found.stream().map(f -> "'" + f.text() + "'").collect(Collectors.joining(", ")))));
        }
        return best;
    }

    private static String plural(int n, String word) {
        return n == 1 ? "1 " + word + " is" : n + " " + word + "s are";
    }
}
