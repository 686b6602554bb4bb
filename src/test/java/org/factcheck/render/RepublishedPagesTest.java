package org.factcheck.render;

import org.factcheck.Factcheck;
import org.factcheck.Roots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A republished copy says so on its article page, linked to the original's page, and its outlet's page
 * lists the stories the outlet republished; the words come from the desk's files, so they are escaped.
 */
class RepublishedPagesTest {

    @TempDir
    Path dir;

    @Test
    void theCopysPageNamesTheOriginalAndItsOutletListsIt() throws Exception {
        Path root = Roots.copy("republished", dir.resolve("root"));
        Path silent = root.resolve("content/articles/marsh-silent.yaml");
        Files.writeString(silent, Files.readString(silent).replace("title: \"Valley counts", "title: \"<b>Valley</b> counts"));
        Path out = dir.resolve("site");
        Factcheck.build(root, out);
        String page = Files.readString(out.resolve("articles/marsh-silent.html"));
        assertTrue(page.contains("This article republishes <a href=\"../articles/fenwick.html\">Fenwick Wire, 12 March 2025</a>"
                + " (not credited, but most of its text is the same)"), page);
        String confirmed = Files.readString(out.resolve("articles/orbit-rewrite.html"));
        assertTrue(confirmed.contains("Fenwick Wire, 12 March 2025</a> (the desk confirmed it)"), confirmed);
        String original = Files.readString(out.resolve("articles/fenwick.html"));
        assertFalse(original.contains("class=\"republishes\""), "the original republishes nothing");
        String overruled = Files.readString(out.resolve("articles/kestrel-own.html"));
        assertFalse(overruled.contains("class=\"republishes\""), "the desk said it is no copy");

        String outlet = Files.readString(out.resolve("outlets/marsh-herald.html"));
        assertTrue(outlet.contains("<h2 id=\"republished\">Stories it republished</h2>"), outlet);
        assertTrue(outlet.contains("<a href=\"../articles/marsh-silent.html\">&lt;b&gt;Valley&lt;/b&gt; counts the cost after night of floods</a>"
                + " <span class=\"meta\">republishes <a href=\"../articles/fenwick.html\">Fenwick Wire, 12 March 2025</a>"), outlet);
        assertFalse(outlet.contains("<b>Valley"), "escaped");
        assertFalse(Files.readString(out.resolve("outlets/fenwick-wire.html")).contains("Stories it republished"));
    }
}
