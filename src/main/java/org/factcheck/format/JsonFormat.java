package org.factcheck.format;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.factcheck.check.Report;
import org.factcheck.check.Status;
import org.factcheck.diagnostic.Diagnostic;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON format, a stable shape for scripts (fields are only ever added, in a new version):
 * <pre>
 * {"version": 1,
 *  "summary": {"errors": n, "warnings": n, "articles": n, "claims": n,
 *              "statuses": {"unanchored": n, "ambiguous": n, "conflicting": n, "incomparable": n, "corroborated": n, "single-source": n,
 *                           "no-independent-source": n}},
 *  "diagnostics": [{"file", "line", "column", "severity": "error"|"warning", "rule", "message", "blocksBuild"}]}
 * </pre>
 * {@code file} is relative to the content root, with forward slashes; line and column are one-based.
 */
public final class JsonFormat {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonFormat() {
    }

    static void write(Report report, List<Diagnostic> diagnostics, PrintWriter out) {
        try {
            out.println(JSON.writeValueAsString(document(report, diagnostics)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document as maps and lists. */
    public static Map<String, Object> document(Report report, List<Diagnostic> diagnostics) {
        List<Object> list = new ArrayList<>();
        int errors = 0;
        for (Diagnostic d : diagnostics) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", d.at().file());
            m.put("line", d.at().line());
            m.put("column", d.at().column());
            m.put("severity", d.severity().id());
            m.put("rule", d.rule().id());
            m.put("message", d.message());
            m.put("blocksBuild", d.blocksBuild());
            list.add(m);
            errors += d.severity() == Diagnostic.Severity.ERROR ? 1 : 0;
        }
        Map<String, Object> statuses = new LinkedHashMap<>();
        for (Status s : Status.values()) {
            statuses.put(s.id(), report.summary().getOrDefault(s, 0));
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("errors", errors);
        summary.put("warnings", diagnostics.size() - errors);
        summary.put("articles", report.articles().size());
        summary.put("claims", report.claims().size());
        summary.put("statuses", statuses);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("version", 1);
        doc.put("summary", summary);
        doc.put("diagnostics", list);
        return doc;
    }
}
