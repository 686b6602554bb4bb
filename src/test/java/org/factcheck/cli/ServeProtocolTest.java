package org.factcheck.cli;

import org.factcheck.Roots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** How {@code serve} reads request heads off the wire: in pieces, malformed, oversized, and for HEAD. */
class ServeProtocolTest {

    @TempDir
    Path tmp;

    /** Writes {@code request} in pieces of {@code piece} bytes and returns the whole response. */
    private static String send(int port, String request, int piece) throws IOException, InterruptedException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(10_000);
            s.setTcpNoDelay(true);
            OutputStream out = s.getOutputStream();
            byte[] bytes = request.getBytes(StandardCharsets.ISO_8859_1);
            for (int i = 0; i < bytes.length; i += piece) {
                out.write(bytes, i, Math.min(piece, bytes.length - i));
                out.flush();
                if (piece < bytes.length) {
                    Thread.sleep(5);
                }
            }
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            s.getInputStream().transferTo(response);
            return response.toString(StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    @Timeout(60)
    void answersHeadsInPiecesAndRefusesMalformedOnes() throws Exception {
        Path root = Roots.copy("editors-suggest", tmp.resolve("root"));
        try (PreviewServer server = new PreviewServer(root, 0, new PrintWriter(new StringWriter()))) {
            int port = server.address().getPort();
            String host = "Host: 127.0.0.1:" + port + "\r\n";

            // A head that arrives a byte at a time (line ends split across reads) is put together whole.
            assertTrue(send(port, "GET / HTTP/1.1\r\n" + host + "\r\n", 1).startsWith("HTTP/1.1 200"));
            assertTrue(send(port, "GET / HTTP/1.0\n" + host.replace("\r\n", "\n") + "\n", 1).startsWith("HTTP/1.1 200"),
                    "bare LF line ends are accepted");

            String head = send(port, "HEAD / HTTP/1.1\r\n" + host + "\r\n", 1 << 16);
            assertTrue(head.startsWith("HTTP/1.1 200"), head);
            assertTrue(head.contains("\r\nContent-Length: "), head);
            assertTrue(head.endsWith("\r\n\r\n"), "a HEAD response has no body: " + head);

            assertTrue(send(port, "NONSENSE\r\n\r\n", 1 << 16).startsWith("HTTP/1.1 400"));
            assertTrue(send(port, "GET /a|b HTTP/1.1\r\n" + host + "\r\n", 1 << 16).startsWith("HTTP/1.1 400"));
            assertTrue(send(port, "GET / HTTP/1.1\r\n" + host + "no colon here\r\n\r\n", 1 << 16).startsWith("HTTP/1.1 400"));
            assertTrue(send(port, "GET / HTTP/2.0\r\n" + host + "\r\n", 1 << 16).startsWith("HTTP/1.1 505"));
            String big = send(port, "GET / HTTP/1.1\r\n" + host + "X-Big: " + "a".repeat(60_000) + "\r\n\r\n", 1 << 17);
            assertTrue(big.startsWith("HTTP/1.1 431"), big.lines().findFirst().orElse(""));
            String post = send(port, "POST / HTTP/1.1\r\n" + host + "\r\n", 1 << 16);
            assertTrue(post.startsWith("HTTP/1.1 405") && post.contains("\r\nAllow: GET, HEAD\r\n"), post);
            // One request per connection: the server says so and closes (send reads to the end of the stream).
            assertTrue(send(port, "GET / HTTP/1.1\r\n" + host + "\r\n", 1 << 16).contains("\r\nConnection: close\r\n"));
        }
    }
}
