package org.factcheck.export;

import org.factcheck.check.ClaimResult;
import org.factcheck.check.Report;
import org.factcheck.check.SourceResult;
import org.factcheck.check.Status;
import org.factcheck.figures.Figure;
import org.factcheck.model.Article;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The machine-readable report ({@code report.json}): {@link #write} writes it (tens of megabytes at
 * 10,000 articles, rewritten on every build) straight to bytes on every core, with no tree in
 * between; {@link #of} is the same content as ordered maps, for callers that want a tree.
 */
public final class ReportJson {

    private ReportJson() {
    }

    /** Elements per piece written on one thread. */
    private static final int CHUNK = 256;

    /** Writes the report to {@code file}: two-space indent, the field order of {@link #of}. */
    public static void write(Report report, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(report, out);
        }
    }

    /** Writes the report to {@code out}, leaving it open. */
    public static void write(Report report, OutputStream out) throws IOException {
        for (Part part : parts(report)) {
            out.write(part.bytes(), 0, part.length());
        }
    }

    /** The report's bytes, as {@link #write} writes them. */
    public static byte[] bytes(Report report) {
        return join(parts(report));
    }

    private static byte[] join(List<Part> parts) {
        long size = 0;
        for (Part part : parts) {
            size += part.length();
        }
        if (size > Integer.MAX_VALUE - 16) {
            throw new IllegalStateException(org.factcheck.site.SitePaths.REPORT_JSON + " would be " + size + " bytes, more than one array holds");
        }
        byte[] all = new byte[(int) size];
        int at = 0;
        for (Part part : parts) {
            System.arraycopy(part.bytes(), 0, all, at, part.length());
            at += part.length();
        }
        return all;
    }

    /**
     * The file as parts to be joined in order. The articles and claims are written in pieces on every
     * core: each piece's writer starts inside the array it belongs to, so the pieces join with commas.
     */
    private static List<Part> parts(Report report) {
        return parts(report, null, null, null);
    }

    /**
     * The entries of one build kept for the next build of the same process (a preview session), by
     * the key of what each was made from, so that build writes only the entries whose key changed.
     * Holds one build's entries at a time.
     */
    public static final class Kept {
        private volatile Map<String, byte[]> previous = Map.of();
        private final java.util.concurrent.ConcurrentHashMap<String, byte[]> next = new java.util.concurrent.ConcurrentHashMap<>();

        /** Entries remembered from the last build. */
        public int size() {
            return previous.size();
        }
    }

    /**
     * The report's bytes as {@link #bytes(Report)} gives them, reusing from {@code kept} the entries of
     * claims and articles whose key is unchanged. A key must change whenever anything the entry shows
     * does: for a claim its whole result (its sources, their articles' outlets, figures and
     * anchoring), for an article the article. A claim or article without a key is written afresh.
     */
    public static byte[] bytes(Report report, Map<String, String> claimKeys, Map<String, String> articleKeys, Kept kept) {
        byte[] all = join(parts(report, claimKeys, articleKeys, kept));
        kept.previous = Map.copyOf(kept.next);
        kept.next.clear();
        return all;
    }

    private static List<Part> parts(Report report, Map<String, String> claimKeys, Map<String, String> articleKeys, Kept kept) {
        PrettyJson[] articles = pieces(report.articles(), 512, ReportJson::article,
                kept == null || articleKeys == null ? null : a -> articleKeys.get(a.id()), kept);
        PrettyJson[] claims = pieces(report.claims(), 2048, ReportJson::claim,
                kept == null || claimKeys == null ? null : r -> claimKeys.get(r.claim().id()), kept);
        List<Part> parts = new ArrayList<>(2 * (articles.length + claims.length) + 16);
        PrettyJson json = new PrettyJson(0, 1024);
        json.startObject().field("articles");
        parts.add(Part.of(json.take()));
        array(parts, articles);
        json.field("claims");
        parts.add(Part.of(json.take()));
        array(parts, claims);
        json.field("summary").startObject();
        for (Status s : Status.values()) {
            json.field(s.id()).number(report.summary().getOrDefault(s, 0));
        }
        json.endObject().endObject();
        parts.add(Part.of(json.take()));
        return parts;
    }

    /** The first {@code length} bytes of an array. */
    private record Part(byte[] bytes, int length) {
        static Part of(byte[] bytes) {
            return new Part(bytes, bytes.length);
        }
    }

    /** The items written in pieces of {@link #CHUNK} on every core, each piece's buffer sized by a guess of bytes per item. */
    private static <T> PrettyJson[] pieces(List<T> items, int guess, java.util.function.BiConsumer<PrettyJson, T> writer,
                                           java.util.function.Function<T, String> keyOf, Kept kept) {
        int pieces = (items.size() + CHUNK - 1) / CHUNK;
        return java.util.stream.IntStream.range(0, pieces).parallel().mapToObj(p -> {
            int end = Math.min(items.size(), (p + 1) * CHUNK);
            PrettyJson json = PrettyJson.elements(1, (end - p * CHUNK) * guess);
            for (int i = p * CHUNK; i < end; i++) {
                String key = keyOf == null ? null : keyOf.apply(items.get(i));
                byte[] known = key == null ? null : kept.previous.get(key);
                if (known != null) {
                    json.element(known);
                } else {
                    // The entry without the separator before it (" " first in a piece, ", " after).
                    int from = json.size() + (i == p * CHUNK ? 1 : 2);
                    writer.accept(json, items.get(i));
                    known = key == null ? null : Arrays.copyOfRange(json.buffer(), from, json.size());
                }
                if (key != null) {
                    kept.next.put(key, known);
                }
            }
            return json;
        }).toArray(PrettyJson[]::new);
    }

    private static final Part OPEN = Part.of(new byte[] {'['});
    private static final Part COMMA = Part.of(new byte[] {','});
    private static final Part CLOSE = Part.of(new byte[] {' ', ']'});

    /** {@code [ a, b ]} from pieces that each begin with the space before their first element. */
    private static void array(List<Part> parts, PrettyJson[] pieces) {
        parts.add(OPEN);
        for (int p = 0; p < pieces.length; p++) {
            if (p > 0) {
                parts.add(COMMA);
            }
            parts.add(new Part(pieces[p].buffer(), pieces[p].size()));
        }
        parts.add(CLOSE);
    }

    private static void article(PrettyJson json, Article a) {
        json.startObject()
                .field("id").string(a.id())
                .field("title").string(a.title())
                .field("outlet").string(a.outlet())
                .field("published").string(a.published() == null ? null : a.published().toString())
                .field("url").string(a.url())
                .field("file").string(a.file());
        strings(json.field("inferred"), a.inferred());
        json.endObject();
    }

    private static void claim(PrettyJson json, ClaimResult r) {
        json.startObject()
                .field("id").string(r.claim().id())
                .field("title").string(r.claim().title())
                .field("topic").string(r.claim().topic())
                .field("status").string(r.status().id())
                .field("reason").string(r.reason());
        strings(json.field("outlets"), r.outlets());
        strings(json.field("independent"), r.independent());
        strings(json.field("erred"), r.erred());
        json.field("sources").startArray();
        for (SourceResult s : r.sources()) {
            json.startObject()
                    .field("article").string(s.source().article())
                    .field("outlet").string(s.article() == null ? null : s.article().outlet())
                    .field("quote").string(s.source().quote())
                    .field("found").bool(s.anchor().found());
            figure(json.field("figure"), s.figure());
            json.field("unit").string(s.source().unit())
                    .field("key").string(s.quantity() == null ? null : s.quantity().label())
                    .field("errs").string(s.source().errs())
                    .field("notCounted").string(s.anchor().found() ? s.notCounted() : null)
                    .endObject();
        }
        json.endArray().endObject();
    }

    private static void strings(PrettyJson json, List<String> values) {
        json.startArray();
        for (String v : values) {
            json.string(v);
        }
        json.endArray();
    }

    private static void figure(PrettyJson json, Figure f) {
        if (f == null) {
            json.nul();
            return;
        }
        json.startObject()
                .field("text").string(f.text())
                .field("kind").string(f.kind().id());
        value(json.field("value"), f.jsonValue());
        json.field("unit").string(f.unit());
        value(json.field("low"), f.jsonLow());
        value(json.field("high"), f.jsonHigh());
        json.endObject();
    }

    /** A figure's value as {@link Figure#jsonValue} gives it: an ISO day, a whole number, a double, or null. */
    private static void value(PrettyJson json, Object v) {
        if (v == null) {
            json.nul();
        } else if (v instanceof String s) {
            json.string(s);
        } else if (v instanceof Long l) {
            json.number(l);
        } else if (v instanceof Double d) {
            json.number(d);
        } else {
            throw new IllegalStateException("a figure value of type " + v.getClass().getName());
        }
    }

    /** The report as {articles, claims, summary}; see the README for the contract. */
    public static Map<String, Object> of(Report report) {
        List<Object> articles = new ArrayList<>();
        for (Article a : report.articles()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", a.id());
            m.put("title", a.title());
            m.put("outlet", a.outlet());
            m.put("published", a.published() == null ? null : a.published().toString());
            m.put("url", a.url());
            m.put("file", a.file());
            m.put("inferred", a.inferred());
            articles.add(m);
        }
        List<Object> claims = new ArrayList<>();
        for (ClaimResult r : report.claims()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.claim().id());
            m.put("title", r.claim().title());
            m.put("topic", r.claim().topic());
            m.put("status", r.status().id());
            m.put("reason", r.reason());
            m.put("outlets", r.outlets());
            m.put("independent", r.independent());
            m.put("erred", r.erred());
            List<Object> sources = new ArrayList<>();
            for (SourceResult s : r.sources()) {
                Map<String, Object> sm = new LinkedHashMap<>();
                sm.put("article", s.source().article());
                sm.put("outlet", s.article() == null ? null : s.article().outlet());
                sm.put("quote", s.source().quote());
                sm.put("found", s.anchor().found());
                sm.put("figure", figure(s.figure()));
                sm.put("unit", s.source().unit());
                sm.put("key", s.quantity() == null ? null : s.quantity().label());
                sm.put("errs", s.source().errs());
                sm.put("notCounted", s.anchor().found() ? s.notCounted() : null);
                sources.add(sm);
            }
            m.put("sources", sources);
            claims.add(m);
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        for (Status s : Status.values()) {
            summary.put(s.id(), report.summary().getOrDefault(s, 0));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("articles", articles);
        json.put("claims", claims);
        json.put("summary", summary);
        return json;
    }

    /** A figure as {text, kind, value, unit, low, high}; the same shape {@code figures --json} prints. */
    public static Map<String, Object> figure(Figure f) {
        if (f == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", f.text());
        m.put("kind", f.kind().id());
        m.put("value", f.jsonValue());
        m.put("unit", f.unit());
        m.put("low", f.jsonLow());
        m.put("high", f.jsonHigh());
        return m;
    }
}
