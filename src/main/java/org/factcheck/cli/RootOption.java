package org.factcheck.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --root} option shared by every command that reads a content root. */
final class RootOption {

    @Option(names = "--root", paramLabel = "DIR", description = "Content root (default: the current directory).")
    private Path root = Path.of(".");

    Path path() {
        return root;
    }
}
