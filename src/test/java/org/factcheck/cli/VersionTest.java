package org.factcheck.cli;

import org.factcheck.Version;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The version a user sees is pom.xml's, so one edit there (and a tag) makes a release. */
class VersionTest {

    static String pomVersion() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        // The project's own version: the first <version> after its <artifactId>, before any <parent> could matter.
        Matcher m = Pattern.compile("<artifactId>factcheck</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertTrue(m.find(), "pom.xml has no <artifactId>factcheck</artifactId><version>");
        return m.group(1).strip();
    }

    @Test
    void versionOptionPrintsThePomVersion() throws IOException {
        Cli.Run run = Cli.run("--version");
        assertEquals(0, run.exit(), run.err());
        assertEquals("factcheck " + pomVersion(), run.out().strip());
    }

    @Test
    void snapshotsAreNotReleases() throws IOException {
        assertEquals(pomVersion(), Version.current());
        assertEquals(!pomVersion().endsWith("-SNAPSHOT"), Version.released());
    }
}
