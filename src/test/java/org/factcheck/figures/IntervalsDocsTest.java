package org.factcheck.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The intervals table in the handbook (and in the README while it holds one) is the one generated
 * from {@link Intervals#table()}. A desk's methodology page is content, so it is not checked here.
 * Run with {@code -Dintervals.update=true} to rewrite them.
 */
class IntervalsDocsTest {

    private static final String HOW = "regenerate with: mvn -B -o -q test -Dtest=IntervalsDocsTest -Dintervals.update=true";

    @Test
    void readmeTableIfAnyIsTheGeneratedOne() throws IOException {
        if (Files.readString(Path.of("README.md"), StandardCharsets.UTF_8).contains("<!-- intervals:begin -->")) {
            check(Path.of("README.md"), "<!-- intervals:begin -->", "<!-- intervals:end -->");
        }
    }

    @Test
    void handbookHoldsTheGeneratedTable() throws IOException {
        check(Path.of("src/site/markdown/statuses.md"), "<!-- intervals:begin -->", "<!-- intervals:end -->");
    }

    @Test
    void tableExamplesAreReadAsTheIssueAsks() {
        String md = Intervals.markdown();
        assertTrue(md.contains("| \"around 64 per cent\"; \"roughly 70 per cent\" | 63–65 %; 65–75 % |"), md);
        assertTrue(md.contains("\"a quarter of\"; \"half of\" | 24–26 %; 48–52 % |"), md);
    }

    private static void check(Path file, String begin, String end) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int b = text.indexOf(begin);
        int e = text.indexOf(end);
        assertTrue(b >= 0 && e > b, file + " has the markers " + begin + " and " + end);
        String generated = "\n\n" + Intervals.markdown() + "\n";
        String current = text.substring(b + begin.length(), e);
        if (Boolean.getBoolean("intervals.update") && !current.equals(generated)) {
            Files.writeString(file, text.substring(0, b + begin.length()) + generated + text.substring(e),
                    StandardCharsets.UTF_8);
            return;
        }
        assertEquals(generated, current, file + " is out of date with Intervals.table(); " + HOW);
    }
}
