package org.factcheck.anchor;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The "closest text in the article" hint for quotes that do not anchor. */
class ClosestTest {

    private static final String TEXT = "Intro line.\nThere’s talk of a “15-year term” for security\n  guarantees — "
            + "Zelenskyy asked for 50 years.\nThe plan’s cost: $800 billion, officials said on Monday.";

    private static String hint(String text, String quote) {
        Anchor a = new Anchorer(new ArticleText(text, 0, text.length())).find("c", 0, quote);
        assertTrue(!a.found(), quote);
        return a.hint();
    }

    @Test
    void namesADigitThatDiffers() {
        assertEquals("closest text in the article: 'Zelenskyy asked for 50 years.' (a number differs: the quote has '60', the article '50')",
                hint(TEXT, "Zelenskyy asked for 60 years."));
    }

    @Test
    void namesAMissingAndAnExtraWord() {
        assertEquals("closest text in the article: 'Zelenskyy asked for 50 years.' (the quote lacks 'for')",
                hint(TEXT, "Zelenskyy asked 50 years."));
        assertEquals("closest text in the article: 'The plan’s cost: $800 billion,' (the quote adds 'total')",
                hint(TEXT, "The plan's total cost: $800 billion,"));
    }

    @Test
    void namesLetterCaseWordByWord() {
        String h = hint(TEXT, "zelenskyy asked for 60 years");
        assertTrue(h.startsWith("closest text in the article: 'Zelenskyy asked for 50 years'"), h);
        assertTrue(h.contains("letter case: the quote has 'zelenskyy', the article 'Zelenskyy'"), h);
        assertTrue(h.contains("a number differs"), h);
    }

    @Test
    void saysSoWhenNothingIsClose() {
        assertTrue(hint(TEXT, "The moon is made of cheese entirely").startsWith("no passage of the article is close"));
    }

    @Test
    void findsTheDifferingNumberInALongArticle() {
        // Its speed on long articles is measured by the capture-scaling benchmark, not asserted here.
        StringBuilder sb = new StringBuilder();
        for (int i = 0; sb.length() < 4_000_000; i++) {
            sb.append("Paragraph ").append(i).append(" says the ministry counted ").append(i % 977).append(" drones overnight. ");
        }
        sb.append("Officials said the reconstruction would cost $524 billion over ten years.");
        String text = sb.toString();
        String h = hint(text, "Officials said the reconstruction would cost $542 billion over ten years.");
        assertTrue(h.contains("the quote has '$542', the article '$524'"), h);
    }

    @Test
    void differencesAreWordLevel() {
        assertEquals("letter case differs only", Closest.differences("A b", "a B"));
        assertNull(Closest.find("abc", 0, 3, ""));
    }
}
