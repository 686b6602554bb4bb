package org.factcheck.load;

import org.factcheck.diagnostic.Location;
import org.factcheck.model.Outlets;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import java.text.Normalizer;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzz target for outlet identity: two spellings that differ only in what the key folds away
 * (invisible characters, letter case, compatibility forms, decomposed accents) get one key; and a
 * name with one letter swapped for a Cyrillic or Greek look-alike is never silently another outlet
 * (it is refused as mixed-script, warned about as a look-alike, or has the same key).
 * {@code mvn test} replays the seed corpus (OutletKeyFuzzTestInputs); JAZZER_FUZZ=1 fuzzes.
 */
public class OutletKeyFuzzTest {

    /** Characters that show nothing, which the key must drop wherever they are put. */
    private static final int[] INVISIBLE = {0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x202E, 0x2066, 0x180E, 0x034F, 0xFE0F};

    /** Look-alikes of ASCII letters, from Unicode's confusables.txt (an oracle kept apart from the implementation's table). */
    private static final List<String> CONFUSABLE = List.of(
            "aа", "cс", "eе", "hһ", "iі", "jј", "oо", "pр", "sѕ", "xх", "yу", "dԁ", "qԛ", "wԝ", "lӏ",
            "aα", "oο", "pρ", "iι", "kκ", "xχ", "oσ");

    /** Entry point for the standalone Jazzer driver (long runs by hand; see README). */
    public static void fuzzerTestOneInput(FuzzedDataProvider data) {
        run(data);
    }

    @FuzzTest(maxDuration = "10s")
    void outletKeys(FuzzedDataProvider data) {
        run(data);
    }

    private static void run(FuzzedDataProvider data) {
        String name = data.consumeString(60);
        String variant = variant(name, data);
        assertEquals(Outlets.key(name), Outlets.key(variant), () -> "'" + escape(name) + "' and '" + escape(variant) + "'");
        String key = Outlets.key(name);
        assertEquals(key, Outlets.key(key), "a key is its own key");

        String known = data.consumeAsciiString(40).replaceAll("[^A-Za-z ]", "");
        String spoof = substitute(known, data);
        if (spoof == null) {
            return;
        }
        boolean refused = TextRisks.mixedScriptWord(spoof) != null;
        boolean sameOutlet = Outlets.key(spoof).equals(Outlets.key(known));
        boolean warned = !OutletNames.lookAlikes(List.of(new OutletNames.Named(known, Location.of("a.yaml")),
                new OutletNames.Named(spoof, Location.of("b.yaml")))).isEmpty();
        assertTrue(refused || sameOutlet || warned, () -> "'" + escape(spoof) + "' passes for '" + known + "' unnoticed");
    }

    /** The name with each character kept, or preceded by an invisible one, or in another case, fullwidth or decomposed form. */
    private static String variant(String name, FuzzedDataProvider data) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            switch (data.consumeInt(0, 5)) {
                case 1 -> sb.appendCodePoint(INVISIBLE[data.consumeInt(0, INVISIBLE.length - 1)]).appendCodePoint(cp);
                case 2 -> sb.appendCodePoint(Character.isUpperCase(cp) ? Character.toLowerCase(cp) : Character.toUpperCase(cp));
                case 3 -> sb.appendCodePoint(cp > 0x20 && cp < 0x7F ? cp - 0x21 + 0xFF01 : cp);
                case 4 -> sb.append(Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD));
                case 5 -> sb.append(Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC));
                default -> sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    /** {@code known} with one letter replaced by a look-alike of another script, or null when it has no such letter. */
    private static String substitute(String known, FuzzedDataProvider data) {
        int start = data.consumeInt(0, Math.max(0, known.length() - 1));
        for (int k = 0; k < known.length(); k++) {
            int i = (start + k) % known.length();
            char c = Character.toLowerCase(known.charAt(i));
            for (String pair : CONFUSABLE) {
                if (pair.charAt(0) == c) {
                    return known.substring(0, i) + pair.substring(1) + known.substring(i + 1);
                }
            }
        }
        return null;
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> sb.append(cp >= 0x20 && cp < 0x7F ? String.valueOf((char) cp) : String.format("\\u{%X}", cp)));
        return sb.toString();
    }
}
