package org.factcheck.files;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The one place for the sizes the tool accepts, so hostile or careless content fails fast with a
 * located error instead of exhausting memory or time. Each limit has a default and can be raised
 * with a system property {@code -Dfactcheck.limit.NAME=N} (for the jar:
 * {@code JAVA_TOOL_OPTIONS="-Dfactcheck.limit.capture-bytes=200000000" java -jar factcheck.jar build}).
 *
 * @param captureBytes largest capture file (seeds/…) in bytes
 * @param contentFileBytes largest content file (YAML, Markdown page, template asset) in bytes
 * @param quoteChars longest quote (and from/to marker) in characters
 * @param sourcesPerClaim most sources one claim may cite (sources are compared pairwise)
 * @param yamlDepth deepest nesting of mappings and lists in a YAML file
 * @param requestBytes longest request target (path and query) {@code serve} answers
 * @param serveThreads threads {@code serve} answers requests with
 * @param markdownBlockDepth deepest nesting of block quotes and lists in a note or page (the Markdown
 *                           renderer recurses once per level; it overflows its stack near 900 list levels)
 * @param markdownInlineDepth most link brackets and emphasis markers open at once in a note or page
 *                            (the renderer overflows its stack near 2,400 nested emphasis markers)
 * @param templateSeconds longest time one page may take to render through the templates
 * @param requestHeadSeconds longest time {@code serve} waits for a connection's request line and headers
 */
public record Limits(long captureBytes, long contentFileBytes, long quoteChars, long sourcesPerClaim, long yamlDepth,
                     long requestBytes, long serveThreads, long markdownBlockDepth, long markdownInlineDepth,
                     long templateSeconds, long requestHeadSeconds) {

    /** The defaults: generous for real desks (the largest capture in this repository is well under 1 MB). */
    public static final Limits DEFAULTS = new Limits(64L << 20, 2L << 20, 20_000, 200, 20, 8_192, 8, 64, 128, 10, 5);

    /** System property prefix; the name after it is the one {@link #names()} lists. */
    public static final String PROPERTY = "factcheck.limit.";

    public Limits {
        for (long v : new long[] {captureBytes, contentFileBytes, quoteChars, sourcesPerClaim, yamlDepth, requestBytes, serveThreads,
                markdownBlockDepth, markdownInlineDepth, templateSeconds, requestHeadSeconds}) {
            if (v < 1) {
                throw new IllegalArgumentException("every limit must be at least 1");
            }
        }
    }

    /** The first seven limits as given, the Markdown, template and request-head limits at their defaults. */
    public Limits(long captureBytes, long contentFileBytes, long quoteChars, long sourcesPerClaim, long yamlDepth,
                  long requestBytes, long serveThreads) {
        this(captureBytes, contentFileBytes, quoteChars, sourcesPerClaim, yamlDepth, requestBytes, serveThreads, 64, 128, 10, 5);
    }

    /** These limits with the template time per page set to {@code seconds}. */
    public Limits withTemplateSeconds(long seconds) {
        return new Limits(captureBytes, contentFileBytes, quoteChars, sourcesPerClaim, yamlDepth, requestBytes, serveThreads,
                markdownBlockDepth, markdownInlineDepth, seconds, requestHeadSeconds);
    }

    /** These limits with the request-head time of {@code serve} set to {@code seconds}. */
    public Limits withRequestHeadSeconds(long seconds) {
        return new Limits(captureBytes, contentFileBytes, quoteChars, sourcesPerClaim, yamlDepth, requestBytes, serveThreads,
                markdownBlockDepth, markdownInlineDepth, templateSeconds, seconds);
    }

    /** Each limit's property name with its accessor, in the order the README lists them. */
    public static Map<String, ToLongFunction<Limits>> names() {
        Map<String, ToLongFunction<Limits>> m = new LinkedHashMap<>();
        m.put("capture-bytes", Limits::captureBytes);
        m.put("content-file-bytes", Limits::contentFileBytes);
        m.put("quote-chars", Limits::quoteChars);
        m.put("sources-per-claim", Limits::sourcesPerClaim);
        m.put("yaml-depth", Limits::yamlDepth);
        m.put("request-bytes", Limits::requestBytes);
        m.put("serve-threads", Limits::serveThreads);
        m.put("markdown-block-depth", Limits::markdownBlockDepth);
        m.put("markdown-inline-depth", Limits::markdownInlineDepth);
        m.put("template-seconds", Limits::templateSeconds);
        m.put("request-head-seconds", Limits::requestHeadSeconds);
        return m;
    }

    /**
     * The defaults, each overridden by its system property when set.
     *
     * @throws IllegalArgumentException when a property is not a positive whole number (message names it)
     */
    public static Limits current() {
        long[] v = new long[names().size()];
        int i = 0;
        for (var e : names().entrySet()) {
            String key = PROPERTY + e.getKey();
            String s = System.getProperty(key);
            long value = e.getValue().applyAsLong(DEFAULTS);
            if (s != null) {
                try {
                    value = Long.parseLong(s.strip().replace("_", ""));
                } catch (NumberFormatException ex) {
                    value = -1;
                }
                if (value < 1) {
                    throw new IllegalArgumentException("-D" + key + "=" + s + " must be a positive whole number");
                }
            }
            v[i++] = value;
        }
        return new Limits(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10]);
    }

    /** The sentence every limit error ends with: which limit it was and how to raise it. */
    public static String raise(String name, long value) {
        return "limit " + name + " = " + value + "; raise it with -D" + PROPERTY + name
                + "=N (for the jar: JAVA_TOOL_OPTIONS=\"-D" + PROPERTY + name + "=N\")";
    }
}
