package org.factcheck.load;

import org.factcheck.diagnostic.Diagnostic;
import org.factcheck.files.Limits;

import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzz target for the YAML reader and schema validation: any text either loads into a located
 * tree or fails with a located {@link YamlReader.YamlSyntaxException}; nothing else escapes.
 * {@code mvn test} replays the seed corpus (YamlFuzzTestInputs); JAZZER_FUZZ=1 fuzzes.
 */
public class YamlFuzzTest {

    /** Entry point for the standalone Jazzer driver (long runs by hand; see README). */
    public static void fuzzerTestOneInput(byte[] input) {
        run(input);
    }

    @FuzzTest(maxDuration = "10s")
    void yaml(byte[] input) {
        run(input);
    }

    private static void run(byte[] input) {
        String text = new String(input, java.nio.charset.StandardCharsets.UTF_8);
        YamlNode doc;
        try {
            doc = YamlReader.read("content/claims/x.yaml", text, Limits.DEFAULTS.yamlDepth());
        } catch (YamlReader.YamlSyntaxException e) {
            assertNotNull(e.at);
            assertTrue(e.at.line() >= 1 && e.at.column() >= 1, e.at.toString());
            return;
        }
        if (doc instanceof YamlNode.Mapping m) {
            for (Schemas.Kind kind : Schemas.Kind.values()) {
                for (Diagnostic d : Schemas.validate(kind, m)) {
                    assertTrue(d.at().line() >= 1, d.toString());
                }
            }
        }
    }
}
