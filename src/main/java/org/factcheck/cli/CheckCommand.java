package org.factcheck.cli;

import org.factcheck.Factcheck;
import org.factcheck.check.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code check}: load and cross-check without rendering; the command editors and CI run. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Loads and cross-checks the content without writing a site.",
                "Prints every problem as path:line:column: severity: message.",
                "Exit 1 on content errors, unanchored or ambiguous quotes and 'expect' mismatches; conflicts are warnings."})
final class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--root", paramLabel = "DIR", description = "Content root (default: the current directory).")
    private Path root = Path.of(".");

    @Override
    public Integer call() {
        Report report = Factcheck.check(root);
        Diagnostics.print(report, spec.commandLine().getErr(), false);
        if (report.hasErrors()) {
            return 1;
        }
        spec.commandLine().getOut().println("ok: " + report.articles().size() + " articles, " + report.claims().size() + " claims");
        spec.commandLine().getOut().flush();
        return 0;
    }
}
