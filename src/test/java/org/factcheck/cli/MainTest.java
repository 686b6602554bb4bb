package org.factcheck.cli;

import org.factcheck.Roots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Drives the command line as a user does: exit codes, messages, never a stack trace. */
class MainTest {

    @TempDir
    Path tmp;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;

    @BeforeEach
    void capture() {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private void noStackTrace() {
        assertFalse(stderr().contains("\tat "), stderr());
        assertFalse(stderr().contains("Exception"), stderr());
    }

    @Test
    void checkPrintsLocatedProblemsAndFails() {
        assertEquals(1, Main.execute("check", "--no-cache", "--root", Roots.fixture("errors").toString()));
        assertTrue(stderr().contains("content/claims/unknown-article.yaml:5:14: error: unknown article 'god'; did you mean article 'good'?"), stderr());
        assertTrue(stderr().contains("errors, 0 warnings"), stderr());
        noStackTrace();
    }

    @Test
    void checkFailsOnFindingsButBuildDoesNot() {
        Path root = Roots.copy("statuses", tmp.resolve("root"));
        assertEquals(1, Main.execute("check", "--root", root.toString()));
        assertTrue(stderr().contains("content/claims/deal-unanchored.yaml:6:12: error: quote not found in article 'beta'"), stderr());
        assertTrue(stderr().contains("warning: figures conflict"), stderr());
        assertEquals(0, Main.execute("build", "--root", root.toString()));
        assertTrue(Files.isRegularFile(root.resolve("site/index.html")));
        assertTrue(stdout().contains("10 claims"), stdout());
    }

    @Test
    void buildFailsCleanlyOnContentErrors() {
        Path out = tmp.resolve("site");
        assertEquals(1, Main.execute("build", "--no-cache", "--root", Roots.fixture("errors").toString(), "--out", out.toString()));
        assertFalse(Files.exists(out));
        assertTrue(stderr().contains("build failed"), stderr());
        noStackTrace();
    }

    @Test
    void missingRootAndMissingFilesAreReportedNotThrown() {
        assertEquals(1, Main.execute("check", "--root", tmp.resolve("nowhere").toString()));
        assertTrue(stderr().contains("no such directory"), stderr());
        assertEquals(1, Main.execute("figures", tmp.resolve("missing.txt").toString()));
        assertTrue(stderr().contains("no such file"), stderr());
        noStackTrace();
    }

    @Test
    void buildDateIsSettable() throws Exception {
        Path root = Roots.copy("statuses", tmp.resolve("root"));
        assertEquals(0, Main.execute("build", "--root", root.toString(), "--date", "2026-02-01"));
        assertTrue(Files.readString(root.resolve("site/claims/term-corroborated.html")).contains("2026-02-01"));
        assertEquals(2, Main.execute("build", "--root", root.toString(), "--date", "1 Feb"));
        assertTrue(stderr().contains("expected an ISO date such as 2026-02-01, found '1 Feb'"), stderr());
        noStackTrace();
    }

    @Test
    void usageErrorsAndHelp() {
        assertEquals(2, Main.execute("bogus"));
        assertEquals(2, Main.execute());
        for (String cmd : new String[] {"build", "check", "figures"}) {
            assertEquals(0, Main.execute(cmd, "--help"));
            assertTrue(stdout().contains("Usage: factcheck " + cmd), stdout());
        }
        noStackTrace();
    }

    @Test
    void figuresJsonFollowsTheContract() throws Exception {
        Path file = tmp.resolve("t.txt");
        Files.writeString(file, "They promised $800 billion and roughly 20% of it.");
        assertEquals(0, Main.execute("figures", "--json", file.toString()));
        var array = new com.fasterxml.jackson.databind.ObjectMapper().readTree(stdout());
        assertEquals(2, array.size(), stdout());
        var money = array.get(0);
        assertEquals(file.toString(), money.get("file").asText());
        assertEquals(14, money.get("start").asInt());
        assertEquals(26, money.get("end").asInt());
        assertEquals("$800 billion", money.get("text").asText());
        assertEquals("money", money.get("kind").asText());
        assertEquals(8e11, money.get("value").asDouble());
        assertEquals("USD", money.get("unit").asText());
        var share = array.get(1);
        assertEquals("percent", share.get("kind").asText());
        assertEquals("%", share.get("unit").asText());
        assertTrue(share.get("low").asDouble() < 20 && share.get("high").asDouble() > 20);
    }

    @Test
    void figuresReadsRelativeDatesAgainstPublished() throws Exception {
        Path file = tmp.resolve("d.txt");
        Files.writeString(file, "The envoy arrived on Friday.\nTalks resume next week.\n");
        assertEquals(0, Main.execute("figures", file.toString()));
        assertEquals("", stdout().strip(), "without a published date, relative dates are not read");
        out.reset();
        assertEquals(0, Main.execute("figures", "--published", "2026-03-11", file.toString()));
        String out = stdout();
        assertTrue(out.contains(file + ":1:22: date \"Friday\" = 2026-03-06"), out);
        assertTrue(out.contains(file + ":2:14: date \"next week\" = 2026-03-16/2026-03-22"), out);
        this.out.reset();
        assertEquals(0, Main.execute("figures", "--json", "--published", "2026-03-11", file.toString()));
        var array = new com.fasterxml.jackson.databind.ObjectMapper().readTree(stdout());
        assertEquals("2026-03-16", array.get(1).get("readLow").asText());
        assertEquals("2026-03-22", array.get(1).get("readHigh").asText());
        assertEquals(2, Main.execute("figures", "--published", "11 March", file.toString()));
        assertTrue(stderr().contains("expected an ISO date such as 2026-02-01, found '11 March'"), stderr());
        noStackTrace();
    }

    @Test
    void figuresTextShowsHowAReaderTakesTheFigure() throws Exception {
        Path file = tmp.resolve("r.txt");
        Files.writeString(file, "Turnout was around 64 per cent.");
        assertEquals(0, Main.execute("figures", file.toString()));
        assertEquals(file + ":1:13: percent \"around 64 per cent\" = 63–65 % (read 63–65 %)", stdout().strip());
    }

    @Test
    void figuresJsonHasTheReadingIntervalWithoutNoise() throws Exception {
        Path file = tmp.resolve("n.txt");
        Files.writeString(file, "The fund is worth about $14 million.");
        assertEquals(0, Main.execute("figures", "--json", file.toString()));
        var f = new com.fasterxml.jackson.databind.ObjectMapper().readTree(stdout()).get(0);
        assertEquals("13000000", f.get("low").toString());
        assertEquals("15000000", f.get("high").toString());
        assertEquals("15000000", f.get("readHigh").toString());
    }
}
