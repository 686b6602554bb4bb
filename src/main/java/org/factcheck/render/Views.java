package org.factcheck.render;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.factcheck.check.ClaimResult;
import org.factcheck.check.Report;
import org.factcheck.check.SourceResult;
import org.factcheck.check.Status;
import org.factcheck.figures.Figure;
import org.factcheck.load.Article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Turns a {@link Report} into the view records the templates print. */
final class Views {

    private static final Parser MARKDOWN = Parser.builder().build();
    /** Notes are desk-written but still content: raw HTML is escaped and unsafe URLs dropped. */
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private Views() {
    }

    static View.StatusView status(Status s) {
        return new View.StatusView(s.id(), s.label(), s.meaning());
    }

    static String slug(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "topic" : slug;
    }

    static View.ClaimSummary summary(ClaimResult r) {
        return new View.ClaimSummary(r.claim().id(), r.claim().title(), r.claim().topic(), slug(r.claim().topic()),
                status(r.status()), r.outlets());
    }

    static View.FigureView figure(Figure f) {
        return f == null ? null : new View.FigureView(f.text(), f.kind().id(), f.normalised(), f.hedge());
    }

    static View.ClaimPage claimPage(ClaimResult r) {
        List<View.SourceView> sources = new ArrayList<>();
        for (int i = 0; i < r.sources().size(); i++) {
            SourceResult s = r.sources().get(i);
            Article a = s.article();
            List<View.FigureView> others = s.figures().stream().filter(f -> f != s.figure()).map(Views::figure).toList();
            sources.add(new View.SourceView(i + 1, s.source().article(), a == null ? s.source().article() : a.title(),
                    a == null ? "" : a.outlet(), a != null && a.isInferred("outlet"),
                    a == null || a.published() == null ? "" : a.published().toString(), a != null && a.isInferred("published"),
                    a == null ? null : a.url(), s.source().quote(), s.anchor().found(), s.anchor().before(),
                    s.anchor().matched(), s.anchor().after(), s.anchor().hint(),
                    ArticleLayout.anchorId(r.claim().id(), i), figure(s.figure()), others,
                    s.source().asOf() == null ? null : s.source().asOf().toString()));
        }
        List<String> comparisons = r.comparisons().stream()
                .map(c -> "Source " + (c.a() + 1) + " and source " + (c.b() + 1) + ": " + c.comparison().reason())
                .toList();
        String note = r.claim().note() == null ? null : HTML.render(MARKDOWN.parse(r.claim().note()));
        return new View.ClaimPage(summary(r), r.claim().claim(), r.reason(), note, r.claim().rating(), sources, comparisons);
    }

    static View.ArticleSummary article(Article a, int citations) {
        return new View.ArticleSummary(a.id(), a.title(), a.outlet(), a.isInferred("outlet"),
                a.published() == null ? "" : a.published().toString(), a.isInferred("published"), a.isInferred("title"),
                citations);
    }

    static View.Overview overview(Report report, Map<String, Integer> citations) {
        List<View.StatusGroup> groups = new ArrayList<>();
        for (Status s : Status.values()) {
            List<View.ClaimSummary> claims = report.claims().stream().filter(r -> r.status() == s).map(Views::summary)
                    .sorted(Comparator.comparing(View.ClaimSummary::topic).thenComparing(View.ClaimSummary::title)).toList();
            groups.add(new View.StatusGroup(status(s), claims.size(), claims));
        }
        List<View.ArticleSummary> articles = report.articles().stream()
                .map(a -> article(a, citations.getOrDefault(a.id(), 0)))
                .sorted(Comparator.comparing(View.ArticleSummary::published).reversed().thenComparing(View.ArticleSummary::id))
                .toList();
        List<View.Unmatched> unmatched = new ArrayList<>();
        for (ClaimResult r : report.claims()) {
            for (int i = 0; i < r.sources().size(); i++) {
                SourceResult s = r.sources().get(i);
                if (!s.anchor().found()) {
                    unmatched.add(new View.Unmatched(summary(r), i + 1, s.source().article(), s.source().quote(), s.anchor().hint()));
                }
            }
        }
        return new View.Overview(groups, topics(report), articles, unmatched, report.claims().size());
    }

    static List<View.TopicPage> topics(Report report) {
        Map<String, List<View.ClaimSummary>> bySlug = new TreeMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (ClaimResult r : report.claims()) {
            View.ClaimSummary s = summary(r);
            names.putIfAbsent(s.topicSlug(), s.topic());
            bySlug.computeIfAbsent(s.topicSlug(), k -> new ArrayList<>()).add(s);
        }
        List<View.TopicPage> topics = new ArrayList<>();
        bySlug.forEach((slug, claims) -> {
            claims.sort(Comparator.comparing(View.ClaimSummary::title));
            topics.add(new View.TopicPage(names.get(slug), slug, List.copyOf(claims)));
        });
        return topics;
    }
}
