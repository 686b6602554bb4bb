package org.factcheck.format;

import org.factcheck.diagnostic.Diagnostic;
import org.factcheck.diagnostic.Rule;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * GitHub Actions workflow commands: printed by a step, each becomes an annotation on the
 * pull request's changed line ({@code ::error file=…,line=…,col=…,title=…::message}).
 */
public final class GithubFormat {

    private GithubFormat() {
    }

    static void write(Path root, List<Diagnostic> diagnostics, Path cwd, PrintWriter out) {
        for (Diagnostic d : diagnostics) {
            out.println(command(d, Format.fromCwd(root, d.at().file(), cwd)));
        }
    }

    /** One annotation; {@code file} is the path from the repository root. */
    public static String command(Diagnostic d, String file) {
        Rule rule = d.rule();
        return "::" + d.severity().id()
                + " file=" + property(file)
                + ",line=" + d.at().line()
                + ",col=" + d.at().column()
                + ",title=" + property("factcheck " + rule.id())
                + "::" + data(d.message());
    }

    /** Escapes a message: GitHub unescapes %25, %0D and %0A. */
    public static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a property value: as data, plus ':' and ',' which would end the value. */
    public static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
