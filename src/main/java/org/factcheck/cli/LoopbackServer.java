package org.factcheck.cli;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
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
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * The preview's HTTP/1.1 server. One selector thread accepts connections, reads every request head
 * and writes every response without blocking, each phase under a deadline per connection; the
 * bounded pool of request threads sees only complete heads and never waits on a client, so clients
 * that send or read slowly (or not at all) cannot starve the others, and are closed when their
 * deadline passes. Each connection carries one request ({@code Connection: close}); requests never
 * have a body.
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
    /** Response bytes held for clients still taking them; past this the oldest such client is dropped. */
    private static final long MAX_HELD_BYTES = 256L << 20;
    private static final Map<Integer, String> REASONS = Map.ofEntries(Map.entry(200, "OK"), Map.entry(400, "Bad Request"),
            Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"),
            Map.entry(408, "Request Timeout"), Map.entry(413, "Content Too Large"), Map.entry(414, "URI Too Long"),
            Map.entry(421, "Misdirected Request"), Map.entry(431, "Request Header Fields Too Large"),
            Map.entry(500, "Internal Server Error"), Map.entry(505, "HTTP Version Not Supported"));

    /**
     * One connection: its head while being read, then its response while being written. Its
     * channel is non-blocking throughout and only the selector thread reads or writes it.
     */
    private static final class Conn {
        final SocketChannel channel;
        final SelectionKey key;
        /** When the current phase (reading the head, writing the response) must be over. */
        long deadline;
        ByteBuffer head = ByteBuffer.allocate(1024);
        ByteBuffer[] out;
        long held;

        Conn(SocketChannel channel, SelectionKey key, long deadline) {
            this.channel = channel;
            this.key = key;
            this.deadline = deadline;
        }
    }

    private final ServerSocketChannel server;
    private final Selector selector;
    private final Handler handler;
    private final long phaseNanos;
    private final int maxHead;
    private final ExecutorService requests;
    private final Thread io;
    /**
     * Connections reading their head, and connections writing their response, each in the order they
     * entered that phase; every phase lasts the same time, so the front of each holds the first deadline.
     */
    private final LinkedHashSet<Conn> reading = new LinkedHashSet<>();
    private final LinkedHashSet<Conn> writing = new LinkedHashSet<>();
    /** Responses the request threads have made, for the selector thread to write. */
    private final Queue<Conn> answered = new ConcurrentLinkedQueue<>();
    private long heldBytes;
    private volatile boolean open = true;

    /**
     * Binds {@code address} and starts serving.
     *
     * @param threads request threads (they never wait on a client)
     * @param seconds longest time a connection may take to send its head, and to take its response
     * @param targetBytes longest request target the handler answers (a head may hold that much and its headers)
     */
    LoopbackServer(InetSocketAddress address, int threads, long seconds, long targetBytes, Handler handler) throws IOException {
        this.handler = handler;
        // Capped so a huge setting cannot overflow the deadline arithmetic.
        this.phaseNanos = TimeUnit.SECONDS.toNanos(Math.min(seconds, TimeUnit.DAYS.toSeconds(365)));
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
        this.requests = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "factcheck-serve");
            t.setDaemon(true);
            return t;
        });
        this.io = new Thread(this::loop, "factcheck-serve-io");
        io.setDaemon(true);
        io.start();
    }

    /** The port the server listens on. */
    int port() {
        return ((InetSocketAddress) server.socket().getLocalSocketAddress()).getPort();
    }

    /** The selector loop: accepts, reads heads, writes responses, drops connections past their deadline. */
    private void loop() {
        try {
            while (open) {
                selector.select(timeout());
                for (Iterator<SelectionKey> it = selector.selectedKeys().iterator(); it.hasNext(); ) {
                    SelectionKey key = it.next();
                    it.remove();
                    if (!key.isValid()) {
                        continue;
                    }
                    if (key.isAcceptable()) {
                        accept();
                        continue;
                    }
                    Conn c = (Conn) key.attachment();
                    try {
                        if (key.isReadable()) {
                            read(c);
                        } else if (key.isWritable()) {
                            write(c);
                        }
                    } catch (IOException | RuntimeException e) {
                        drop(c); // the client went away; one connection's failure never stops the server
                    }
                }
                Conn c;
                while ((c = answered.poll()) != null) {
                    startWriting(c);
                }
                expire();
            }
        } catch (IOException | ClosedSelectorException e) {
            // closing
        } finally {
            for (Conn c : reading) {
                closeQuietly(c.channel);
            }
            for (Conn c : writing) {
                closeQuietly(c.channel);
            }
            reading.clear();
            writing.clear();
            for (Conn c : answered) {
                closeQuietly(c.channel);
            }
        }
    }

    /** Milliseconds until the first deadline (0: none, wait for events). */
    private long timeout() {
        long first = Long.MAX_VALUE;
        boolean any = false;
        for (LinkedHashSet<Conn> phase : List.of(reading, writing)) {
            if (!phase.isEmpty()) {
                long d = phase.iterator().next().deadline - System.nanoTime();
                first = any ? Math.min(first, d) : d;
                any = true;
            }
        }
        return any ? Math.max(1, TimeUnit.NANOSECONDS.toMillis(first) + 1) : 0;
    }

    private void accept() {
        while (true) {
            SocketChannel channel;
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
                SelectionKey key = channel.register(selector, SelectionKey.OP_READ);
                Conn c = new Conn(channel, key, System.nanoTime() + phaseNanos);
                key.attach(c);
                reading.add(c);
            } catch (IOException e) {
                closeQuietly(channel);
                continue;
            }
            if (reading.size() > MAX_PENDING) {
                drop(reading.iterator().next());
            }
        }
    }

    private void read(Conn c) throws IOException {
        int from = c.head.position();
        if (c.channel.read(c.head) < 0) {
            drop(c);
            return;
        }
        int end = headEnd(c.head, from);
        if (end >= 0) {
            reading.remove(c);
            c.key.interestOps(0);
            byte[] head = new byte[end];
            System.arraycopy(c.head.array(), 0, head, 0, end);
            c.head = null;
            try {
                requests.execute(() -> answer(c, head));
            } catch (RejectedExecutionException e) {
                drop(c);
            }
        } else if (!c.head.hasRemaining()) {
            if (c.head.capacity() >= maxHead) {
                reading.remove(c);
                c.key.interestOps(0);
                respond(c, Response.text(431, "request line and headers longer than " + maxHead + " bytes\n"), false);
                startWriting(c);
            } else {
                ByteBuffer larger = ByteBuffer.allocate((int) Math.min(maxHead, 2L * c.head.capacity()));
                c.head.flip();
                c.head = larger.put(c.head);
            }
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

    /** On a request thread: parses the head and asks the handler; never touches the connection. */
    private void answer(Conn c, byte[] head) {
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
        respond(c, response, headOnly);
        answered.add(c);
        if (open) {
            selector.wakeup();
        } else {
            closeQuietly(c.channel);
        }
    }

    private static void respond(Conn c, Response r, boolean headOnly) {
        c.out = new ByteBuffer[] {ByteBuffer.wrap(head(r)), ByteBuffer.wrap(headOnly ? new byte[0] : r.body())};
        c.held = c.out[0].remaining() + (long) c.out[1].remaining();
    }

    /** On the selector thread: the response is ready; write what the client takes now, the rest as it reads. */
    private void startWriting(Conn c) {
        c.deadline = System.nanoTime() + phaseNanos;
        writing.add(c);
        heldBytes += c.held;
        try {
            write(c);
        } catch (IOException | RuntimeException e) {
            drop(c);
            return;
        }
        // A client that never reads keeps its response in memory until its deadline; bound the total.
        while (heldBytes > MAX_HELD_BYTES && writing.size() > 1) {
            drop(writing.iterator().next());
        }
    }

    private void write(Conn c) throws IOException {
        c.channel.write(c.out);
        if (c.out[0].hasRemaining() || c.out[1].hasRemaining()) {
            c.key.interestOps(SelectionKey.OP_WRITE);
            return;
        }
        writing.remove(c);
        heldBytes -= c.held;
        c.out = null;
        c.channel.shutdownOutput();
        // Read what the client sent beyond its head (a refused body), so closing does not reset the connection.
        ByteBuffer rest = ByteBuffer.allocate(8192);
        for (int i = 0; i < 8 && c.channel.read(rest.clear()) > 0; i++) {
            // discarded
        }
        closeQuietly(c.channel);
    }

    private void expire() {
        long now = System.nanoTime();
        for (Iterator<Conn> it = reading.iterator(); it.hasNext(); ) {
            Conn c = it.next();
            if (c.deadline - now > 0) {
                break;
            }
            it.remove();
            respond(c, Response.text(408, "the request line and headers did not arrive within the time allowed\n"), false);
            c.key.interestOps(0);
            startWriting(c);
        }
        while (!writing.isEmpty() && writing.iterator().next().deadline - now <= 0) {
            drop(writing.iterator().next());
        }
    }

    /** Closes a connection in whatever phase it is. */
    private void drop(Conn c) {
        reading.remove(c);
        if (writing.remove(c)) {
            heldBytes -= c.held;
        }
        c.out = null;
        closeQuietly(c.channel);
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
        requests.shutdownNow();
        try {
            io.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.close();
        selector.close();
    }
}
