package org.factcheck.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code factcheck} command: {@code build}, {@code check} and {@code figures}. */
@Command(name = "factcheck", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Checks quoted figures against captured articles and builds a static fact-check site.",
        subcommands = {BuildCommand.class, CheckCommand.class, FiguresCommand.class, NewCommand.class, SuggestCommand.class,
                ServeCommand.class, InitCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code: 0 success, 1 problems found, 2 usage error. */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            // Bad input is reported by the commands themselves; reaching here is a bug, not a content problem.
            cmd.getErr().println("factcheck: internal error: " + e);
            return 3;
        });
        return cli.execute(args);
    }

    /** {@code --version}: the version pom.xml gave the build (see {@link org.factcheck.Version}). */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"factcheck " + org.factcheck.Version.current()};
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: build, check, figures, new, suggest, serve or init");
    }
}
