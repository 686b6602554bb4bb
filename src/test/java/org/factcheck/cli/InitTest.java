package org.factcheck.cli;

import org.factcheck.Factcheck;
import org.factcheck.Scaffold;
import org.factcheck.check.ClaimResult;
import org.factcheck.check.Report;
import org.factcheck.check.Status;
import org.factcheck.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code init} makes a desk's repository that holds content only, checks and builds clean, and pins a verified release. */
class InitTest {

    private static final String SHA = "0123456789abcdef".repeat(4);
    private static final Scaffold.Pin PIN = new Scaffold.Pin("1.4.2", SHA, "tool-owner/factcheck");

    @TempDir
    Path tmp;

    private static List<Path> walk(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void theScaffoldChecksAndBuildsCleanWithTheBuiltInTheme() throws Exception {
        Path root = tmp.resolve("desk");
        Scaffold.write(root, PIN);

        Report report = Factcheck.check(root);
        // The one warning a desk may see before filling in site.yaml is about its placeholder address.
        List<Diagnostic> other = report.diagnostics().stream().filter(d -> !d.message().contains("base_url")).toList();
        assertEquals(List.of(), other);
        assertFalse(report.hasErrors());
        assertEquals(List.of(Status.CORROBORATED), report.claims().stream().map(ClaimResult::status).toList(),
                "the example claim shows two outlets agreeing");

        Path out = tmp.resolve("site");
        Report built = Factcheck.build(root, out);
        assertFalse(built.hasErrors());
        assertTrue(Files.isRegularFile(out.resolve("index.html")));
        assertTrue(Files.isRegularFile(out.resolve("claims/example-bridge-repair-cost.html")));
    }

    @Test
    void theScaffoldHoldsContentOnlyAndItsWorkflowsNeverRunMaven() throws IOException {
        Path root = tmp.resolve("desk");
        List<String> written = Scaffold.write(root, PIN);
        assertEquals(Scaffold.files(), written);
        assertTrue(written.containsAll(List.of(".gitignore", ".github/workflows/check.yml", ".github/workflows/publish.yml",
                "README.md", "content/site.yaml", "templates/README.md")), written.toString());

        for (Path f : walk(root)) {
            String name = f.getFileName().toString();
            assertFalse(name.equals("pom.xml") || name.endsWith(".java") || name.equals("mvnw"), "not content: " + f);
            String text = Files.readString(f, StandardCharsets.UTF_8);
            assertFalse(text.contains("@FACTCHECK_"), "a placeholder left unfilled in " + f);
        }
        assertFalse(Files.exists(root.resolve("templates/layout.ftlh")), "the templates folder is a hint, not a copy");

        for (String wf : List.of("check.yml", "publish.yml")) {
            String text = Files.readString(root.resolve(".github/workflows/" + wf));
            assertFalse(text.matches("(?s).*\\bmvnw?\\b.*"), wf + " runs Maven");
            assertFalse(text.contains("pom.xml"), wf);
            assertTrue(text.contains("FACTCHECK_VERSION: \"1.4.2\""), wf);
            assertTrue(text.contains("FACTCHECK_SHA256: \"" + SHA + "\""), wf);
            assertTrue(text.contains("FACTCHECK_REPOSITORY: \"tool-owner/factcheck\""), wf);
            assertTrue(text.contains("sha256sum --check --strict"), wf + " does not verify the download");
            assertTrue(text.contains("java-package: jre"), wf + " needs a JRE only");
        }
        String publish = Files.readString(root.resolve(".github/workflows/publish.yml"));
        assertTrue(publish.contains("build --base-url \"$BASE_URL\""), "publish builds for the address Pages reports");
        assertTrue(publish.indexOf(" check --format github") < publish.indexOf(" build --base-url"), "publish checks before it builds");

        String ignore = Files.readString(root.resolve(".gitignore"));
        assertTrue(ignore.lines().toList().containsAll(List.of("site/", ".factcheck/", "/.site.*")), ignore);
    }

    @Test
    void aForkOrARepositoryWithoutCodeScanningNeverFailsOnTheSarifUpload() throws IOException {
        Path root = tmp.resolve("desk");
        Scaffold.write(root, PIN);
        String check = Files.readString(root.resolve(".github/workflows/check.yml"));
        int upload = check.indexOf("upload-sarif@");
        assertTrue(upload > 0, check);
        String step = check.substring(check.lastIndexOf("- name:", upload), upload);
        assertTrue(step.contains("continue-on-error: true"), step);
        assertTrue(step.contains("github.event.pull_request.head.repo.full_name == github.repository"), step);
    }

    @Test
    void initRefusesAFolderThatHoldsAnythingAndWritesNothing() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("taken"));
        Files.writeString(dir.resolve("notes.txt"), "mine");
        Cli.Run run = Cli.run("init", dir.toString());
        assertEquals(1, run.exit(), run.out());
        assertTrue(run.err().contains("factcheck: error: " + dir + ": not empty (holds notes.txt)"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
        assertEquals(List.of(dir.resolve("notes.txt")), walk(dir));
        assertEquals("mine", Files.readString(dir.resolve("notes.txt")));

        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        Cli.Run onFile = Cli.run("init", file.toString());
        assertEquals(1, onFile.exit());
        assertTrue(onFile.err().contains(file + ": not a folder"), onFile.err());

        assertThrows(java.nio.file.FileAlreadyExistsException.class, () -> Scaffold.write(dir, PIN));
    }

    @Test
    void initFromTheCommandLineFillsAnEmptyFolderAndSaysWhatToPin() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("empty"));
        Cli.Run run = Cli.run("init", dir.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.isRegularFile(dir.resolve("content/site.yaml")));
        // Tests run from a class folder of a snapshot: there is no released jar whose checksum init could pin.
        assertTrue(run.out().contains("not a released jar"), run.out());
        String check = Files.readString(dir.resolve(".github/workflows/check.yml"));
        assertTrue(check.contains("FACTCHECK_SHA256: \"" + Scaffold.UNKNOWN_SHA256 + "\""), check);
        assertFalse(new Scaffold.Pin("1.0.0", Scaffold.UNKNOWN_SHA256, "o/r").knowsChecksum());
        assertTrue(PIN.knowsChecksum());
    }

    @Test
    void theChecksumIsWhatSha256sumPrints() throws IOException {
        Path f = Files.writeString(tmp.resolve("abc"), "abc");
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Scaffold.sha256(f));
    }

    @Test
    void theIndexListsEveryScaffoldResource() throws IOException, URISyntaxException {
        Path dir = Path.of(Scaffold.class.getResource("/factcheck/init/files.txt").toURI()).getParent();
        List<String> stored = walk(dir).stream().map(p -> dir.relativize(p).toString().replace('\\', '/'))
                .filter(p -> !p.equals("files.txt")).sorted().toList();
        List<String> listed = Scaffold.files().stream()
                .map(p -> p.replaceAll("(^|/)\\.", "$1dot-")).sorted().toList();
        assertEquals(stored, listed);
    }
}
