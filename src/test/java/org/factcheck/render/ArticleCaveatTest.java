package org.factcheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.factcheck.Factcheck;
import org.factcheck.Roots;
import org.factcheck.check.Report;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An article's caveat (a machine translation, say) is shown on its page and beside each of its quotes, escaped; other quotes carry none. */
class ArticleCaveatTest {

    @TempDir
    Path tmp;

    @Test
    void theCaveatIsShownWhereverTheArticlesWordsAreQuoted() throws Exception {
        Path root = Roots.copy("corrections", tmp.resolve("root"));
        Files.writeString(root.resolve("content/articles/gazette.yaml"),
                "caveat: \"Reads like a machine translation <of the original>.\"\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Report report = Factcheck.build(root, tmp.resolve("site"));
        assertFalse(report.hasErrors(), report.diagnostics().toString());
        Document claim = Jsoup.parse(Files.readString(tmp.resolve("site/claims/bridge-opened.html"), StandardCharsets.UTF_8));
        // source 1 quotes the gazette, source 2 the courier
        assertEquals("About this text: Reads like a machine translation <of the original>.",
                claim.select("section.source").get(0).select("p.caveat").text());
        assertEquals(0, claim.select("section.source").get(1).select("p.caveat").size());
        Document article = Jsoup.parse(Files.readString(tmp.resolve("site/articles/gazette.html"), StandardCharsets.UTF_8));
        assertEquals("About this text: Reads like a machine translation <of the original>.", article.select("p.caveat").text());
    }
}
