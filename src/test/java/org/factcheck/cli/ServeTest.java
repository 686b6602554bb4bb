package org.factcheck.cli;

import org.factcheck.Roots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The preview server, driven by a real HTTP client on 127.0.0.1; bounded in time, it stops by itself. */
class ServeTest {

    @TempDir
    Path tmp;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private HttpResponse<String> get(URI uri) throws Exception {
        return client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Waits (at most 15 s) for the server to rebuild past {@code version}. */
    private long awaitRebuild(PreviewServer server, long version) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            long now = Long.parseLong(get(server.address().resolve("/__factcheck/version")).body().strip());
            if (now > version) {
                return now;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no rebuild within 15 s");
    }

    @Test
    @Timeout(60)
    void rebuildsOnSaveReloadsAndShowsErrorsInThePage() throws Exception {
        Path root = Roots.copy("editors-suggest", tmp.resolve("root"));
        StringWriter log = new StringWriter();
        try (PreviewServer server = new PreviewServer(root, 0, new PrintWriter(log, true))) {
            assertEquals("127.0.0.1", server.address().getHost());
            HttpResponse<String> index = get(server.address());
            assertEquals(200, index.statusCode());
            assertTrue(index.body().contains("<script src=\"/__factcheck/reload.js?v="), "reload script injected as a file (CSP allows no inline script)");
            assertFalse(index.body().contains("factcheck-errors"));
            assertFalse(Files.readString(server.siteDirectory().resolve("index.html")).contains("__factcheck"),
                    "the built files never hold the script");
            int outside = get(URI.create(server.address() + "%2e%2e/%2e%2e/etc/passwd")).statusCode();
            assertTrue(outside == 403 || outside == 404, "nothing outside the site is served: " + outside);
            long v = Long.parseLong(get(server.address().resolve("/__factcheck/version")).body().strip());

            // Break a claim: the page keeps the last good build and shows the error with its location.
            Path claim = root.resolve("content/claims/repair-bill.yaml");
            String good = Files.readString(claim);
            Files.writeString(claim, good.replace("topic: Grid", "topic: Grid\ntopik: typo"));
            v = awaitRebuild(server, v);
            HttpResponse<String> broken = get(server.address().resolve("/claims/repair-bill.html"));
            assertEquals(200, broken.statusCode());
            assertTrue(broken.body().contains("factcheck-errors"), broken.body());
            assertTrue(broken.body().contains("content/claims/repair-bill.yaml:3:1: error: unknown field 'topik' in a claim; did you mean 'topic'?"),
                    broken.body());

            // Fix it: the error is gone and the page shows the new title.
            Files.writeString(claim, good.replace("title: Repair bill", "title: Repair bill of 2.4 billion"));
            awaitRebuild(server, v);
            HttpResponse<String> fixed = get(server.address().resolve("/claims/repair-bill.html"));
            assertFalse(fixed.body().contains("factcheck-errors"), fixed.body());
            assertTrue(fixed.body().contains("Repair bill of 2.4 billion"));
            assertEquals(404, get(server.address().resolve("/no-such-page.html")).statusCode());
        }
    }
}
