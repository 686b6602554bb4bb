package org.factcheck.render;

import org.factcheck.figures.Figure;
import org.factcheck.figures.FigureExtractor;
import org.factcheck.figures.Figures;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The reader's phrases for a comparison say what each outlet printed and why they agree or not, in plain words. */
class PlainWordsTest {

    private static Figure one(String text) {
        return FigureExtractor.extract(text).get(0);
    }

    private static String compare(String a, String b) {
        Figure fa = one(a);
        Figure fb = one(b);
        return PlainWords.comparison(fa, "CNN", fb, "BBC", Figures.compare(fa, fb, null));
    }

    @Test
    void oppositeHedgesSayWhichValueTheyFallEitherSideOf() {
        assertEquals("CNN says “more than 9,000 homes”, BBC “nearly 9,000 homes”: they disagree on which side of 9,000 homes it is",
                compare("more than 9,000 homes", "nearly 9,000 homes"));
    }

    @Test
    void theSameFigureIsSaidOnce() {
        assertEquals("CNN and BBC both say “15 years”", compare("15 years", "15 years"));
    }

    @Test
    void twoCurrenciesAreNotComparedAndNothingTellsTheReaderToEditAFile() {
        assertEquals("CNN says “$2.5 billion”, BBC “€2.5 billion”: different currencies, so they were not compared",
                compare("$2.5 billion", "€2.5 billion"));
    }

    @Test
    void differentFiguresSimplyDisagree() {
        assertEquals("CNN says “12,000 troops”, BBC “13,000 troops”: they disagree", compare("12,000 troops", "13,000 troops"));
    }

    @Test
    void readingsOfCalendarUnitsArePlural() {
        assertEquals("15 years", PlainWords.reading(one("15 years")));
        assertEquals("1 year", PlainWords.reading(one("1 year")));
    }
}
