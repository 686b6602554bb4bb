package org.factcheck.site;

/**
 * The one place that knows where every page of the site lives. Java asks it for paths and puts
 * them in the view records; templates print those ({@code ${rel}${c.path}}) and never spell a
 * path out, so moving a page means changing one method here.
 */
public final class SitePaths {

    public static final String HOME = "index.html";
    /** The file a static host serves for a folder's address. */
    public static final String DIRECTORY_INDEX = "index.html";
    public static final String REPORT = "report.html";
    public static final String REPORT_JSON = "report.json";
    public static final String CORRECTIONS = "corrections.html";
    public static final String TOPICS = "topics/index.html";
    public static final String OUTLETS = "outlets/index.html";
    public static final String FEED = "feed.xml";
    public static final String SITEMAP = "sitemap.xml";
    public static final String ROBOTS = "robots.txt";
    public static final String NOT_FOUND = "404.html";
    public static final String METHODOLOGY = "pages/methodology.html";
    /** Stands for the chunk's number in {@link #reportRowsPattern()}. */
    public static final String NUMBER = "{n}";
    /** Stands for the claim's id in {@link #claimPattern()}. */
    public static final String ID = "{id}";

    private SitePaths() {
    }

    public static String claim(String id) {
        return "claims/" + id + ".html";
    }

    /** A claim's share card, the image its page names in {@code og:image}. */
    public static String card(String id) {
        return "cards/" + id + ".png";
    }

    public static String article(String id) {
        return "articles/" + id + ".html";
    }

    public static String topic(String slug) {
        return "topics/" + slug + ".html";
    }

    public static String outlet(String slug) {
        return "outlets/" + slug + ".html";
    }

    /** A Markdown page of content/pages/. */
    public static String textPage(String name) {
        return "pages/" + name + ".html";
    }

    /** Page {@code n} (from 1) of the list of all articles. */
    public static String articles(int n) {
        return n == 1 ? "articles/index.html" : "articles/page-" + n + ".html";
    }

    /**
     * Whether the page of the article with this id would be a page of the list of all articles
     * ({@link #articles(int)}), letter case ignored as case-insensitive disks ignore it.
     */
    public static boolean overArticleList(String articleId) {
        String id = articleId.toLowerCase(java.util.Locale.ROOT);
        return id.equals("index") || id.matches("page-\\d+");
    }

    /** The folder the pages of one topic's whole claim list go in. */
    public static String topicList(String slug) {
        return "topics/" + slug + "/";
    }

    /** The folder the pages of one of an outlet's whole lists ({@code agreed}, {@code claims-corroborated}, …) go in. */
    public static String outletList(String slug, String list) {
        return "outlets/" + slug + "/" + list + "/";
    }

    /** The folder the pages of one of the report's whole lists (a status id, {@code unmatched}, {@code erred}) go in. */
    public static String reportList(String list) {
        return "report/" + list + "/";
    }

    /** Page {@code n} (from 1) of a long list whose folder is {@code base}. */
    public static String listPage(String base, int n) {
        return base + n + ".html";
    }

    /** Chunk {@code n} (from 0) of the report's rows, which the report page's filters load. */
    public static String reportRows(int n) {
        return reportRowsPattern().replace(NUMBER, Integer.toString(n));
    }

    /** {@link #reportRows(int)} with {@link #NUMBER} for the number: the report page's script fills it in. */
    public static String reportRowsPattern() {
        return "report/rows/" + NUMBER + ".json";
    }

    /** {@link #claim(String)} with {@link #ID} for the id: the report page's script fills it in. */
    public static String claimPattern() {
        return claim(ID);
    }

    /** The prefix that leads from page {@code path} back to the site's root ("", "../", …). */
    public static String rel(String path) {
        return "../".repeat((int) path.chars().filter(c -> c == '/').count());
    }
}
