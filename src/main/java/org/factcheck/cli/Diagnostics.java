package org.factcheck.cli;

import org.factcheck.check.Report;
import org.factcheck.format.Format;
import org.factcheck.diagnostic.Diagnostic;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** Prints a report's diagnostics in the text format: located line, the offending line with a caret, a closing count. */
final class Diagnostics {

    private Diagnostics() {
    }

    static void print(Report report, PrintWriter err, boolean blockingOnly) {
        List<Diagnostic> shown = blockingOnly ? report.diagnostics().stream().filter(Diagnostic::blocksBuild).toList()
                : report.diagnostics();
        Format.TEXT.write(report, shown, Path.of(""), err);
    }
}
