package org.factcheck.cli;

import org.factcheck.Scaffold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code init DIR}: starts a desk's own content-only repository. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Starts a desk's repository in DIR (new or empty): content/ with site settings and an example article"
                + " and claim, seeds/, a README for editors, .gitignore and GitHub workflows that check pull requests and"
                + " publish main to GitHub Pages with this version of factcheck (downloaded and verified by its SHA-256).",
                "Never overwrites a file."})
final class InitCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The folder to create (or an empty one).")
    private Path dir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Scaffold.Pin pin = Scaffold.running();
        List<String> written;
        try {
            written = Scaffold.write(dir, pin);
        } catch (FileAlreadyExistsException e) {
            // With a reason: DIR is a file or not empty; without: a file appeared while init wrote, and was kept.
            err.println("factcheck: error: " + (e.getReason() != null ? e.getMessage()
                    : e.getFile() + " exists; init never overwrites a file"));
            err.flush();
            return 1;
        } catch (IOException e) {
            err.println("factcheck: error: cannot write " + dir + ": " + e.getMessage());
            err.flush();
            return 1;
        }
        written.forEach(f -> out.println("wrote " + dir.resolve(f)));
        out.println("the workflows use factcheck " + pin.version() + " from github.com/" + pin.repository() + "/releases");
        if (pin.knowsChecksum()) {
            out.println("  with the SHA-256 of the jar this ran from: " + pin.sha256()
                    + " (it is the release's factcheck-" + pin.version() + ".jar.sha256 when this jar is the one released)");
        } else {
            // A snapshot or a build from source: there is no release of this exact jar to pin.
            out.println("  not a released jar: set FACTCHECK_VERSION, FACTCHECK_SHA256 (from the release's .sha256 file)"
                    + " and FACTCHECK_REPOSITORY in .github/workflows/check.yml and publish.yml");
        }
        out.println("next: fill in the FILL IN values of content/site.yaml, replace the example-… files with the desk's own,"
                + " then run: factcheck check --root " + dir);
        out.flush();
        return 0;
    }
}
