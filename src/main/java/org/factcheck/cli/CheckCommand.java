package org.factcheck.cli;

import org.factcheck.Factcheck;
import org.factcheck.check.Report;
import org.factcheck.format.Format;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code check}: load and cross-check without rendering; the command editors and CI run. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Loads and cross-checks the content without writing a site.",
                "text (default): every problem as path:line:column: severity: message, then the line and a caret under the spot, on stderr.",
                "github: workflow-command annotations for GitHub Actions; sarif: SARIF 2.1.0 for code scanning; json: see the README. Machine formats go to stdout or --output.",
                "Exit 1 on content errors, unanchored or ambiguous quotes and 'expect' mismatches; conflicts are warnings."})
final class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @picocli.CommandLine.Mixin
    private RootOption root = new RootOption();

    @picocli.CommandLine.Mixin
    private CacheOption cache = new CacheOption();

    @Option(names = "--format", paramLabel = "FORMAT", description = "text, github, sarif or json (default: text).",
            converter = FormatConverter.class)
    private Format format = Format.TEXT;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE instead of the terminal.")
    private Path output;

    /** Accepts format names in any case and lists the choices on a typo. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            for (Format f : Format.values()) {
                if (f.id().equalsIgnoreCase(value.strip())) {
                    return f;
                }
            }
            throw new picocli.CommandLine.TypeConversionException("unknown format '" + value + "'; expected text, github, sarif or json");
        }
    }

    @Override
    public Integer call() {
        org.factcheck.cache.CacheDir dir = cache.open(root.path(), spec.commandLine().getErr());
        Report report = Factcheck.check(root.path(), dir);
        CacheOption.warn(dir, spec.commandLine().getErr());
        PrintWriter target = format == Format.TEXT ? spec.commandLine().getErr() : spec.commandLine().getOut();
        if (output != null) {
            try (PrintWriter file = new PrintWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8))) {
                format.write(report, report.diagnostics(), Path.of(""), file);
            } catch (IOException e) {
                spec.commandLine().getErr().println("factcheck: cannot write " + output + ": " + e.getMessage());
                return 1;
            }
        } else {
            format.write(report, report.diagnostics(), Path.of(""), target);
        }
        if (report.hasErrors()) {
            return 1;
        }
        if (format == Format.TEXT || output != null) {
            spec.commandLine().getErr().flush();
            (format == Format.TEXT ? spec.commandLine().getOut() : spec.commandLine().getErr())
                    .println("ok: " + report.articles().size() + " articles, " + report.claims().size() + " claims");
            spec.commandLine().getOut().flush();
            spec.commandLine().getErr().flush();
        }
        return 0;
    }
}
