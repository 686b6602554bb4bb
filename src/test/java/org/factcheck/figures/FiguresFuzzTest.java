package org.factcheck.figures;

import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzz target for the figure extractor: on any text it returns figures in order whose offsets lie
 * inside the text and whose text is the text at those offsets.
 */
public class FiguresFuzzTest {

    /** Entry point for the standalone Jazzer driver (long runs by hand; see README). */
    public static void fuzzerTestOneInput(byte[] input) {
        run(input);
    }

    @FuzzTest(maxDuration = "10s")
    void extract(byte[] input) {
        run(input);
    }

    private static void run(byte[] input) {
        String text = new String(input, java.nio.charset.StandardCharsets.UTF_8);
        int last = -1;
        for (Figure f : FigureExtractor.extract(text, java.time.LocalDate.of(2025, 8, 17))) {
            assertTrue(0 <= f.start() && f.start() < f.end() && f.end() <= text.length(), f::toString);
            assertEquals(text.substring(f.start(), f.end()), f.text());
            assertTrue(f.start() >= last, "figures in order");
            last = f.start();
            f.normalised();
        }
    }
}
