package org.factcheck.render;

import java.util.List;

/**
 * The records templates print. Everything a page shows is computed here in Java (segments,
 * context, normalised figures), so templates hold presentation only.
 */
public final class View {

    private View() {
    }

    /** A status as pages show it: id for CSS, label and meaning for readers. */
    public record StatusView(String id, String label, String meaning) {
    }

    /** A figure as printed in the quote and as normalised. */
    public record FigureView(String text, String kind, String normalised, String hedge) {
    }

    /** One source of a claim, side by side with the others on the claim page. */
    public record SourceView(int number, String articleId, String articleTitle, String outlet, boolean outletInferred,
                             String published, boolean publishedInferred, String url, String quote, boolean found,
                             String before, String matched, String after, String hint, String anchor,
                             FigureView figure, List<FigureView> otherFigures, String asOf) {
    }

    /** A claim summarised for lists. */
    public record ClaimSummary(String id, String title, String topic, String topicSlug, StatusView status,
                               List<String> outlets) {
    }

    /** Everything the claim page shows. */
    public record ClaimPage(ClaimSummary summary, String statement, String reason, String noteHtml, String rating,
                            List<SourceView> sources, List<String> comparisons) {
    }

    /** One block of an article's text. {@code kind}: paragraph, heading, item or furniture. */
    public record Block(String kind, List<Segment> segments) {
    }

    /**
     * A run of text; when {@code claimId} is set, a highlighted quote linking to that claim.
     * {@code anchors} are the ids of the quotes that start here (claim pages link to them).
     */
    public record Segment(String text, String claimId, String status, List<String> anchors, String title) {
    }

    /** An article as lists show it. */
    public record ArticleSummary(String id, String title, String outlet, boolean outletInferred, String published,
                                 boolean publishedInferred, boolean titleInferred, int citations) {
    }

    /** Everything the article page shows. */
    public record ArticlePage(ArticleSummary summary, String url, String file, String note, List<Block> blocks,
                              List<ClaimSummary> claims) {
    }

    /** A topic and its claims. */
    public record TopicPage(String name, String slug, List<ClaimSummary> claims) {
    }

    /** Claims of one status, for the home page and report. */
    public record StatusGroup(StatusView status, int count, List<ClaimSummary> claims) {
    }

    /** A quote that no longer matches its article, for the report. */
    public record Unmatched(ClaimSummary claim, int source, String articleId, String quote, String hint) {
    }

    /** The home page and the consistency report. */
    public record Overview(List<StatusGroup> groups, List<TopicPage> topics, List<ArticleSummary> articles,
                           List<Unmatched> unmatched, int claimCount) {
    }
}
