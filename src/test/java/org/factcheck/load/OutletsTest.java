package org.factcheck.load;

import org.factcheck.model.Outlets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OutletsTest {

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = '|', value = {
            "Alpha Daily | alpha-daily",
            "Alpha-Daily | alpha-daily",
            "'  alpha   daily! ' | alpha-daily",
            "ALPHA_DAILY | alpha-daily",
            "Café Crème | cafe-creme",
            "The Daily-Mail! | the-daily-mail",
            "Élysée 24 | elysee-24",
            "--- | x",
    })
    void spellingsOfOneOutletShareOneKey(String name, String key) {
        assertEquals(key, Outlets.key(name));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "Wire Dig\u200Best | a zero-width space",
            "Wire Di\u00ADgest | a soft hyphen",
            "Wire\u2060 Digest | a word joiner",
            "\uFEFFWire Digest | a byte-order mark",
            "Wire Dig\u200Dest | a zero-width joiner",
            "Wire Digest\u202C | a bidi control",
            "\uFF37\uFF49\uFF52\uFF45 \uFF24\uFF49\uFF47\uFF45\uFF53\uFF54 | fullwidth letters",
            "WIRE DIGEST | capitals",
            "Wire Di\u0067\u0301est | a combining accent",
    })
    void invisibleAndCompatibilityCharactersDoNotMakeAnotherOutlet(String name, String what) {
        assertEquals("wire-digest", Outlets.key(unescape(name)), what);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "\uFB01nance Weekly | finance-weekly",        // the fi ligature
            "\u212Aiel Post | kiel-post",                  // the Kelvin sign
            "\u039F\u0394\u03A5\u03A3\u03A3\u0395\u0399\u0391\u03A3 | οδυσσειασ", // final sigma folds
            "\u03BF\u03B4\u03C5\u03C3\u03C3\u03B5\u03B9\u03B1\u03C2 | οδυσσειασ",
    })
    void foldsCompatibilityFormsAndCase(String name, String key) {
        assertEquals(key, Outlets.key(unescape(name)));
    }

    /** CSV sources cannot hold invisible characters readably: they are written as \\uXXXX. */
    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (s.startsWith("\\u", i)) {
                sb.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                sb.append(s.charAt(i));
            }
        }
        return sb.toString();
    }
}
