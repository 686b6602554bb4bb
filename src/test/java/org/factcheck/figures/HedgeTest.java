package org.factcheck.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every hedge in the table reads as its shape says, in front of a real figure, with the step of the number. */
class HedgeTest {

    @Test
    void everyHedgeMakesItsInterval() {
        for (Hedge.Entry e : Hedge.table()) {
            String phrase = String.join(" ", e.words());
            String text = "It took " + phrase + " 240 drones.";
            List<Figure> fs = FigureExtractor.extract(text);
            assertEquals(1, fs.size(), text + " -> " + fs);
            Figure f = fs.get(0);
            assertEquals(phrase, f.hedge(), text);
            assertEquals(phrase + " 240 drones", f.text());
            // 240: step 10 (its last significant digit), bare margin 0.4 × 10
            String stated = switch (e.shape()) {
                case APPROXIMATE -> "230.0..250.0";
                case JUST_BELOW -> "230.0..240.0";
                case JUST_ABOVE -> "240.0..250.0";
                case AT_LEAST -> "240.0..null";
                case AT_MOST -> "null..240.0";
            };
            String read = switch (e.shape()) {
                case APPROXIMATE -> "230.0..250.0";
                case JUST_BELOW -> "230.0..244.0";
                case JUST_ABOVE -> "236.0..250.0";
                case AT_LEAST -> "236.0..null";
                case AT_MOST -> "null..244.0";
            };
            assertEquals(stated, f.low() + ".." + f.high(), text);
            assertEquals(read, f.readLow() + ".." + f.readHigh(), text);
        }
    }

    @Test
    void theIssuesTargets() {
        Figure around64 = FigureExtractor.extract("around 64 per cent").get(0);
        assertEquals(63.0, around64.readLow());
        assertEquals(65.0, around64.readHigh());
        Figure roughly70 = FigureExtractor.extract("roughly 70 per cent").get(0);
        assertEquals(65.0, roughly70.readLow());
        assertEquals(75.0, roughly70.readHigh());
        Figure some63 = FigureExtractor.extract("some 63 %").get(0);
        assertEquals(64.0, some63.readHigh(), "so 'about 70 %' (65–75) does not accept 'some 63 %'");
        Figure atLeast = FigureExtractor.extract("at least 60 days").get(0);
        assertNull(atLeast.high());
        assertNull(atLeast.readHigh());
    }
}
