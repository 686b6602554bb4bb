package org.factcheck.load;

import org.factcheck.diagnostic.Diagnostic;
import org.factcheck.diagnostic.Location;
import org.factcheck.diagnostic.Rule;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutletNamesTest {

    private static List<Diagnostic> lookAlikes(String... names) {
        List<OutletNames.Named> named = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            named.add(new OutletNames.Named(names[i], Location.of("content/articles/a" + i + ".yaml")));
        }
        return OutletNames.lookAlikes(named);
    }

    @ParameterizedTest(name = "{0} looks like {1}")
    @CsvSource(delimiter = '|', value = {
            "Аӏрһа Post | Alpha Post",     // every letter of the first word Cyrillic
            "Ѕрасе Νеwѕ | Space News",     // Cyrillic, Greek and Latin letters
            "Wire Dlgest | Wire Digest",   // l for i
            "W1re Digest | Wire Digest",   // 1 for i
            "M0rning Star | Morning Star", // 0 for o
            "Modern Times | Modem Times",  // rn for m
    })
    void namesWithOneSkeletonAreWarnedAbout(String spoof, String known) {
        List<Diagnostic> found = lookAlikes(known, spoof);
        assertEquals(1, found.size(), found.toString());
        assertEquals(Rule.LOOK_ALIKE, found.get(0).rule());
        assertEquals("content/articles/a1.yaml", found.get(0).at().file(), "the later name is the one blamed");
        assertTrue(found.get(0).message().contains("looks the same as outlet '" + known + "'"), found.get(0).message());
    }

    @ParameterizedTest(name = "{0} and {1}")
    @CsvSource(delimiter = '|', value = {
            "Wire Digest | Wire Digset",   // neighbours swapped
            "Wire Digest | Wire Diggest",  // a letter added
            "Wire Digest | Wire Dgest",    // a letter dropped
            "Wire Digest | Wire Digesk",   // a letter changed
            "Wire Digest | WireDigest",    // a space dropped
    })
    void namesOneEditApartAreWarnedAbout(String known, String typo) {
        List<Diagnostic> found = lookAlikes(known, typo);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).message().contains("is one letter away from outlet '" + known + "'"), found.get(0).message());
    }

    @Test
    void differentNamesAndShortWordsOneLetterApartAreNot() {
        assertEquals(List.of(), lookAlikes("ABC News", "NBC News", "CBS News", "The Sun", "The Times", "Wire Digest", "Wire Daily",
                "Daily Post", "Daily Posts Review", "Новая газета", "Νέα Εποχή"));
    }

    @Test
    void eachNameIsComparedWithTheFirstOfItsGroupOnly() {
        // Three spellings of one skeleton: two warnings, each naming the first (no pair is reported twice).
        List<Diagnostic> found = lookAlikes("Alpha Post", "Аӏрһа Post", "Alрha Post ");
        assertEquals(2, found.size(), found.toString());
        found.forEach(d -> assertTrue(d.message().contains("outlet 'Alpha Post' (content/articles/a0.yaml)"), d.message()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Wire Digеst | Digеst",          // Cyrillic е in a Latin word
            "Νews Today | Νews",             // Greek capital nu
            "Газета Dаily | Dаily",          // a Cyrillic word is fine, a mixed one is not
    })
    void mixedScriptWordsAreFound(String name, String word) {
        assertEquals(word, TextRisks.mixedScriptWord(name));
    }

    @Test
    void singleScriptWordsAreFine() {
        assertNull(TextRisks.mixedScriptWord("Газета Daily"));
        assertNull(TextRisks.mixedScriptWord("Café Crème"));
        assertNull(TextRisks.mixedScriptWord("東京テレビ TV"));
        assertNotNull(TextRisks.mixedScriptWord("Dig\u200Bеst"), "an invisible character does not split a word");
    }
}
