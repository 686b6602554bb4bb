package org.factcheck.cli;

import org.factcheck.Factcheck;
import org.factcheck.Roots;
import org.factcheck.discovery.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code serve}'s desk page lists what {@code suggest} finds, in its order, with each mention's
 * sentence and the command that drafts the claim; outlet names and sentences are escaped; the page
 * is only served, never written into the built site.
 */
class DeskPageTest {

    @TempDir
    Path tmp;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    @Timeout(60)
    void servesTheRankedFindingsWithQuotesAndDraftCommands() throws Exception {
        Path root = Roots.copy("republished", tmp.resolve("root"));
        Path kestrel = root.resolve("content/articles/kestrel-own.yaml");
        Files.writeString(kestrel, Files.readString(kestrel).replace("outlet: \"Kestrel Post\"", "outlet: \"Kestrel & <b>Post</b>\""));
        List<Finding> findings = Factcheck.discover(Factcheck.check(root)).findings();
        assertFalse(findings.isEmpty());
        try (PreviewServer server = new PreviewServer(root, 0, new PrintWriter(new StringWriter(), true))) {
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(server.address().resolve(DeskPage.PATH))
                    .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            String html = page.body();
            int last = -1;
            for (Finding f : findings) {
                int at = html.indexOf("<section class=\"finding\" id=\"f" + f.rank() + "\"><h2>#" + f.rank() + " " + f.verdict().id());
                assertTrue(at > last, "finding " + f.rank() + " in suggest's order: " + html);
                last = at;
                assertTrue(html.contains("<code class=\"cmd\">factcheck new claim --from " + f.rank() + "</code>"), html);
                String sentence = f.members().get(0).mention().sentence();
                assertTrue(html.contains(sentence.substring(0, Math.min(20, sentence.indexOf(f.members().get(0).mention().printed()))))
                        || html.contains("<mark>" + f.members().get(0).mention().printed() + "</mark>"), html);
            }
            assertTrue(html.contains("<mark>"), "each figure is marked in its sentence");
            assertTrue(html.contains("Kestrel &amp; &lt;b&gt;Post&lt;/b&gt;"), html);
            assertFalse(html.contains("<b>Post"), "escaped");
            assertTrue(html.contains("republishes <a href=\"/articles/fenwick.html\">"), "copies are listed: " + html);
            try (Stream<Path> files = Files.walk(server.siteDirectory())) {
                assertTrue(files.noneMatch(p -> p.toString().contains("_desk")), "the desk page is never written into the site");
            }
        }
    }
}
