package org.factcheck.cli;

import org.factcheck.Factcheck;
import org.factcheck.check.Report;
import org.factcheck.format.Format;
import org.factcheck.diagnostic.Diagnostic;
import org.factcheck.files.Limits;
import org.factcheck.render.SiteWriter;

import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * A local preview: builds the root's site into a private directory, serves it on 127.0.0.1,
 * rebuilds whenever a file under content/, seeds/ or templates/ is saved, and makes open pages
 * reload. The reload script and the error panel are injected into HTML as it is served, never
 * into the built files, so the preview's site is byte for byte what {@code build} writes.
 */
final class PreviewServer implements Closeable {

    /** Saves often come as several events (write, rename, touch); wait this long for quiet before rebuilding. */
    private static final long QUIET_MS = 120;
    private static final List<String> WATCHED = List.of("content", "seeds", "templates");
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "json", "application/json", "js", "text/javascript; charset=utf-8", "svg", "image/svg+xml", "png", "image/png",
            "txt", "text/plain; charset=utf-8");

    /** The reload script, served as a file so pages keep their Content-Security-Policy (no inline script). */
    private static final String RELOAD_JS = "(function(){var s=document.currentScript.src;var v=+s.substring(s.indexOf('?v=')+3);"
            + "setInterval(function(){fetch('/__factcheck/version',{cache:'no-store'}).then(function(r){return r.text()})"
            + ".then(function(t){if(+t!==v)location.reload()}).catch(function(){})},150)})();\n";

    /** Builds the root's site into a directory and returns the report; the real one is {@link Factcheck#build}. */
    interface Builder {
        Report build(Path root, Path out) throws SiteWriter.RenderException;
    }

    /**
     * The real builder: {@link Factcheck#build} with a cache in memory for the whole session, so a
     * save rewrites only the pages whose inputs changed, exactly as an incremental {@code build} does.
     */
    private static Builder inMemory() {
        org.factcheck.cache.CacheDir cache = org.factcheck.cache.CacheDir.inMemory();
        return (root, out) -> Factcheck.build(root, out, null, cache).report();
    }

    private final Path root;
    private final Path work;
    private final Path site;
    private final LoopbackServer http;
    private final WatchService watcher;
    private final Thread watching;
    private final Limits limits;
    private final Builder builder;
    private final AtomicLong version = new AtomicLong();
    private final PrintWriter log;
    private volatile String errors = "";
    /** Discovery's findings for the desk, at {@link DeskPage#PATH}: served, never built into the site. */
    private final DeskPage desk;

    PreviewServer(Path root, int port, PrintWriter log) throws IOException {
        this(root, port, log, inMemory(), Limits.current());
    }

    /**
     * Starts the preview. Whatever fails during start-up, the temporary directory is removed
     * before the exception leaves.
     */
    PreviewServer(Path root, int port, PrintWriter log, Builder builder, Limits limits) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.log = log;
        this.builder = builder;
        this.limits = limits;
        this.desk = new DeskPage(this.root);
        this.work = Files.createTempDirectory("factcheck-serve");
        this.site = work.resolve("site");
        LoopbackServer server = null;
        WatchService watch = null;
        try {
            rebuild();
            watch = FileSystems.getDefault().newWatchService();
            this.watcher = watch;
            for (String dir : WATCHED) {
                registerAll(this.root.resolve(dir));
            }
            // Heads are read off the request threads, each under request-head-seconds: slow clients cannot starve the rest.
            server = new LoopbackServer(new InetSocketAddress(InetAddress.getLoopbackAddress(), port),
                    (int) Math.min(256, limits.serveThreads()), limits.requestHeadSeconds(), limits.requestBytes(), this::handle);
        } catch (IOException | RuntimeException | Error e) {
            if (server != null) {
                server.close();
            }
            if (watch != null) {
                watch.close();
            }
            deleteTree(work);
            throw e;
        }
        this.http = server;
        this.watching = new Thread(this::watch, "factcheck-serve-watch");
        watching.setDaemon(true);
        watching.start();
    }

    /** The address pages are served at. */
    URI address() {
        return URI.create("http://127.0.0.1:" + http.port() + "/");
    }

    /** Increases on every rebuild; pages poll it and reload when it changes. */
    long version() {
        return version.get();
    }

    /** The directory the preview builds into (never holds the injected script). */
    Path siteDirectory() {
        return site;
    }

    private synchronized void rebuild() {
        long started = System.nanoTime();
        Report report;
        try {
            report = builder.build(root, site);
        } catch (SiteWriter.RenderException e) {
            failed("build failed: " + e.getMessage());
            return;
        } catch (OutOfMemoryError e) {
            // The build's memory is garbage now; keep serving the last good site and rebuild on the next save.
            failed("build failed: out of memory (" + e.getMessage() + "); the preview keeps the last good build and rebuilds on the next save."
                    + " Run with a larger heap (java -Xmx2g -jar …) or shrink the content");
            return;
        } catch (RuntimeException | StackOverflowError e) {
            failed("build failed: internal error: " + e);
            return;
        }
        List<Diagnostic> problems = report.hasBlockingErrors()
                ? report.diagnostics().stream().filter(Diagnostic::blocksBuild).toList() : List.of();
        StringWriter sw = new StringWriter();
        if (!problems.isEmpty()) {
            Format.TEXT.write(report, problems, Path.of(""), new PrintWriter(sw));
        }
        errors = sw.toString();
        version.incrementAndGet();
        log.println(problems.isEmpty()
                ? "factcheck serve: rebuilt in " + (System.nanoTime() - started) / 1_000_000 + " ms"
                : "factcheck serve: content errors, the page shows them:\n" + errors);
        log.flush();
    }

    private void failed(String message) {
        errors = message;
        version.incrementAndGet();
        log.println("factcheck serve: " + errors);
        log.flush();
    }

    private void registerAll(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path d : (Iterable<Path>) walk.filter(Files::isDirectory)::iterator) {
                d.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                boolean changed = drain(key);
                // Collect the rest of a burst of events before rebuilding once.
                WatchKey more;
                while ((more = watcher.poll(QUIET_MS, TimeUnit.MILLISECONDS)) != null) {
                    changed |= drain(more);
                }
                if (changed) {
                    rebuild();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closing
        } catch (RuntimeException e) {
            log.println("factcheck serve: watcher stopped: " + e);
            log.flush();
        }
    }

    private boolean drain(WatchKey key) {
        Path dir = (Path) key.watchable();
        for (var event : key.pollEvents()) {
            if (event.context() instanceof Path name && event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
                try {
                    registerAll(dir.resolve(name));
                } catch (IOException e) {
                    // a directory that vanished again; nothing to watch
                }
            }
        }
        key.reset();
        return true;
    }

    /**
     * Answers one request: only GET and HEAD, only for this machine's own names (a page on another
     * site that rebinds its DNS name to 127.0.0.1 sends its own name as Host), only short paths.
     */
    private LoopbackServer.Response handle(LoopbackServer.Request request) throws IOException {
        String method = request.method();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            return LoopbackServer.Response.text(405, "only GET and HEAD\n");
        }
        if (!localHost(request.header("Host"))) {
            return LoopbackServer.Response.text(421, "this preview answers only http://127.0.0.1 and http://localhost\n");
        }
        String raw = request.uri().getRawPath();
        String query = request.uri().getRawQuery();
        if ((raw == null ? 0 : raw.length()) + (query == null ? 0 : query.length()) > limits.requestBytes()) {
            return LoopbackServer.Response.text(414, "request target longer than " + limits.requestBytes() + " bytes ("
                    + Limits.raise("request-bytes", limits.requestBytes()) + ")\n");
        }
        String length = request.header("Content-Length");
        // A body announced either way (Content-Length or Transfer-Encoding: chunked) is refused alike.
        if ((length != null && !length.strip().equals("0")) || request.header("Transfer-Encoding") != null) {
            return LoopbackServer.Response.text(413, "requests may not have a body\n");
        }
        String path = request.uri().getPath();
        if (path == null || path.indexOf('\0') >= 0) {
            return LoopbackServer.Response.text(400, "bad request: the path holds a NUL character\n");
        }
        return switch (path) {
            case "/__factcheck/version" -> LoopbackServer.Response.text(200, String.valueOf(version.get()));
            case "/__factcheck/reload.js" -> new LoopbackServer.Response(200, TYPES.get("js"), RELOAD_JS.getBytes(StandardCharsets.UTF_8));
            case DeskPage.PATH -> new LoopbackServer.Response(200, TYPES.get("html"), inject(desk.html(version.get())).getBytes(StandardCharsets.UTF_8));
            default -> serveFile(path);
        };
    }

    /** True for the Host header of a request to this machine's loopback names (with or without the port). */
    private boolean localHost(String host) {
        if (host == null) {
            return false;
        }
        String h = host.strip().toLowerCase(java.util.Locale.ROOT);
        String port = ":" + http.port();
        if (h.endsWith(port)) {
            h = h.substring(0, h.length() - port.length());
        }
        return h.equals("127.0.0.1") || h.equals("localhost") || h.equals("[::1]");
    }

    private LoopbackServer.Response serveFile(String path) throws IOException {
        Path file;
        try {
            file = site.resolve(path.replaceFirst("^/+", "")).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            return LoopbackServer.Response.text(400, "bad request: not a path\n");
        }
        if (!file.startsWith(site)) {
            return LoopbackServer.Response.text(403, "forbidden");
        }
        if (Files.isDirectory(file)) {
            // A folder is served by its index page, as static hosts do.
            file = file.resolve(org.factcheck.site.SitePaths.DIRECTORY_INDEX);
        }
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        if (!Files.isRegularFile(file)) {
            if (!errors.isEmpty()) {
                return html(200, inject("<!doctype html><title>factcheck</title><body></body>"));
            }
            return html(404, inject("<!doctype html><title>Not found</title><body><p>Not found: " + escape(path) + "</p></body>"));
        }
        byte[] body = Files.readAllBytes(file);
        if (ext.equals("html")) {
            body = inject(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
        return new LoopbackServer.Response(200, TYPES.getOrDefault(ext, "application/octet-stream"), body);
    }

    private static LoopbackServer.Response html(int status, String page) {
        return new LoopbackServer.Response(status, TYPES.get("html"), page.getBytes(StandardCharsets.UTF_8));
    }

    /** Adds the reload script and, when the last build failed, the errors at the top of the page. */
    private String inject(String html) {
        String panel = errors.isEmpty() ? "" : "<div id=\"factcheck-errors\" style=\"position:sticky;top:0;z-index:9999;margin:0;"
                + "padding:1em;background:#fff0f0;color:#5c0000;border-bottom:3px solid #9b1c1c;font:13px/1.4 monospace;"
                + "white-space:pre-wrap;max-height:60vh;overflow:auto\"><strong>The content has errors; this page shows the last good build."
                + "</strong>\n\n" + escape(errors) + "</div>";
        String script = "<script src=\"/__factcheck/reload.js?v=" + version.get() + "\"></script>";
        int body = html.indexOf("<body");
        int bodyEnd = body < 0 ? -1 : html.indexOf('>', body);
        String withPanel = bodyEnd < 0 ? panel + html : html.substring(0, bodyEnd + 1) + panel + html.substring(bodyEnd + 1);
        int close = withPanel.lastIndexOf("</body>");
        return close < 0 ? withPanel + script : withPanel.substring(0, close) + script + withPanel.substring(close);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** The temporary directory the preview works in; gone after {@link #close()}. */
    Path workDirectory() {
        return work;
    }

    @Override
    public void close() throws IOException {
        http.close();
        watcher.close();
        watching.interrupt();
        synchronized (this) {
            deleteTree(work);
        }
    }

    /** Deletes the preview's own temporary directory (created by this class; links are removed, never followed). */
    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // A file still open elsewhere; the system's temporary directory is cleaned eventually.
        }
    }
}
