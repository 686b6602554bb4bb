package org.factcheck.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.factcheck.diagnostic.Rule;
import org.junit.jupiter.api.Test;

/** Every rule id that check output can name is listed in the handbook's errors page, so a reader can look it up. */
class RuleDocsTest {

    @Test
    void everyRuleIdIsInTheErrorsPage() throws Exception {
        String page = Files.readString(Path.of("src/site/markdown/errors.md"), StandardCharsets.UTF_8);
        for (Rule rule : Rule.values()) {
            assertTrue(page.contains("`" + rule.id() + "`"), "errors.md does not list rule " + rule.id());
        }
    }
}
