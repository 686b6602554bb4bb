package org.factcheck.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The agreement table in the handbook's statuses page is the one generated from
 * {@link Agreement#table()}, each example compared by the engine. Run with
 * {@code -Dagreement.update=true} to rewrite it.
 */
class AgreementDocsTest {

    private static final Path PAGE = Path.of("src/site/markdown/statuses.md");
    private static final String BEGIN = "<!-- agreement:begin -->";
    private static final String END = "<!-- agreement:end -->";

    @Test
    void statusesPageHoldsTheGeneratedTable() throws IOException {
        String text = Files.readString(PAGE, StandardCharsets.UTF_8);
        int b = text.indexOf(BEGIN);
        int e = text.indexOf(END);
        assertTrue(b >= 0 && e > b, PAGE + " has the markers " + BEGIN + " and " + END);
        String generated = "\n\n" + Agreement.markdown() + "\n";
        String current = text.substring(b + BEGIN.length(), e);
        if (Boolean.getBoolean("agreement.update") && !current.equals(generated)) {
            Files.writeString(PAGE, text.substring(0, b + BEGIN.length()) + generated + text.substring(e),
                    StandardCharsets.UTF_8);
            return;
        }
        assertEquals(generated, current, PAGE + " is out of date with Agreement.table(); regenerate with: "
                + "mvn -B -o -q test -Dtest=AgreementDocsTest -Dagreement.update=true");
    }

    @Test
    void tableSaysWhatTheIssueAsks() {
        String md = Agreement.markdown();
        assertTrue(md.contains("| \"at least 40 people\" | \"39 people\" | disagree |"), md);
        assertTrue(md.contains("| \"more than 9,000 homes\" | \"nearly 9,000 homes\" | disagree |"), md);
        assertTrue(md.contains("| \"just over half of voters\" | \"almost half of voters\" | disagree |"), md);
        assertTrue(md.contains("| \"hundreds of civilians\" | \"about 400 civilians\" | consistent (does not confirm) |"), md);
        assertTrue(md.contains("| \"hundreds of homes\" | \"40 homes\" | disagree |"), md);
        assertTrue(md.contains("| \"more than 9,000 homes\" | \"9,400 homes\" | agree |"), md);
    }
}
