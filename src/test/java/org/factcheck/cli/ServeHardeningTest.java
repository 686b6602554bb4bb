package org.factcheck.cli;

import org.factcheck.Factcheck;
import org.factcheck.Roots;
import org.factcheck.files.Limits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code serve} against raw requests over a socket, as a hostile page or client would send them. */
class ServeHardeningTest {

    @TempDir
    Path tmp;

    /** Sends raw bytes and returns the status line ("" when the connection closed without a response). */
    private static String raw(PreviewServer server, String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.address().getPort())) {
            s.setSoTimeout(5000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = in.read()) >= 0 && c != '\n') {
                line.append((char) c);
            }
            return line.toString().strip();
        }
    }

    private static String get(PreviewServer server, String path, String host) throws IOException {
        return raw(server, "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
    }

    @Test
    @Timeout(60)
    void rejectsForeignHostsNulPathsLongTargetsAndBodies() throws Exception {
        Path root = Roots.copy("editors-suggest", tmp.resolve("root"));
        try (PreviewServer server = new PreviewServer(root, 0, new PrintWriter(new StringWriter()))) {
            int port = server.address().getPort();
            assertTrue(get(server, "/", "127.0.0.1:" + port).startsWith("HTTP/1.1 200"));
            assertTrue(get(server, "/", "localhost:" + port).startsWith("HTTP/1.1 200"));
            // DNS rebinding: a page at evil.example whose name now resolves to 127.0.0.1 sends its own Host.
            assertTrue(get(server, "/", "evil.example:" + port).startsWith("HTTP/1.1 421"));
            assertTrue(get(server, "/report.json", "evil.example").startsWith("HTTP/1.1 421"));
            // A NUL in the path gets an answer, not a dropped connection.
            assertTrue(get(server, "/index%00.html", "127.0.0.1:" + port).startsWith("HTTP/1.1 400"));
            assertTrue(get(server, "/" + "a".repeat(9000), "127.0.0.1:" + port).startsWith("HTTP/1.1 414"));
            assertTrue(raw(server, "POST / HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabc")
                    .startsWith("HTTP/1.1 405"));
        }
    }

    /** A GET whose body comes chunked is refused as one with a Content-Length body is, not answered 200. */
    @Test
    @Timeout(60)
    void refusesChunkedBodiesAsContentLengthBodies() throws Exception {
        Path root = Roots.copy("editors-suggest", tmp.resolve("root"));
        try (PreviewServer server = new PreviewServer(root, 0, new PrintWriter(new StringWriter()))) {
            String host = "Host: 127.0.0.1:" + server.address().getPort() + "\r\n";
            assertTrue(raw(server, "GET / HTTP/1.1\r\n" + host + "Content-Length: 3\r\nConnection: close\r\n\r\nabc")
                    .startsWith("HTTP/1.1 413"));
            assertTrue(raw(server, "GET / HTTP/1.1\r\n" + host + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n3\r\nabc\r\n0\r\n\r\n")
                    .startsWith("HTTP/1.1 413"));
        }
    }

    @Test
    @Timeout(60)
    void manySlowClientsDoNotGetAThreadEach() throws Exception {
        Path root = Roots.copy("editors-suggest", tmp.resolve("root"));
        Limits limits = new Limits(Limits.DEFAULTS.captureBytes(), Limits.DEFAULTS.contentFileBytes(), Limits.DEFAULTS.quoteChars(),
                Limits.DEFAULTS.sourcesPerClaim(), Limits.DEFAULTS.yamlDepth(), Limits.DEFAULTS.requestBytes(), 4);
        try (PreviewServer server = new PreviewServer(root, 0, new PrintWriter(new StringWriter()), Factcheck::build, limits)) {
            List<Socket> slow = new ArrayList<>();
            try {
                for (int i = 0; i < 100; i++) {
                    Socket s = new Socket("127.0.0.1", server.address().getPort());
                    s.getOutputStream().write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    slow.add(s);
                }
                Thread.sleep(500);
                long threads = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("factcheck-serve")).count();
                assertTrue(threads <= 4, "request threads: " + threads);
            } finally {
                for (Socket s : slow) {
                    s.close();
                }
            }
        }
    }

    @Test
    @Timeout(60)
    void keepsRebuildingAfterAnOutOfMemoryError() throws Exception {
        Path root = Roots.copy("editors-suggest", tmp.resolve("root"));
        AtomicInteger builds = new AtomicInteger();
        StringWriter log = new StringWriter();
        PreviewServer.Builder flaky = (r, out) -> {
            if (builds.incrementAndGet() == 2) {
                throw new OutOfMemoryError("Java heap space");
            }
            return Factcheck.build(r, out);
        };
        try (PreviewServer server = new PreviewServer(root, 0, new PrintWriter(log, true), flaky, Limits.DEFAULTS)) {
            Path claim = root.resolve("content/claims/repair-bill.yaml");
            String good = Files.readString(claim);
            long v = server.version();
            Files.writeString(claim, good + "\n");
            v = await(server, v);
            assertTrue(log.toString().contains("out of memory"), log.toString());
            Files.writeString(claim, good.replace("title: Repair bill", "title: Repair bill after OOM"));
            await(server, v);
            assertTrue(Files.readString(server.siteDirectory().resolve("claims/repair-bill.html")).contains("Repair bill after OOM"));
        }
    }

    private static long await(PreviewServer server, long v) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (server.version() == v) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no rebuild within 20 s");
            }
            Thread.sleep(50);
        }
        Thread.sleep(300);
        return server.version();
    }

    @Test
    @Timeout(60)
    void removesItsTemporaryFolderOnCloseAndWhenStartUpFails() throws Exception {
        Path root = Roots.copy("editors-suggest", tmp.resolve("root"));
        Path work;
        try (PreviewServer server = new PreviewServer(root, 0, new PrintWriter(new StringWriter()))) {
            work = server.workDirectory();
            assertTrue(Files.isDirectory(server.siteDirectory()));
        }
        assertFalse(Files.exists(work), "temporary folder removed on close");

        List<Path> before = serveDirs();
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            assertThrows(java.net.BindException.class,
                    () -> new PreviewServer(root, taken.getLocalPort(), new PrintWriter(new StringWriter())).close());
        }
        assertEquals(before, serveDirs(), "no temporary folder left when start-up fails");
    }

    private static List<Path> serveDirs() throws IOException {
        try (var s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.filter(p -> p.getFileName().toString().startsWith("factcheck-serve")).sorted().toList();
        }
    }

    @Test
    void negativePortAndLimitAreUsageErrors() {
        Cli.Run port = Cli.run("serve", "--port", "-1", "--root", Roots.fixture("editors-suggest").toString());
        assertEquals(2, port.exit(), port.err());
        assertTrue(port.err().contains("--port must be between 0 and 65535"), port.err());
        assertFalse(port.err().contains("internal error"), port.err());
        Cli.Run limit = Cli.run("suggest", "--limit", "-1", "--root", Roots.fixture("editors-suggest").toString());
        assertEquals(2, limit.exit(), limit.err());
        assertTrue(limit.err().contains("--limit must be 0 or more"), limit.err());
    }
}
