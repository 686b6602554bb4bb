package org.factcheck.render;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzz target for the Markdown path (notes and pages): whatever the text, the HTML holds no
 * element but the ones CommonMark writes, no event handler attribute and no link or image to a
 * scheme other than http, https, mailto or a relative address.
 */
public class MarkdownFuzzTest {

    private static final java.util.Set<String> TAGS = java.util.Set.of("#root", "html", "head", "body", "p", "a", "img", "em", "strong",
            "code", "pre", "ul", "ol", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "br", "table", "thead",
            "tbody", "tr", "th", "td");

    /** Entry point for the standalone Jazzer driver (long runs by hand; see README). */
    public static void fuzzerTestOneInput(byte[] input) {
        run(input);
    }

    @FuzzTest(maxDuration = "10s")
    void markdown(byte[] input) {
        run(input);
    }

    private static void run(byte[] input) {
        String text = new String(input, java.nio.charset.StandardCharsets.UTF_8);
        String html = Views.markdown(text);
        for (Element e : Jsoup.parse(html).getAllElements()) {
            assertTrue(TAGS.contains(e.tagName()), () -> "unexpected element <" + e.tagName() + "> from " + text);
            e.attributes().forEach(a -> {
                assertFalse(a.getKey().toLowerCase(Locale.ROOT).startsWith("on"), () -> "event handler from " + text);
                if (a.getKey().equals("href") || a.getKey().equals("src")) {
                    assertTrue(Views.safeUrl(a.getValue()), () -> "unsafe URL '" + a.getValue() + "' from " + text);
                }
            });
        }
    }
}
