package org.factcheck.render;

import org.factcheck.site.SitePaths;
import org.factcheck.check.ClaimResult;
import org.factcheck.check.Report;
import org.factcheck.check.SourceResult;
import org.factcheck.check.Status;
import org.factcheck.figures.Figure;
import org.factcheck.load.Article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The machine-readable report ({@code report.json}), built as ordered maps so field order is stable. */
public final class ReportJson {

    private ReportJson() {
    }

    /** report.json's bytes: {@link #of} indented by two spaces, one member a line. */
    static byte[] bytes(Report report) {
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper()
                .enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);
        com.fasterxml.jackson.core.util.DefaultPrettyPrinter printer = new com.fasterxml.jackson.core.util.DefaultPrettyPrinter()
                .withObjectIndenter(new com.fasterxml.jackson.core.util.DefaultIndenter("  ", "\n"));
        try {
            return mapper.writer(printer).writeValueAsBytes(of(report));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(SitePaths.REPORT_JSON + " cannot be written: " + e.getMessage(), e);
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
