package org.factcheck.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code serve}: the local preview an editor keeps open while writing. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves a preview of the site on http://127.0.0.1:PORT/, rebuilt on every saved file under content/,"
                + " seeds/ and templates/; open pages reload by themselves and show content errors at the top.",
                "The preview is built in a temporary directory; ROOT/site is not touched. Stop with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @picocli.CommandLine.Mixin
    private RootOption root = new RootOption();

    @Option(names = "--port", paramLabel = "N", description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    private int port = 8000;

    @Override
    public Integer call() throws InterruptedException {
        var err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535, found " + port);
        }
        if (!Files.isDirectory(root.path().resolve("content"))) {
            err.println("factcheck: error: " + root.path().toAbsolutePath().normalize() + " has no content/ directory; is this a factcheck root?");
            err.flush();
            return 1;
        }
        PreviewServer server;
        try {
            server = new PreviewServer(root.path(), port, err);
        } catch (IllegalArgumentException e) {
            err.println("factcheck: error: " + e.getMessage());
            err.flush();
            return 2;
        } catch (java.net.BindException e) {
            err.println("factcheck: error: port " + port + " is in use; try --port 0 or another port");
            err.flush();
            return 1;
        } catch (IOException e) {
            err.println("factcheck: error: cannot start the preview: " + e.getMessage());
            err.flush();
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (IOException e) {
                // exiting anyway
            }
        }));
        spec.commandLine().getOut().println("serving " + server.address() + " (Ctrl-C to stop)");
        spec.commandLine().getOut().flush();
        Thread.currentThread().join();
        return 0;
    }
}
