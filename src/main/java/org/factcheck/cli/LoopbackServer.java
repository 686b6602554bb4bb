package org.factcheck.cli;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.IllegalBlockingModeException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The preview's HTTP/1.1 server. One selector thread accepts connections and reads every request
 * line and header block without blocking, under a deadline per connection; only a complete head
 * reaches the bounded pool of request threads, so clients that send their head slowly (or not at
 * all) hold no request thread and are closed when their deadline passes. Each connection carries
 * one request ({@code Connection: close}); requests never have a body.
 */
final class LoopbackServer implements Closeable {

    /** Answers one request; runs on a request thread. */
    interface Handler {
        Response handle(Request request) throws IOException;
    }

    /**
     * A request head as the client sent it.
     *
     * @param method the method, as sent (case matters)
     * @param uri the request target
     * @param headers header values by name, names compared ignoring case
     */
    record Request(String method, URI uri, Map<String, List<String>> headers) {

        /** The first value of header {@code name}, or null. */
        String header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    /** A whole response: status, content type and body (left out for HEAD). */
    record Response(int status, String type, byte[] body) {

        /** A plain-text response. */
        static Response text(int status, String text) {
            return new Response(status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Room for the header lines beside the request target, whose own bound is the handler's. */
    private static final int HEADER_BYTES = 32 << 10;
    /** Connections whose head is still being read; past this the oldest is dropped (a real client's head takes milliseconds). */
    private static final int MAX_PENDING = 512;
    private static final Map<Integer, String> REASONS = Map.ofEntries(Map.entry(200, "OK"), Map.entry(400, "Bad Request"),
            Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"),
            Map.entry(408, "Request Timeout"), Map.entry(413, "Content Too Large"), Map.entry(414, "URI Too Long"),
            Map.entry(421, "Misdirected Request"), Map.entry(431, "Request Header Fields Too Large"),
            Map.entry(500, "Internal Server Error"), Map.entry(505, "HTTP Version Not Supported"));

    /** A connection whose head is being read; touched only by the selector thread. */
    private static final class Pending {
        final SocketChannel channel;
        final long deadline;
        ByteBuffer head = ByteBuffer.allocate(1024);
        SelectionKey key;

        Pending(SocketChannel channel, long deadline) {
            this.channel = channel;
            this.deadline = deadline;
        }
    }

    private final ServerSocketChannel server;
    private final Selector selector;
    private final Handler handler;
    private final long headNanos;
    private final int maxHead;
    private final ExecutorService requests;
    private final ScheduledThreadPoolExecutor watchdog;
    private final Thread heads;
    /** In arrival order, so the deadlines are in order too and expiry looks only at the front. */
    private final LinkedHashSet<Pending> pending = new LinkedHashSet<>();
    private volatile boolean open = true;

    /**
     * Binds {@code address} and starts serving.
     *
     * @param threads request threads (heads are read without them)
     * @param headSeconds longest time a connection may take to send its head, and to take its response
     * @param targetBytes longest request target the handler answers (a head may hold that much and its headers)
     */
    LoopbackServer(InetSocketAddress address, int threads, long headSeconds, long targetBytes, Handler handler) throws IOException {
        this.handler = handler;
        // Capped so a huge setting cannot overflow the deadline arithmetic.
        this.headNanos = TimeUnit.SECONDS.toNanos(Math.min(headSeconds, TimeUnit.DAYS.toSeconds(365)));
        this.maxHead = (int) Math.min(Integer.MAX_VALUE - 8, targetBytes + HEADER_BYTES);
        this.server = ServerSocketChannel.open();
        Selector sel = null;
        try {
            server.bind(address, 64);
            server.configureBlocking(false);
            sel = Selector.open();
            server.register(sel, SelectionKey.OP_ACCEPT);
        } catch (IOException | RuntimeException e) {
            server.close();
            if (sel != null) {
                sel.close();
            }
            throw e;
        }
        this.selector = sel;
        this.requests = Executors.newFixedThreadPool(threads, r -> daemon(r, "factcheck-serve"));
        this.watchdog = new ScheduledThreadPoolExecutor(1, r -> daemon(r, "factcheck-serve-watchdog"));
        watchdog.setRemoveOnCancelPolicy(true);
        this.heads = daemon(this::readHeads, "factcheck-serve-heads");
        heads.start();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** The port the server listens on. */
    int port() {
        return ((InetSocketAddress) server.socket().getLocalSocketAddress()).getPort();
    }

    /** The selector loop: accepts, reads heads, drops the ones past their deadline. */
    private void readHeads() {
        try {
            while (open) {
                long timeout = 0;
                if (!pending.isEmpty()) {
                    long left = pending.iterator().next().deadline - System.nanoTime();
                    timeout = Math.max(1, TimeUnit.NANOSECONDS.toMillis(left) + 1);
                }
                selector.select(timeout);
                List<Pending> complete = new ArrayList<>();
                for (Iterator<SelectionKey> it = selector.selectedKeys().iterator(); it.hasNext(); ) {
                    SelectionKey key = it.next();
                    it.remove();
                    if (!key.isValid()) {
                        continue;
                    }
                    if (key.isAcceptable()) {
                        accept();
                    } else if (key.isReadable()) {
                        Pending p = (Pending) key.attachment();
                        try {
                            read(p, complete);
                        } catch (RuntimeException e) {
                            drop(p); // one connection's failure must not stop the server
                        }
                    }
                }
                expire();
                if (!complete.isEmpty()) {
                    // A channel leaves its selector only at the next selection; then it may block again.
                    selector.selectNow();
                    complete.forEach(this::dispatch);
                }
            }
        } catch (IOException | ClosedSelectorException e) {
            // closing
        } finally {
            for (Pending p : pending) {
                closeQuietly(p.channel);
            }
            pending.clear();
        }
    }

    private void accept() {
        SocketChannel channel;
        while (true) {
            try {
                channel = server.accept();
            } catch (IOException e) {
                return; // out of file descriptors, say: retried at the next selection
            }
            if (channel == null) {
                return;
            }
            try {
                channel.configureBlocking(false);
                channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
                Pending p = new Pending(channel, System.nanoTime() + headNanos);
                p.key = channel.register(selector, SelectionKey.OP_READ, p);
                pending.add(p);
            } catch (IOException e) {
                closeQuietly(channel);
                continue;
            }
            if (pending.size() > MAX_PENDING) {
                Pending oldest = pending.iterator().next();
                pending.remove(oldest);
                closeQuietly(oldest.channel);
            }
        }
    }

    private void read(Pending p, List<Pending> complete) {
        try {
            int from = p.head.position();
            if (p.channel.read(p.head) < 0) {
                drop(p);
                return;
            }
            if (headEnd(p.head, from) >= 0) {
                pending.remove(p);
                p.key.cancel();
                complete.add(p);
            } else if (!p.head.hasRemaining()) {
                if (p.head.capacity() >= maxHead) {
                    refuse(p, 431, "request line and headers longer than " + maxHead + " bytes\n");
                } else {
                    ByteBuffer larger = ByteBuffer.allocate((int) Math.min(maxHead, 2L * p.head.capacity()));
                    p.head.flip();
                    p.head = larger.put(p.head);
                }
            }
        } catch (IOException e) {
            drop(p);
        }
    }

    /** Where the blank line ending the head ends (CRLF or bare LF line ends), searching bytes read since {@code from}; -1 if none yet. */
    private static int headEnd(ByteBuffer buf, int from) {
        byte[] b = buf.array();
        for (int i = Math.max(1, from - 3); i < buf.position(); i++) {
            if (b[i] == '\n' && (b[i - 1] == '\n' || (i >= 2 && b[i - 1] == '\r' && b[i - 2] == '\n'))) {
                return i + 1;
            }
        }
        return -1;
    }

    private void expire() {
        long now = System.nanoTime();
        for (Iterator<Pending> it = pending.iterator(); it.hasNext(); ) {
            Pending p = it.next();
            if (p.deadline - now > 0) {
                break;
            }
            it.remove();
            answerAndClose(p, 408, "the request line and headers did not arrive in time\n");
        }
    }

    private void refuse(Pending p, int status, String text) {
        pending.remove(p);
        answerAndClose(p, status, text);
    }

    /** Best effort, never blocking the selector thread: what the socket takes at once is all the client gets. */
    private static void answerAndClose(Pending p, int status, String text) {
        try {
            Response r = Response.text(status, text);
            p.channel.write(new ByteBuffer[] {ByteBuffer.wrap(head(r)), ByteBuffer.wrap(r.body())});
        } catch (IOException e) {
            // the client is gone
        }
        closeQuietly(p.channel);
    }

    private void drop(Pending p) {
        pending.remove(p);
        closeQuietly(p.channel);
    }

    private void dispatch(Pending p) {
        try {
            p.channel.configureBlocking(true);
            byte[] head = new byte[headEnd(p.head, 0)];
            System.arraycopy(p.head.array(), 0, head, 0, head.length);
            requests.execute(() -> answer(p.channel, head));
        } catch (IOException | RejectedExecutionException | IllegalBlockingModeException e) {
            closeQuietly(p.channel);
        }
    }

    /** On a request thread: parses the head, asks the handler, writes the response within the deadline. */
    private void answer(SocketChannel channel, byte[] head) {
        Response response;
        boolean headOnly = false;
        try {
            Request request = parse(new String(head, StandardCharsets.ISO_8859_1));
            headOnly = request.method().equals("HEAD");
            response = handler.handle(request);
        } catch (BadRequest e) {
            response = Response.text(e.status, e.getMessage() + "\n");
        } catch (IOException | RuntimeException e) {
            response = Response.text(500, "internal error: " + e + "\n");
        }
        // A client that does not read its response may hold this thread only until the deadline.
        ScheduledFuture<?> kill = watchdog.schedule(() -> closeQuietly(channel), headNanos, TimeUnit.NANOSECONDS);
        try {
            ByteBuffer[] out = {ByteBuffer.wrap(head(response)), ByteBuffer.wrap(headOnly ? new byte[0] : response.body())};
            while (out[1].hasRemaining() || out[0].hasRemaining()) {
                channel.write(out);
            }
            channel.shutdownOutput();
            // Read what the client sent beyond its head (a refused body), so closing does not reset the connection.
            channel.configureBlocking(false);
            ByteBuffer rest = ByteBuffer.allocate(8192);
            for (int i = 0; i < 8 && channel.read(rest.clear()) > 0; i++) {
                // discarded
            }
        } catch (IOException e) {
            // the client went away, or the watchdog closed it
        } finally {
            kill.cancel(false);
            closeQuietly(channel);
        }
    }

    /** A head the server answers itself, with {@code status}. */
    private static final class BadRequest extends Exception {
        private static final long serialVersionUID = 1L;
        final int status;

        BadRequest(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    /** Parses a complete head: a request line and header lines, each ending in CRLF or LF. */
    static Request parse(String head) throws BadRequest {
        List<String> lines = new ArrayList<>(List.of(head.split("\r?\n")));
        while (!lines.isEmpty() && lines.get(0).isEmpty()) {
            lines.remove(0); // blank lines before the request line are allowed
        }
        if (lines.isEmpty()) {
            throw new BadRequest(400, "bad request: no request line");
        }
        String[] parts = lines.get(0).split(" ", -1);
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty()) {
            throw new BadRequest(400, "bad request: the request line is not METHOD TARGET HTTP/1.1");
        }
        if (!parts[2].equals("HTTP/1.1") && !parts[2].equals("HTTP/1.0")) {
            throw new BadRequest(505, "only HTTP/1.1 and HTTP/1.0");
        }
        URI uri;
        try {
            uri = new URI(parts[1]);
        } catch (URISyntaxException e) {
            throw new BadRequest(400, "bad request: the request target is not a URI");
        }
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String line : lines.subList(1, lines.size())) {
            if (line.isEmpty()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || line.charAt(0) == ' ' || line.charAt(0) == '\t' || line.substring(0, colon).strip().length() != colon) {
                throw new BadRequest(400, "bad request: a header line is not NAME: VALUE");
            }
            headers.computeIfAbsent(line.substring(0, colon), k -> new ArrayList<>()).add(line.substring(colon + 1).strip());
        }
        headers.replaceAll((k, v) -> Collections.unmodifiableList(v));
        return new Request(parts[0], uri, Collections.unmodifiableMap(headers));
    }

    /** The status line and headers of a response. */
    private static byte[] head(Response r) {
        return ("HTTP/1.1 " + r.status() + " " + REASONS.getOrDefault(r.status(), "Status") + "\r\n"
                + "Content-Type: " + r.type() + "\r\n"
                + "Content-Length: " + r.body().length + "\r\n"
                + "Cache-Control: no-store\r\n"
                + (r.status() == 405 ? "Allow: GET, HEAD\r\n" : "")
                + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    private static void closeQuietly(Closeable c) {
        try {
            c.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    /** Stops accepting, closes every connection and stops the threads. */
    @Override
    public void close() throws IOException {
        open = false;
        selector.wakeup();
        try {
            heads.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.close();
        selector.close();
        requests.shutdownNow();
        watchdog.shutdownNow();
    }
}
