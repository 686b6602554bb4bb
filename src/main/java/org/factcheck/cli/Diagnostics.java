package org.factcheck.cli;

import org.factcheck.check.Report;
import org.factcheck.load.Diagnostic;

import java.io.PrintWriter;

/** Prints a report's diagnostics, one compiler-style line each, and a closing count. */
final class Diagnostics {

    private Diagnostics() {
    }

    static void print(Report report, PrintWriter err, boolean blockingOnly) {
        int errors = 0;
        int warnings = 0;
        for (Diagnostic d : report.diagnostics()) {
            if (blockingOnly && !d.blocksBuild()) {
                continue;
            }
            err.println(d.format());
            if (d.severity() == Diagnostic.Severity.ERROR) {
                errors++;
            } else {
                warnings++;
            }
        }
        if (errors + warnings > 0) {
            err.println(errors + " error" + (errors == 1 ? "" : "s") + ", " + warnings + " warning" + (warnings == 1 ? "" : "s"));
        }
        err.flush();
    }
}
