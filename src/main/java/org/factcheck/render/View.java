package org.factcheck.render;

import org.factcheck.site.SitePaths;
import java.util.List;

/**
 * The records templates print. Everything a page shows is computed here in Java (segments,
 * context, normalised figures, chart geometry, JSON-LD), so templates hold presentation only.
 */
public final class View {

    private View() {
    }

    /**
     * Site-wide values every page prints.
     *
     * @param baseUrl the published address ending in '/', or null (no canonical URLs then)
     * @param buildDate the build date, ISO: pages print it only as "site built on", never as a claim's checked date
     * @param pages the Markdown pages for the navigation, in order
     */
    public record SiteView(String title, String baseUrl, String language, String desk, String buildDate,
                           List<RatingView> ratings, List<Link> pages, boolean hasFeed) {

        /** The site's fixed pages, for the navigation and links to them ({@code ${rel}${site.paths.report}}). */
        public FixedPaths paths() {
            return FixedPaths.SITE;
        }
    }

    /** Where the pages every site has live, relative to the site root (from {@link SitePaths}). */
    public record FixedPaths(String home, String report, String reportJson, String corrections, String topics,
                             String outlets, String articles, String feed, String methodology) {

        static final FixedPaths SITE = new FixedPaths(SitePaths.HOME, SitePaths.REPORT, SitePaths.REPORT_JSON,
                SitePaths.CORRECTIONS, SitePaths.TOPICS, SitePaths.OUTLETS, SitePaths.articles(1), SitePaths.FEED,
                SitePaths.METHODOLOGY);
    }

    /** A named link target inside the site, relative to the site root. */
    public record Link(String label, String path) {
    }

    /**
     * A rating of the desk's scale as badges show it; {@code value} is ClaimReview's ratingValue,
     * {@code statuses} the labels of the statuses it may be published with (empty: any).
     */
    public record RatingView(String label, String colour, String icon, String description, int value, int best,
                             List<String> statuses) {
    }

    /** A status as pages show it: id for CSS, label and meaning for readers. */
    public record StatusView(String id, String label, String meaning) {
    }

    /** A figure as printed in the quote and as normalised. */
    public record FigureView(String text, String kind, String normalised, String hedge) {
    }

    /**
     * One source of a claim, side by side with the others on the claim page.
     *
     * @param quantity the figure's key as the comparison reads it ("count of soldiers"), or null without a figure
     * @param notCounted why the source adds no independent outlet, or null when it does
     * @param errs the desk's reason for marking the source as erring, or null
     * @param reliesOn outlets whose reporting the source or its article says it repeats
     */
    public record SourceView(int number, String articleId, String articleTitle, String outlet, String outletSlug,
                             boolean outletInferred, String published, boolean publishedInferred, String url,
                             String archiveUrl, String archiveDate, String quote, boolean found,
                             String before, String matched, String after, String hint, String anchor,
                             FigureView figure, List<FigureView> otherFigures, String asOf, String quantity,
                             String notCounted, String errs, List<String> reliesOn, String caveat) {

        /** The page of the source's article. */
        public String articlePath() {
            return SitePaths.article(articleId);
        }

        /** The page of the source's outlet. */
        public String outletPath() {
            return SitePaths.outlet(outletSlug);
        }

        /** True when the source counted towards the status (it neither repeats another source nor errs). */
        public boolean counted() {
            return found && notCounted == null && errs == null;
        }
    }

    /**
     * An outlet named in a list, with its page's slug.
     *
     * @param counted false when none of the claim's sources from this outlet counted towards its status
     */
    public record OutletRef(String name, String slug, boolean counted) {

        /** An outlet that counted, or one named where counting does not apply. */
        public OutletRef(String name, String slug) {
            this(name, slug, true);
        }

        /** The outlet's page. */
        public String path() {
            return SitePaths.outlet(slug);
        }
    }

    /** A claim summarised for lists. {@code published} is ISO or empty; {@code erred} the outlets marked as erring. */
    public record ClaimSummary(String id, String title, String topic, String topicSlug, StatusView status,
                               List<String> outlets, List<OutletRef> outletRefs, RatingView rating, String published,
                               List<OutletRef> erred) {

        /** The claim's page. */
        public String path() {
            return SitePaths.claim(id);
        }

        /** The page of the claim's topic. */
        public String topicPath() {
            return SitePaths.topic(topicSlug);
        }
    }

    /** A source the desk marked as erring, for the report's "outlets that erred". */
    public record Erred(ClaimSummary claim, int source, String outlet, String outletSlug, String reason) {

        /** The page of the outlet that erred. */
        public String outletPath() {
            return SitePaths.outlet(outletSlug);
        }
    }

    /** One pairwise comparison of two sources' figures. {@code verdict}: agree, disagree or incomparable. */
    public record ComparisonView(int a, int b, String outletA, String outletB, String verdict, String reason) {
    }

    /** One entry of a corrections log; {@code change} says what status or rating it changed, from → to ("" when none). */
    public record CorrectionView(String date, String text, String change) {
    }

    /**
     * Everything the claim page shows.
     *
     * @param jsonLd the ClaimReview as safe inline JSON (no "&lt;/"), or null when the claim has no rating
     * @param permalink the page's stable absolute address, or null when the site has no base URL
     * @param independent the independent outlets that counted (a group of outlets repeating each other is one)
     * @param checked the claim's own last-checked date, ISO ({@link org.factcheck.model.Claim#lastChecked}), or empty
     * @param reason what the sources say, in plain words ({@link PlainWords#summary})
     * @param conclusion the desk's finding in its own words, or null
     * @param claimant who made the claim, and where and when when known, as one line, or null
     */
    public record ClaimPage(ClaimSummary summary, String statement, String reason, List<String> independent,
                            String noteHtml, RatingView rating,
                            List<SourceView> sources, List<ComparisonView> comparisons, Chart chart,
                            List<CorrectionView> corrections, String published, String permalink, String jsonLd,
                            String checked, String conclusion, String claimant) {
    }

    /**
     * A small bar chart of the figures that can be compared, drawn by the template as inline SVG.
     * Coordinates are in SVG user units; {@code timeline} is true when rows are ordered by as-of date;
     * {@code line} is the distance between two lines of one label; {@code axisY} is where the axis is drawn.
     */
    public record Chart(String caption, int width, int height, int plotLeft, int plotRight, List<ChartRow> rows,
                        List<ChartTick> ticks, boolean timeline, int line, int axisY) {
    }

    /**
     * One source's figure as a bar (interval) or dot (exact value), under its label and value.
     *
     * @param barY the bar's centre line
     * @param openLow true when the interval has no lower bound (drawn to the left edge with an arrow)
     * @param openHigh true when it has no upper bound
     * @param verdictClass what the desk concluded of this figure: errs, disputed, agrees, counted or uncounted
     */
    public record ChartRow(ChartText label, ChartText value, int barY, int x1, int x2, boolean point, boolean openLow,
                           boolean openHigh, String verdictClass) {
    }

    /**
     * A text of the chart broken into lines that fit its width: the first baseline at {@code y}, each
     * further line one {@link Chart#line()} lower; {@code anchor} is SVG's text-anchor. {@code text} is
     * the whole text, unbroken.
     */
    public record ChartText(String text, List<String> lines, int x, int y, String anchor) {
    }

    /** An axis label at x, anchored (SVG text-anchor) so that it stays inside the chart. */
    public record ChartTick(int x, String label, String anchor) {
    }

    /** One block of an article's text. {@code kind}: headline (first only), paragraph, heading, item or furniture. */
    public record Block(String kind, List<Segment> segments) {
    }

    /**
     * A run of text; when {@code claimId} is set, a highlighted quote linking to that claim.
     * {@code anchors} are the ids of the quotes that start here (claim pages link to them).
     * {@code unchecked} is the normalised value of a figure no claim covers, or null.
     */
    public record Segment(String text, String claimId, String status, List<String> anchors, String title,
                          String unchecked) {

        /** The page of the claim the quote links to, or null when the run is no quote. */
        public String claimPath() {
            return claimId == null ? null : SitePaths.claim(claimId);
        }
    }

    /** An article as lists show it. */
    public record ArticleSummary(String id, String title, String outlet, String outletSlug, boolean outletInferred,
                                 String published, boolean publishedInferred, boolean titleInferred, int citations) {

        /** The article's page. */
        public String path() {
            return SitePaths.article(id);
        }

        /** The page of the article's outlet. */
        public String outletPath() {
            return SitePaths.outlet(outletSlug);
        }
    }

    /** Everything the article page shows. {@code uncheckedFigures}: how many figures no claim covers. */
    public record ArticlePage(ArticleSummary summary, String url, String archiveUrl, String archiveDate, String file,
                              String note, List<Block> blocks, List<ClaimSummary> claims, int uncheckedFigures, String caveat,
                              Republication republishes) {
    }

    /**
     * An article that republishes another outlet's story, and that story, for the copy's article page and
     * its outlet's page ("republishes Fenwick Wire, 12 March 2025").
     *
     * @param date the original's publication date in reader words ("12 March 2025"), or null
     * @param how how the copy was recognised, in reader words
     */
    public record Republication(ArticleSummary copy, ArticleSummary original, String date, String how) {
    }

    /** A topic and its claims. */
    public record TopicPage(String name, String slug, List<ClaimSummary> claims) {
    }

    /**
     * A topic or outlet in an index list, with how many claims it has. The entry does not know
     * which it is: a template prints {@code topicPath} in a list of topics, {@code outletPath} in
     * a list of outlets.
     */
    public record Entry(String name, String slug, int count) {

        /** The page of the topic with this slug. */
        public String topicPath() {
            return SitePaths.topic(slug);
        }

        /** The page of the outlet with this slug. */
        public String outletPath() {
            return SitePaths.outlet(slug);
        }
    }

    /** Claims of one status. */
    public record StatusGroup(StatusView status, int count, List<ClaimSummary> claims) {
    }

    /** A quote that no longer matches its article, for the report. */
    public record Unmatched(ClaimSummary claim, int source, String articleId, String quote, String hint) {

        /** The page of the article the quote is not in. */
        public String articlePath() {
            return SitePaths.article(articleId);
        }
    }

    /**
     * The home page: small whatever the archive's size.
     *
     * @param counts claims per status (claims lists left empty)
     */
    public record Home(List<StatusGroup> counts, int claimCount, int articleCount, List<ClaimSummary> newest,
                       List<ClaimSummary> disputed, List<Entry> topics, int topicCount, List<Entry> outlets,
                       int outletCount, List<ArticleSummary> latestArticles, List<CorrectionEntry> corrections) {
    }

    /** The consistency report: every claim by status, with the filter's options. */
    public record ReportPage(List<StatusGroup> groups, List<Unmatched> unmatched, List<Erred> erred, int claimCount,
                             List<Entry> topics, List<Entry> outlets) {

        /**
         * Where the filters' script loads chunk {n} of the rows from: {@link SitePaths#reportRowsPattern()},
         * with {@link SitePaths#NUMBER} for the number.
         */
        public String rowsPattern() {
            return SitePaths.reportRowsPattern();
        }

        /** Where the script links a row's claim: {@link SitePaths#claimPattern()}, with {@link SitePaths#ID} for the id. */
        public String claimPattern() {
            return SitePaths.claimPattern();
        }
    }

    /** One page of the paginated article list. */
    public record ArticleList(List<ArticleSummary> articles, int number, int pages, int total, String previous,
                              String next) {
    }

    /** An index of topics or outlets. */
    public record EntryList(String title, String kind, String intro, List<Entry> entries) {
    }

    /** What one outlet's figure met in one claim: another source's outlet and the verdict. */
    public record Relation(ClaimSummary claim, String other, String otherSlug, String verdict, String reason) {

        /** The page of the other source's outlet. */
        public String otherPath() {
            return SitePaths.outlet(otherSlug);
        }
    }

    /**
     * An outlet, its articles, the claims citing it and what its figures agreed or conflicted with;
     * {@code notIndependent} is the desk's reason when the outlet does not count as independent, or null.
     */
    public record OutletPage(String name, String slug, List<ArticleSummary> articles, List<StatusGroup> groups,
                             List<Relation> agreed, List<Relation> conflicted, List<Relation> incomparable,
                             String notIndependent, List<Republication> republished) {
    }

    /** One correction on the site-wide corrections page and the home page; {@code change} as in {@link CorrectionView}. */
    public record CorrectionEntry(String date, String text, ClaimSummary claim, String change) {
    }

    /** The site-wide corrections log, newest first. */
    public record CorrectionsPage(List<CorrectionEntry> entries) {
    }

    /** A page written in Markdown under content/pages/. */
    public record TextPage(String name, String title, String html) {
    }

    /** The 404 page. */
    public record NotFound(String message) {
    }

    /** One entry of the Atom feed: a claim, updated on its latest correction. */
    public record FeedEntry(String id, String title, String url, String updated, String published, String summary,
                            String status, String rating, List<CorrectionView> corrections) {
    }

    /** The Atom feed of claims, newest first. */
    public record Feed(String id, String title, String url, String selfUrl, String updated, String author,
                       List<FeedEntry> entries) {
    }

    /** The sitemap's URLs, absolute. */
    public record Sitemap(List<String> urls) {
    }

    /**
     * A list cut short on its owner's page: {@code shown} of {@code total} entries are there, the
     * whole list is on {@code pages} pages from {@code path}.
     */
    public record More(int total, int shown, String path, int pages) {
    }

    /**
     * One page of a long list (a topic's claims, an outlet's articles or relations, a status's claims
     * in the report). {@code kind} says what {@code items} are: claims ({@link ClaimSummary}),
     * articles ({@link ArticleSummary}), relations ({@link Relation}), erred ({@link Erred}) or unmatched ({@link Unmatched}).
     */
    public record ListPage(String title, String intro, List<Link> crumbs, String kind, List<?> items, int number,
                           int pages, int total, String previous, String next) {
    }
}
