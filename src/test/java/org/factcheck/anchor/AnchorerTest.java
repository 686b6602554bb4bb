package org.factcheck.anchor;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnchorerTest {

    private static final String TEXT = "Intro line.\nThere’s talk of a “15-year term” for security\n  guarantees — "
            + "Zelenskyy asked for 50 years.\nThe plan’s cost: $800 billion.";

    private static Anchorer whole(String text) {
        return new Anchorer(new ArticleText(text, 0, text.length()));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "There's talk of a \"15-year term\" | There’s talk of a “15-year term”",
            "“15-year term” for security guarantees | “15-year term” for security\\n  guarantees",
            "security guarantees - Zelenskyy | security\\n  guarantees — Zelenskyy",
            "guarantees – Zelenskyy asked | guarantees — Zelenskyy asked",
            "  The plan's cost:   $800 billion.  | The plan’s cost: $800 billion.",
    })
    void findsQuotesAcrossTypography(String quote, String expectedOriginal) {
        Anchor a = whole(TEXT).find("c", 0, quote.replace("\\n", "\n"));
        assertTrue(a.found(), "should anchor: " + quote);
        assertEquals(expectedOriginal.replace("\\n", "\n"), a.matched());
        assertEquals(a.matched(), TEXT.substring(a.start(), a.end()));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "there's talk of a \"15-year term\"",      // letter case is not typography
            "There's talk of a 15-year term",          // missing quotation marks are missing characters
            "Zelenskyy asked for 50 year.",            // spelling
            "$800 bn",                                 // a different way of writing the figure
            "Intro line. There's talk of a \"15 year term\"",
    })
    void doesNotIgnoreAnythingButTypography(String quote) {
        assertFalse(whole(TEXT).find("c", 0, quote).found(), quote);
    }

    @Test
    void hintsAtLetterCase() {
        Anchor a = whole(TEXT).find("c", 0, "the plan's cost");
        assertFalse(a.found());
        assertEquals("the article has it with different letter case: 'The plan’s cost'", a.hint());
    }

    @Test
    void respectsTheArticleRangeAndSaysSo() {
        String capture = "First piece says 88 per cent.\nSecond piece says 19 per cent.";
        int second = capture.indexOf("Second");
        Anchorer firstOnly = new Anchorer(new ArticleText(capture, 0, second));
        assertTrue(firstOnly.find("c", 0, "88 per cent").found());
        Anchor elsewhere = firstOnly.find("c", 0, "19 per cent");
        assertFalse(elsewhere.found());
        assertNotNull(elsewhere.hint());
        assertTrue(elsewhere.hint().contains("outside this article's from/to range"), elsewhere.hint());
        Anchor found = new Anchorer(new ArticleText(capture, second, capture.length())).find("c", 0, "19 per cent");
        assertEquals(capture.indexOf("19 per cent"), found.start());
    }

    @Test
    void givesTheSentenceAroundTheQuote() {
        String text = "One sentence here. Trump set a 50-day deadline for a ceasefire. Putin called the bluff.";
        Anchor a = whole(text).find("c", 0, "a 50-day deadline");
        assertEquals("Trump set ", a.before());
        assertEquals(" for a ceasefire.", a.after());
        assertNull(a.hint());
    }
}
