package org.factcheck.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A timed script (not a unit test; it asserts nothing) for the preview's save-to-page latency:
 * starts {@code factcheck serve --port 0} on a root, then edits one claim's title E times and
 * measures, from the moment each save returns, when the live-reload endpoint
 * {@code /__factcheck/version} changes and when the served claim page shows the new title
 * (both polled every few milliseconds, as fast as a browser could learn of it). Each edit is
 * different from the one before; the claim file is put back and the server stopped at the end.
 *
 * <p>Usage: {@code ServeLatency --root ROOT [--edits E] [--claim ID] [--factcheck CMD]}, run from
 * the repository (CMD default {@code bin/factcheck}); {@code bench/serve-latency.sh} wraps it.
 * The last line is machine-readable: {@code RESULT start_s page_median_ms page_min_ms
 * page_max_ms version_median_ms rebuild_median_ms edits}.
 */
public final class ServeLatency {

    private static final Pattern SERVING = Pattern.compile("serving (http://\\S+/)");
    private static final Pattern REBUILT = Pattern.compile("rebuilt in (\\d+) ms");
    private static final long POLL_MS = 5;
    private static final long EDIT_TIMEOUT_MS = 600_000;
    private static final long START_TIMEOUT_MS = 1_800_000;

    private ServeLatency() {
    }

    public static void main(String[] args) throws Exception {
        Path root = null;
        int edits = 5;
        String claim = null;
        String factcheck = "bin/factcheck";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--root" -> root = Path.of(args[++i]);
                case "--edits" -> edits = Integer.parseInt(args[++i]);
                case "--claim" -> claim = args[++i];
                case "--factcheck" -> factcheck = args[++i];
                default -> {
                    System.err.println("usage: ServeLatency --root ROOT [--edits E] [--claim ID] [--factcheck CMD]");
                    System.exit(2);
                }
            }
        }
        if (root == null || !Files.isDirectory(root.resolve("content/claims"))) {
            System.err.println("ServeLatency: --root must name a factcheck root with content/claims/");
            System.exit(2);
        }
        Path claimFile = root.resolve("content/claims/" + (claim != null ? claim : middleClaim(root)) + ".yaml");
        String original = Files.readString(claimFile, StandardCharsets.UTF_8);
        String id = claimFile.getFileName().toString().replaceFirst("\\.yaml$", "");

        List<String> command = new ArrayList<>(Arrays.asList(factcheck.trim().split("\\s+")));
        command.addAll(List.of("serve", "--root", root.toString(), "--port", "0"));
        long startedAt = System.nanoTime();
        Process server = new ProcessBuilder(command).start();
        LinkedBlockingQueue<String> out = new LinkedBlockingQueue<>();
        LinkedBlockingQueue<Long> rebuilt = new LinkedBlockingQueue<>();
        List<String> errLines = java.util.Collections.synchronizedList(new ArrayList<>());
        pump(server.getInputStream(), line -> out.add(line));
        pump(server.getErrorStream(), line -> {
            errLines.add(line);
            Matcher m = REBUILT.matcher(line);
            if (m.find()) {
                rebuilt.add(Long.parseLong(m.group(1)));
            }
        });
        try {
            URI base = null;
            while (base == null) {
                String line = out.poll(1, TimeUnit.SECONDS);
                if (line == null) {
                    if (!server.isAlive() || System.nanoTime() - startedAt > START_TIMEOUT_MS * 1_000_000) {
                        throw new IllegalStateException("serve did not start: " + String.join("\n", errLines));
                    }
                    continue;
                }
                Matcher m = SERVING.matcher(line);
                if (m.find()) {
                    base = URI.create(m.group(1));
                }
            }
            double startSeconds = (System.nanoTime() - startedAt) / 1e9;
            System.out.printf(Locale.ROOT, "serve %s started in %.2f s (JVM and the first full build); editing %s%n", root, startSeconds, claimFile);
            rebuilt.clear();

            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
            URI version = base.resolve("__factcheck/version");
            URI page = base.resolve("claims/" + id + ".html");
            List<Double> pageMs = new ArrayList<>();
            List<Double> versionMs = new ArrayList<>();
            List<Long> rebuildMs = new ArrayList<>();
            for (int k = 1; k <= edits; k++) {
                String token = "(serve edit " + k + ")";
                String before = get(http, version);
                Files.writeString(claimFile, retitle(original, token), StandardCharsets.UTF_8);
                long saved = System.nanoTime();
                double versionAt = -1;
                double pageAt = -1;
                while (versionAt < 0 || pageAt < 0) {
                    double now = (System.nanoTime() - saved) / 1e6;
                    if (now > EDIT_TIMEOUT_MS) {
                        throw new IllegalStateException("edit " + k + ": the page did not change within " + EDIT_TIMEOUT_MS / 1000 + " s");
                    }
                    if (!server.isAlive()) {
                        throw new IllegalStateException("serve stopped: " + String.join("\n", errLines));
                    }
                    if (versionAt < 0 && !get(http, version).equals(before)) {
                        versionAt = (System.nanoTime() - saved) / 1e6;
                    }
                    if (pageAt < 0 && get(http, page).contains(token)) {
                        pageAt = (System.nanoTime() - saved) / 1e6;
                    }
                    Thread.sleep(POLL_MS);
                }
                // The server logs its rebuild just after it bumps the version; wait briefly for the line.
                Long rebuild = rebuilt.poll(2, TimeUnit.SECONDS);
                Long more;
                while ((more = rebuilt.poll()) != null) {
                    rebuild = more;
                }
                pageMs.add(pageAt);
                versionMs.add(versionAt);
                if (rebuild != null) {
                    rebuildMs.add(rebuild);
                }
                System.out.printf(Locale.ROOT, "edit %d: version changed after %.0f ms, page shows the edit after %.0f ms (serve: rebuilt in %s ms)%n",
                        k, versionAt, pageAt, rebuild == null ? "?" : rebuild);
                Thread.sleep(1000);
            }
            double[] page3 = stats(pageMs);
            double[] version3 = stats(versionMs);
            double[] rebuild3 = stats(rebuildMs.stream().map(Long::doubleValue).toList());
            System.out.printf(Locale.ROOT, "save to page, median of %d: %.0f ms (%.0f–%.0f); version endpoint %.0f ms; serve's own rebuild %.0f ms%n",
                    edits, page3[0], page3[1], page3[2], version3[0], rebuild3[0]);
            System.out.printf(Locale.ROOT, "RESULT %.2f %.0f %.0f %.0f %.0f %.0f %d%n",
                    startSeconds, page3[0], page3[1], page3[2], version3[0], rebuild3[0], edits);
        } finally {
            server.destroy();
            if (!server.waitFor(120, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
            Files.writeString(claimFile, original, StandardCharsets.UTF_8);
        }
    }

    /** The middle one of the root's claim files in name order (as bench/incremental.sh picks it). */
    private static String middleClaim(Path root) throws IOException {
        try (Stream<Path> files = Files.list(root.resolve("content/claims"))) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList();
            return names.get((names.size() + 1) / 2 - 1).replaceFirst("\\.yaml$", "");
        }
    }

    /** The claim's YAML with {@code token} appended to its top-level title (plain or double-quoted). */
    static String retitle(String yaml, String token) {
        Matcher quoted = Pattern.compile("(?m)^title: \"(.*)\"[ \\t]*$").matcher(yaml);
        if (quoted.find()) {
            return yaml.substring(0, quoted.start()) + "title: \"" + quoted.group(1) + " " + token + "\"" + yaml.substring(quoted.end());
        }
        Matcher plain = Pattern.compile("(?m)^title: (.*\\S)[ \\t]*$").matcher(yaml);
        if (!plain.find()) {
            throw new IllegalArgumentException("the claim has no top-level title: line to edit");
        }
        return yaml.substring(0, plain.start()) + "title: " + plain.group(1) + " " + token + yaml.substring(plain.end());
    }

    private static String get(HttpClient http, URI uri) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return response.body();
    }

    /** Median, min and max (zeros for an empty list). */
    private static double[] stats(List<Double> values) {
        if (values.isEmpty()) {
            return new double[] {0, 0, 0};
        }
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = v.length;
        double median = n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
        return new double[] {median, v[0], v[n - 1]};
    }

    /** Reads a process stream line by line on a daemon thread. */
    private static void pump(java.io.InputStream in, java.util.function.Consumer<String> sink) {
        CompletableFuture.runAsync(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    sink.accept(line);
                }
            } catch (IOException e) {
                // the server has gone
            }
        }, runnable -> {
            Thread t = new Thread(runnable, "serve-output");
            t.setDaemon(true);
            t.start();
        });
    }
}
