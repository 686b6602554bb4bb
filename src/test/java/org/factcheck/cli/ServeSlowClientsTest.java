package org.factcheck.cli;

import org.factcheck.Factcheck;
import org.factcheck.Roots;
import org.factcheck.check.Report;
import org.factcheck.files.Limits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Clients that send their request line and headers a byte at a time (slowloris), or stop reading
 * their response, neither keep other clients waiting nor stay connected past {@code request-head-seconds}.
 */
class ServeSlowClientsTest {

    /** Long enough that an ordinary request on a busy machine is answered well inside it. */
    private static final long HEAD_SECONDS = 4;

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0} slow clients")
    @ValueSource(ints = {8, 32})
    @Timeout(60)
    void slowHeadsNeitherDelayOthersNorOutliveTheirDeadline(int slowClients) throws Exception {
        Path root = Roots.copy("editors-suggest", tmp.resolve("root"));
        // As many request threads as slow clients or fewer: a design that gives each head a thread is starved.
        Limits limits = Limits.DEFAULTS.withRequestHeadSeconds(HEAD_SECONDS);
        try (PreviewServer server = new PreviewServer(root, 0, new PrintWriter(new StringWriter()), Factcheck::build, limits)) {
            int port = server.address().getPort();
            List<Socket> slow = new ArrayList<>();
            List<Socket> open = new CopyOnWriteArrayList<>();
            CountDownLatch twoRounds = new CountDownLatch(2);
            Thread feeder = new Thread(() -> feed(open, twoRounds), "slow-client-feeder");
            feeder.setDaemon(true);
            try {
                for (int i = 0; i < slowClients; i++) {
                    Socket s = new Socket("127.0.0.1", port);
                    slow.add(s);
                    open.add(s);
                }
                feeder.start();
                // Every slow client has sent bytes, so each one's head is being read.
                twoRounds.await();

                String response = exchange(port, "GET / HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n");
                assertTrue(response.startsWith("HTTP/1.1 200"), response.lines().findFirst().orElse(""));
                for (Socket s : slow) {
                    assertTrue(!closedByServer(s, 1), "the ordinary request was answered only once a slow client was dropped");
                }

                // Still sending a byte every 200 ms, each slow client is closed once its deadline has passed.
                for (Socket s : slow) {
                    assertTrue(closedByServer(s, 30_000), "a slow client is still connected long after request-head-seconds");
                }
            } finally {
                feeder.interrupt();
                for (Socket s : slow) {
                    s.close();
                }
            }
        }
    }

    @Test
    @Timeout(60)
    void clientsThatStopReadingNeitherDelayOthersNorOutliveTheirDeadline() throws Exception {
        Path root = Roots.copy("editors-suggest", tmp.resolve("root"));
        int size = 12 << 20; // more than loopback socket buffers hold, so the server cannot hand it all over at once
        PreviewServer.Builder withBigFile = (r, out) -> {
            Report report = Factcheck.build(r, out);
            try {
                Files.write(out.resolve("big.bin"), new byte[size]);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return report;
        };
        // Two request threads and four clients that stop reading: a design that writes on a request thread is starved.
        Limits limits = new Limits(Limits.DEFAULTS.captureBytes(), Limits.DEFAULTS.contentFileBytes(), Limits.DEFAULTS.quoteChars(),
                Limits.DEFAULTS.sourcesPerClaim(), Limits.DEFAULTS.yamlDepth(), Limits.DEFAULTS.requestBytes(), 2)
                .withRequestHeadSeconds(HEAD_SECONDS);
        try (PreviewServer server = new PreviewServer(root, 0, new PrintWriter(new StringWriter()), withBigFile, limits)) {
            int port = server.address().getPort();
            List<Socket> stalled = new ArrayList<>();
            try {
                for (int i = 0; i < 4; i++) {
                    Socket s = new Socket("127.0.0.1", port);
                    s.setSoTimeout(30_000);
                    s.getOutputStream().write(("GET /big.bin HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.ISO_8859_1));
                    stalled.add(s);
                }
                for (Socket s : stalled) {
                    assertEquals('H', s.getInputStream().read(), "the response has begun"); // and then the client stops reading
                }

                String response = exchange(port, "GET / HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n");
                assertTrue(response.startsWith("HTTP/1.1 200"), response.lines().findFirst().orElse(""));
                // Two of them read on at once: their whole response is still there, they were not dropped to answer the other.
                for (Socket s : stalled.subList(0, 2)) {
                    assertEquals(size, bodyBytes(s), "a client that stopped reading was dropped before the ordinary request was answered");
                }
                // The other two never read again: their connection is closed once request-head-seconds have passed.
                Thread.sleep(TimeUnit.SECONDS.toMillis(HEAD_SECONDS + 3));
                for (Socket s : stalled.subList(2, 4)) {
                    assertTrue(bodyBytes(s) < size, "a client that stopped reading got its whole response long after its deadline");
                }
            } finally {
                for (Socket s : stalled) {
                    s.close();
                }
            }
        }
    }

    /** Reads the rest of a response whose first byte was read, to the end of the stream or a reset; returns the body's length. */
    private static long bodyBytes(Socket s) throws IOException {
        InputStream in = s.getInputStream();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        long body = 0;
        try {
            int c;
            while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n") && (c = in.read()) >= 0) {
                head.write(c);
            }
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) >= 0) {
                body += n;
            }
        } catch (SocketException e) {
            // reset: what arrived before it counts
        }
        return body;
    }

    /** Sends one more header byte on every open socket each 200 ms, as a slowloris client does. */
    private static void feed(List<Socket> open, CountDownLatch rounds) {
        byte[] head = "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ".getBytes(StandardCharsets.ISO_8859_1);
        try {
            for (int i = 0; !Thread.currentThread().isInterrupted(); i++) {
                for (Socket s : open) {
                    try {
                        s.getOutputStream().write(i < head.length ? head[i] : 'a');
                        s.getOutputStream().flush();
                    } catch (IOException e) {
                        open.remove(s);
                    }
                }
                rounds.countDown();
                Thread.sleep(200);
            }
        } catch (InterruptedException e) {
            // the test is over
        }
    }

    /**
     * True when the server has answered or closed the connection within {@code millis}: a read then
     * returns bytes (an error status), the end of the stream or a reset; false when it times out.
     */
    private static boolean closedByServer(Socket s, int millis) throws IOException {
        s.setSoTimeout(millis);
        try {
            InputStream in = s.getInputStream();
            while (in.read() >= 0) {
                // an error status the server sent before closing
            }
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (SocketException e) {
            return true;
        }
    }

    /** Sends a whole request and reads the response to its end. */
    private static String exchange(int port, String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(30_000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            s.getOutputStream().flush();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            s.getInputStream().transferTo(out);
            return out.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
