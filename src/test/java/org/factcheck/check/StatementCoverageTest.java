package org.factcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factcheck.Factcheck;
import org.factcheck.Roots;
import org.factcheck.diagnostic.Diagnostic;
import org.factcheck.diagnostic.Rule;
import org.junit.jupiter.api.Test;

/** A claim's statement carries nothing its quotes do not: a date or a name no quote holds is warned at {@code claim:}. */
class StatementCoverageTest {

    private static List<Diagnostic> warned() {
        Report report = Factcheck.check(Roots.fixture("statement"));
        return report.diagnostics().stream().filter(d -> d.rule() == Rule.STATEMENT).toList();
    }

    @Test
    void aPlaceAndADateThatNoQuoteHoldsAreWarnedAtTheStatement() {
        Diagnostic d = warned().stream().filter(w -> w.at().file().endsWith("place-and-date-not-quoted.yaml")).findFirst()
                .orElseThrow(() -> new AssertionError(warned().toString()));
        assertEquals("warning", d.severity().id());
        assertEquals(4, d.at().line());
        assertEquals(8, d.at().column());
        assertTrue(d.message().contains("'Harbour House'") && d.message().contains("'14 January 2031'"), d.message());
        // the sentence's first word is not taken for a name
        assertTrue(!d.message().contains("'The"), d.message());
    }

    @Test
    void aQuoteGivingOnlyTheMonthDoesNotCarryTheDay() {
        Diagnostic d = warned().stream().filter(w -> w.at().file().endsWith("month-for-a-day.yaml")).findFirst()
                .orElseThrow(() -> new AssertionError(warned().toString()));
        assertTrue(d.message().contains("'2 March 2031'"), d.message());
        assertTrue(!d.message().contains("Ferries"), d.message());
    }

    @Test
    void namesInQuotesOrTitlesOutletNamesWeekdaysAndYearlessDatesOfTheQuotesCount() {
        assertTrue(warned().stream().noneMatch(w -> w.at().file().endsWith("everything-quoted.yaml")), warned().toString());
        assertEquals(2, warned().size(), warned().toString());
    }

    @Test
    void namesAreRunsOfCapitalisedWordsWithoutTheFirstWordTitlesOrCalendarWords() {
        assertEquals(List.of("Putin", "Joint Base Elmendorf-Richardson", "Anchorage", "Alaska"),
                StatementCoverage.runs("Trump and Putin's summit was at Joint Base Elmendorf-Richardson in Anchorage, Alaska, on Friday 15 August."));
        assertEquals(List.of("Zelenskyy", "White House"),
                StatementCoverage.runs("The meeting of President Zelenskyy at the White House. Later it ended."));
    }
}
