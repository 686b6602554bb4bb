package org.factcheck.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code bin/factcheck} runs the jar a release puts beside it (the highest version of several) and,
 * in a clone, {@code target/factcheck.jar}; a stand-in {@code java} prints the arguments it gets.
 */
class LauncherScriptTest {

    @TempDir
    Path tmp;
    private Path fakeJava;

    @BeforeEach
    void standInJava() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "a POSIX shell");
        Path bin = Files.createDirectories(tmp.resolve("fake java"));
        fakeJava = bin;
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
        assertTrue(java.toFile().setExecutable(true));
    }

    private record Run(int exit, List<String> args, String err) {
    }

    private Run run(Path script, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("/bin/sh", script.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(tmp.toFile());
        pb.environment().put("PATH", fakeJava + java.io.File.pathSeparator + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        pb.environment().remove("FACTCHECK_JAVA_OPTS");
        pb.environment().remove("FACTCHECK_DEBUG");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return new Run(p.exitValue(), out.lines().toList(), err);
    }

    private Path install(Path dir) throws IOException {
        Files.createDirectories(dir);
        return Files.copy(Path.of("bin/factcheck"), dir.resolve("factcheck"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static String jarArgument(Run run) {
        int i = run.args().indexOf("-jar");
        assertTrue(i >= 0 && i + 1 < run.args().size(), run.args() + run.err());
        return run.args().get(i + 1);
    }

    @Test
    void aReleaseFolderRunsItsHighestVersionEvenWithSpacesInItsPath() throws Exception {
        Path tools = tmp.resolve("desk tools");
        Path script = install(tools);
        Files.writeString(tools.resolve("factcheck-1.9.0.jar"), "");
        Files.writeString(tools.resolve("factcheck-1.10.0.jar"), "");
        Run run = run(script, "check", "--root", "my desk");
        assertEquals(0, run.exit(), run.err());
        assertEquals(tools.resolve("factcheck-1.10.0.jar").toRealPath().toString(), jarArgument(run));
        assertEquals(List.of("check", "--root", "my desk"), run.args().subList(run.args().size() - 3, run.args().size()));
    }

    @Test
    void aPlainFactcheckJarBesideTheScriptIsUsed() throws Exception {
        Path tools = tmp.resolve("tools");
        Path script = install(tools);
        Files.writeString(tools.resolve("factcheck.jar"), "");
        assertEquals(tools.resolve("factcheck.jar").toRealPath().toString(), jarArgument(run(script, "--version")));
    }

    @Test
    void aCloneRunsWhatMavenBuilt() throws Exception {
        Path clone = tmp.resolve("clone");
        Path script = install(clone.resolve("bin"));
        Files.createDirectories(clone.resolve("target"));
        Files.writeString(clone.resolve("target/factcheck.jar"), "");
        assertEquals(clone.resolve("target/factcheck.jar").toRealPath().toString(), jarArgument(run(script, "--version")));
    }

    @Test
    void noJarAnywhereSaysWhereItLooked() throws Exception {
        Path script = install(tmp.resolve("empty"));
        Run run = run(script, "--version");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("no factcheck-VERSION.jar or factcheck.jar beside"), run.err());
        assertTrue(run.err().contains("target/factcheck.jar is missing"), run.err());
    }
}
