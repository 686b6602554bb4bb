package org.factcheck.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The search index's fast tokeniser gives exactly the terms of the general one (the one search.js mirrors). */
class SearchTermsPropertiesTest {

    private static Set<String> general(String text) {
        Set<String> terms = new HashSet<>();
        SearchTerms.generalTerms(text, terms);
        return terms;
    }

    @Property(tries = 2000)
    void fastPathAgreesWithTheGeneralOne(@ForAll("texts") String text) {
        assertEquals(general(text), SearchTerms.termSet(text), text);
    }

    @Test
    void lettersOutsideAsciiTakeTheGeneralPath() {
        assertFalse(SearchTerms.simple("Zélensky"));
        assertFalse(SearchTerms.simple("Straße"));
        assertFalse(SearchTerms.simple("ΟΔΟΣ"));
        assertFalse(SearchTerms.simple("x\u0301")); // a combining mark
        assertFalse(SearchTerms.simple("½")); // a number
        assertTrue(SearchTerms.simple("He said: “20 per cent” — it’s 1,500 km at £5…"));
        assertEquals(general("He said: “20 per cent” — it’s 1,500 km at £5…"),
                SearchTerms.termSet("He said: “20 per cent” — it’s 1,500 km at £5…"));
    }

    /** Words from ASCII, typography, accented and non-Latin letters, marks, digits in other scripts and symbols. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> ascii = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(12);
        Arbitrary<String> words = Arbitraries.of("The", "DONBAS", "is", "88%", "a", "of", "Kyiv's", "per cent", "$5bn",
                "“quoted”", "—", "’", "\u00a0", "km²", "½", "Zélensky", "Straße", "ΟΔΟΣ", "İstanbul", "x\u0301", "٣", "€",
                "\u200b", "\u3001", "\uff01", "\t", "\n", "ﬁ", "Ⅻ", "🙂", "ǅ", "and", "TO", "ΟΔΟΣ'Α", "Σ.", "ΑΣ’Β", "ΑΣ", "-", "\r");
        return Arbitraries.oneOf(ascii, words).list().ofMaxSize(12).map(l -> String.join("", l));
    }
}
