package org.factcheck.cli;

import org.factcheck.Factcheck;
import org.factcheck.Roots;
import org.factcheck.diagnostic.Diagnostic;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A claim page's checked date is the claim's own ({@code checked:}, else its latest correction,
 * else none): a rebuild never tells readers every claim was re-verified on the build date, which
 * pages print only as "site built on". Lists call an article's or a claim's date "published".
 */
class CheckedDatesTest {

    private static final String BUILD_DATE = "2031-03-03";

    @TempDir
    Path tmp;

    @Test
    void noClaimPageCallsTheBuildDateTheDateItWasChecked() throws IOException {
        Path root = Roots.copy("site-full", tmp.resolve("root"));
        Path own = root.resolve("content/claims/term-corroborated.yaml");
        Files.writeString(own, Files.readString(own) + "checked: 2025-09-20\n");
        Path cache = tmp.resolve("cache");
        Path out = tmp.resolve("site");
        // Twice with a cache: the second build reads the claims from the cache, which must keep checked: too.
        for (int i = 0; i < 2; i++) {
            Cli.Run run = Cli.run("build", "--root", root.toString(), "--out", out.toString(), "--cache", cache.toString(),
                    "--date", BUILD_DATE);
            assertEquals(0, run.exit(), run.err());

            List<Path> claims;
            try (Stream<Path> list = Files.list(out.resolve("claims"))) {
                claims = list.filter(p -> p.toString().endsWith(".html") && !p.getFileName().toString().startsWith("index")).sorted().toList();
            }
            assertEquals(9, claims.size());
            for (Path page : claims) {
                Document doc = Jsoup.parse(page.toFile(), "UTF-8");
                for (Element time : doc.select("time[datetime=" + BUILD_DATE + "]")) {
                    assertTrue(time.closest(".site-footer") != null && time.parent().text().contains("site built on " + BUILD_DATE),
                            page.getFileName() + " prints the build date as: " + time.parent().text());
                }
                String stamp = doc.selectFirst(".stamp").text();
                assertFalse(stamp.contains(BUILD_DATE), page.getFileName() + ": " + stamp);
                assertTrue(doc.selectFirst(".site-footer").text().contains("site built on " + BUILD_DATE), page.getFileName().toString());
            }
            assertTrue(stamp(out, "term-corroborated").contains("Checked 2025-09-20"), "checked: is printed");
            assertTrue(stamp(out, "share-hedged-corroborated").contains("Published 2025-09-01 · Checked 2025-09-10"),
                    "without checked:, the latest correction is the last check: " + stamp(out, "share-hedged-corroborated"));
            assertFalse(stamp(out, "cost-conflicting").toLowerCase(java.util.Locale.ROOT).contains("checked"),
                    "with neither, the page says nothing about when it was checked: " + stamp(out, "cost-conflicting"));
        }

        Document home = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
        for (Element meta : home.select(".claim-list .meta:has(time), .article-list .meta:has(time)")) {
            assertTrue(meta.text().contains("published " + meta.selectFirst("time").text()), "a list names its date: " + meta.text());
        }
        assertTrue(home.select(".claim-list .meta:has(time)").size() > 0 && home.select(".article-list .meta:has(time)").size() > 0);
    }

    @Test
    void aCheckedFieldThatIsNoDateIsALocatedError() throws IOException {
        Path root = Roots.copy("site-full", tmp.resolve("root"));
        Path claim = root.resolve("content/claims/term-corroborated.yaml");
        Files.writeString(claim, Files.readString(claim) + "checked: last week\n");
        List<String> errors = Factcheck.check(root).diagnostics().stream().filter(Diagnostic::blocksBuild).map(Diagnostic::format).toList();
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("content/claims/term-corroborated.yaml:10:10: error:") && errors.get(0).contains("checked"),
                errors.get(0));
    }

    private static String stamp(Path out, String claim) throws IOException {
        return Jsoup.parse(out.resolve("claims/" + claim + ".html").toFile(), "UTF-8").selectFirst(".stamp").text();
    }
}
