package org.factcheck.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.factcheck.Factcheck;
import org.factcheck.Roots;
import org.factcheck.bench.GenerateCorpus;
import org.factcheck.check.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The streamed report.json is byte for byte what the tree writer it replaced wrote. */
class ReportJsonTest {

    @TempDir
    Path tmp;

    /** The writer report.json had before it was streamed: the tree of {@link ReportJson#of}, pretty-printed by Jackson. */
    private static String treeWriter(Report report) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        mapper.writer(printer).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, ReportJson.of(report));
        return out.toString(StandardCharsets.UTF_8);
    }

    private String streamed(Report report) throws Exception {
        Path file = tmp.resolve("report.json");
        ReportJson.write(report, file);
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"statuses", "site-full", "roles", "charts-keys", "errors", "editors-schema", "editors-suggest"})
    void streamedIsTheTreeWritersBytesOnFixtureRoots(String fixture) throws Exception {
        Report report = Factcheck.check(Roots.fixture(fixture));
        String expected = treeWriter(report);
        assertEquals(expected, streamed(report));
        assertTrue(expected.contains("\"claims\""), expected);
    }

    @Test
    void entriesKeptFromTheLastBuildChangeNoByte() throws Exception {
        Path root = tmp.resolve("kept");
        GenerateCorpus.generate(root, 300, 600, org.factcheck.Roots.desk("other").resolve("seeds"));
        Report big = Factcheck.check(root);
        Report small = Factcheck.check(Roots.fixture("statuses"));
        // The same claims in another order, so a kept entry lands first in a piece or after a comma.
        List<org.factcheck.check.ClaimResult> rotated = new ArrayList<>(big.claims().subList(7, big.claims().size()));
        rotated.addAll(big.claims().subList(0, 7));
        Report shifted = new Report(big.root(), big.settings(), big.articles(), rotated, big.summary(), big.diagnostics());
        ReportJson.Kept kept = new ReportJson.Kept();
        for (Report r : List.of(big, big, shifted, small, big, shifted)) {
            Map<String, String> claimKeys = new HashMap<>();
            r.claims().forEach(c -> claimKeys.put(c.claim().id(), c.toString()));
            Map<String, String> articleKeys = new HashMap<>();
            r.articles().forEach(a -> articleKeys.put(a.id(), a.toString()));
            assertEquals(treeWriter(r), new String(ReportJson.bytes(r, claimKeys, articleKeys, kept), StandardCharsets.UTF_8));
            assertEquals(r.claims().size() + r.articles().size(), kept.size());
        }
    }

    @Test
    void theFixturesHoldAFractionalFigure() throws Exception {
        // The writer's double branch: whole numbers are written as longs, others as doubles.
        String expected = treeWriter(Factcheck.check(Roots.fixture("statuses")));
        assertTrue(expected.matches("(?s).*\"(value|low|high)\" : -?\\d+\\.\\d+.*"), "no fractional figure in statuses");
    }

    @Test
    void streamedIsTheTreeWritersBytesOnAGeneratedRoot() throws Exception {
        Path root = tmp.resolve("root");
        // More claims than ReportJson writes on one thread, so pieces are joined.
        GenerateCorpus.generate(root, 300, 600, org.factcheck.Roots.desk("other").resolve("seeds"));
        Report report = Factcheck.check(root);
        String expected = treeWriter(report);
        assertTrue(expected.contains("\"kind\" : \"date\""), "no date figure in the generated root");
        assertTrue(expected.contains("\"figure\" : null"), "no source without a figure in the generated root");
        assertEquals(expected, streamed(report));
        assertEquals(expected, new String(ReportJson.bytes(report), StandardCharsets.UTF_8));
    }
}
