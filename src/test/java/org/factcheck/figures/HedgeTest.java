package org.factcheck.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every hedge in the table reads as its shape says, in front of a real figure. */
class HedgeTest {

    @Test
    void everyHedgeMakesItsInterval() {
        for (Hedge.Entry e : Hedge.table()) {
            String phrase = String.join(" ", e.words());
            String text = "It took " + phrase + " 200 drones.";
            List<Figure> fs = FigureExtractor.extract(text);
            assertEquals(1, fs.size(), text + " -> " + fs);
            Figure f = fs.get(0);
            assertEquals(phrase, f.hedge(), text);
            assertEquals(phrase + " 200 drones", f.text());
            assertEquals(e.shape().low(200), f.low(), text);
            assertEquals(e.shape().high(200), f.high(), text);
        }
    }

    @Test
    void shapes() {
        assertEquals(180.0, Hedge.Shape.APPROXIMATE.low(200), 1e-9);
        assertEquals(220.0, Hedge.Shape.APPROXIMATE.high(200), 1e-9);
        assertEquals(200.0, Hedge.Shape.JUST_BELOW.high(200));
        assertNull(Hedge.Shape.AT_LEAST.high(200));
        assertNull(Hedge.Shape.AT_MOST.low(200));
    }
}
