package org.factcheck.format;

import org.factcheck.diagnostic.Diagnostic;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * The compiler-style text format: the {@code path:line:column: severity: message} line that
 * editors and terminals make clickable, then the offending line of the file and a caret under
 * the spot, then a closing count.
 */
public final class TextFormat {

    /** Lines longer than this are shown as a window around the spot, so a long quote stays readable. */
    private static final int WIDTH = 140;

    private TextFormat() {
    }

    static void write(Path root, List<Diagnostic> diagnostics, PrintWriter out) {
        SourceLines lines = new SourceLines(root);
        int errors = 0;
        int warnings = 0;
        for (Diagnostic d : diagnostics) {
            out.println(d.format());
            String excerpt = excerpt(lines.line(d.at().file(), d.at().line()), d.at().line(), d.at().column());
            if (excerpt != null) {
                out.print(excerpt);
            }
            if (d.severity() == Diagnostic.Severity.ERROR) {
                errors++;
            } else {
                warnings++;
            }
        }
        if (errors + warnings > 0) {
            out.println(errors + " error" + (errors == 1 ? "" : "s") + ", " + warnings + " warning" + (warnings == 1 ? "" : "s"));
        }
    }

    /**
     * The line with a gutter and a caret line under it, or null when the line is unknown. Columns
     * count code points, as the YAML parser does; tabs before the spot are kept so the caret lines up.
     */
    public static String excerpt(String line, int lineNumber, int column) {
        if (line == null) {
            return null;
        }
        int cps = line.codePointCount(0, line.length());
        int col = Math.max(1, Math.min(column, cps + 1));
        int from = 0;
        String lead = "";
        String tail = "";
        if (cps > WIDTH) {
            from = Math.max(0, Math.min(col - 1 - WIDTH / 2, cps - WIDTH));
            lead = from > 0 ? "…" : "";
            tail = from + WIDTH < cps ? "…" : "";
        }
        int start = line.offsetByCodePoints(0, from);
        int end = line.offsetByCodePoints(0, Math.min(cps, from + WIDTH));
        String shown = lead + line.substring(start, end) + tail;
        StringBuilder caret = new StringBuilder(lead.isEmpty() ? "" : " ");
        int spot = line.offsetByCodePoints(0, col - 1);
        for (int i = start; i < spot && i < end; ) {
            int cp = line.codePointAt(i);
            caret.append(cp == '\t' ? '\t' : ' ');
            i += Character.charCount(cp);
        }
        caret.append('^');
        String gutter = String.valueOf(lineNumber);
        String blank = " ".repeat(gutter.length());
        return " " + gutter + " | " + shown + System.lineSeparator() + " " + blank + " | " + caret + System.lineSeparator();
    }
}
