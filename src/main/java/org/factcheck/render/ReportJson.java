package org.factcheck.render;

import org.factcheck.check.ClaimResult;
import org.factcheck.check.Report;
import org.factcheck.check.SourceResult;
import org.factcheck.check.Status;
import org.factcheck.figures.Figure;
import org.factcheck.load.Article;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The machine-readable report ({@code report.json}): {@link #write} streams it (tens of megabytes at
 * 10,000 articles, rewritten on every build) with no tree in between; {@link #of} is the same
 * content as ordered maps, for callers that want a tree.
 */
public final class ReportJson {

    private static final JsonFactory JSON = new JsonFactory();

    private ReportJson() {
    }

    /** Writes the report to {@code file}: two-space indent, the field order of {@link #of}. */
    public static void write(Report report, Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            write(report, out);
        }
    }

    /** Writes the report to {@code out}, leaving it open. */
    public static void write(Report report, OutputStream out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
            g.writeStartObject();
            g.writeFieldName("articles");
            g.writeStartArray();
            for (Article a : report.articles()) {
                g.writeStartObject();
                g.writeStringField("id", a.id());
                g.writeStringField("title", a.title());
                g.writeStringField("outlet", a.outlet());
                g.writeStringField("published", a.published() == null ? null : a.published().toString());
                g.writeStringField("url", a.url());
                g.writeStringField("file", a.file());
                strings(g, "inferred", a.inferred());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeFieldName("claims");
            g.writeStartArray();
            for (ClaimResult r : report.claims()) {
                g.writeStartObject();
                g.writeStringField("id", r.claim().id());
                g.writeStringField("title", r.claim().title());
                g.writeStringField("topic", r.claim().topic());
                g.writeStringField("status", r.status().id());
                g.writeStringField("reason", r.reason());
                strings(g, "outlets", r.outlets());
                strings(g, "independent", r.independent());
                strings(g, "erred", r.erred());
                g.writeFieldName("sources");
                g.writeStartArray();
                for (SourceResult s : r.sources()) {
                    g.writeStartObject();
                    g.writeStringField("article", s.source().article());
                    g.writeStringField("outlet", s.article() == null ? null : s.article().outlet());
                    g.writeStringField("quote", s.source().quote());
                    g.writeBooleanField("found", s.anchor().found());
                    g.writeFieldName("figure");
                    figure(g, s.figure());
                    g.writeStringField("unit", s.source().unit());
                    g.writeStringField("key", s.quantity() == null ? null : s.quantity().label());
                    g.writeStringField("errs", s.source().errs());
                    g.writeStringField("notCounted", s.anchor().found() ? s.notCounted() : null);
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeFieldName("summary");
            g.writeStartObject();
            for (Status s : Status.values()) {
                g.writeNumberField(s.id(), report.summary().getOrDefault(s, 0));
            }
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeFieldName(field);
        g.writeStartArray();
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static void figure(JsonGenerator g, Figure f) throws IOException {
        if (f == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeStringField("text", f.text());
        g.writeStringField("kind", f.kind().id());
        value(g, "value", f.jsonValue());
        g.writeStringField("unit", f.unit());
        value(g, "low", f.jsonLow());
        value(g, "high", f.jsonHigh());
        g.writeEndObject();
    }

    /** A figure's value as {@link Figure#jsonValue} gives it: an ISO day, a whole number, a double, or null. */
    private static void value(JsonGenerator g, String field, Object v) throws IOException {
        g.writeFieldName(field);
        if (v == null) {
            g.writeNull();
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof Long l) {
            g.writeNumber(l);
        } else if (v instanceof Double d) {
            g.writeNumber(d);
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
