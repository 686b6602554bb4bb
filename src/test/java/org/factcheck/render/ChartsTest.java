package org.factcheck.render;

import org.factcheck.figures.Quantity;
import org.factcheck.figures.FigureExtractor;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Axis labels of the claim page's chart. */
class ChartsTest {

    private static Quantity.Reading first(String text) {
        return Quantity.read(FigureExtractor.extract(text, null).get(0), null);
    }

    @Test
    void labelsAreShortNumbersWithTheirUnitOrIsoDays() {
        assertEquals("800 bn USD", Charts.label(8e11, first("$800 billion")));
        assertEquals("1.5 m USD", Charts.label(1.5e6, first("$800 billion")));
        assertEquals("44,600", Charts.label(44600, first("44,600 people")).split(" ")[0]);
        assertEquals("19.5%", Charts.label(19.5, first("19 per cent")));
        assertEquals("42 days", Charts.label(42, first("six weeks")));
        assertEquals("44,600", Charts.label(44600, first("44,600 soldiers")));
        assertEquals("2022-02-01", Charts.label(java.time.LocalDate.of(2022, 2, 1).toEpochDay(), first("February 2022")));
    }
}
