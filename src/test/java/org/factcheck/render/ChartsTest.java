package org.factcheck.render;

import org.factcheck.figures.Quantity;
import org.factcheck.figures.FigureExtractor;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Axis labels of the claim page's chart. */
class ChartsTest {

    private static Quantity.Reading first(String text) {
        return Quantity.read(FigureExtractor.extract(text, null).get(0), null);
    }

    @Test
    void labelsAreShortNumbersWithTheirUnitOrIsoDays() {
        assertEquals("800 bn USD", Charts.label(8e11, first("$800 billion")));
        assertEquals("1.5 m USD", Charts.label(1.5e6, first("$800 billion")));
        assertEquals("44,600", Charts.label(44600, first("44,600 people")).split(" ")[0]);
        assertEquals("19.5%", Charts.label(19.5, first("19 per cent")));
        assertEquals("42 days", Charts.label(42, first("six weeks")));
        assertEquals("44,600", Charts.label(44600, first("44,600 soldiers")));
        assertEquals("2022-02-01", Charts.label(java.time.LocalDate.of(2022, 2, 1).toEpochDay(), first("February 2022")));
    }

    private static View.Chart chart(String claimId) {
        org.factcheck.check.Report report = org.factcheck.Factcheck.check(org.factcheck.Roots.fixture("charts-keys"));
        assertFalse(report.hasBlockingErrors(), report.diagnostics().toString());
        return Charts.chart(report.claims().stream().filter(c -> c.claim().id().equals(claimId)).findFirst().orElseThrow());
    }

    @Test
    void durationsInDifferentUnitsShareAnAxisInDays() {
        View.Chart c = chart("ceasefire-length");
        assertNotNull(c, "three months and 90 days are one quantity");
        assertEquals("The figures side by side: a length of time", c.caption());
        View.ChartRow months = c.rows().get(0);
        View.ChartRow days = c.rows().get(1);
        assertFalse(months.point(), "three months is the bar 89–92 days");
        assertTrue(days.point());
        assertTrue(months.x1() < days.x1() && days.x1() < months.x2(), "90 days lies inside 89–92 days");
    }

    @Test
    void synonymNounsShareAChart() {
        View.Chart c = chart("troops-staying");
        assertNotNull(c, "troops and servicemen are one quantity");
        assertEquals("The figures side by side: a number of soldiers", c.caption());
        assertEquals(2, c.rows().size());
    }

    private static View.Chart labelled(String claimId) {
        org.factcheck.check.Report report = org.factcheck.Factcheck.check(org.factcheck.Roots.fixture("chart-labels"));
        assertFalse(report.hasBlockingErrors(), report.diagnostics().toString());
        return Charts.chart(report.claims().stream().filter(c -> c.claim().id().equals(claimId)).findFirst().orElseThrow());
    }

    @Test
    void theBarsSayWhatTheDeskConcludedNotBothRed() {
        View.Chart c = labelled("invasion-month");
        assertEquals(java.util.List.of("counted", "errs"), c.rows().stream().map(View.ChartRow::verdictClass).toList(),
                "the source marked as wrong is red, the one the desk follows is not");
        assertTrue(c.rows().get(1).value().text().endsWith("(wrong, the desk finds)"), c.rows().get(1).value().text());
        assertFalse(c.rows().get(0).value().text().contains("disagree"), c.rows().get(0).value().text());
        // With no source marked wrong, a conflict is a dispute, and copies that did not count are grey.
        assertTrue(labelled("evacuations").rows().stream().anyMatch(r -> r.verdictClass().equals("disputed")));
        assertTrue(labelled("many-sources").rows().stream().anyMatch(r -> r.verdictClass().equals("uncounted")));
    }

    @Test
    void longOutletNamesBreakIntoLinesThatTouchNothing() {
        for (String id : java.util.List.of("evacuations", "invasion-month", "many-sources")) {
            View.Chart c = labelled(id);
            java.util.List<double[]> boxes = Charts.boxes(c);
            for (int i = 0; i < boxes.size(); i++) {
                for (int j = i + 1; j < boxes.size(); j++) {
                    assertFalse(Charts.touch(boxes.get(i), boxes.get(j)), id + ": boxes " + i + " and " + j);
                }
            }
        }
        View.ChartRow longest = labelled("evacuations").rows().get(0);
        assertTrue(longest.label().lines().size() > 1, "a label longer than the plot is broken: " + longest.label().lines());
        assertEquals("start", longest.value().anchor(), "its value goes on a line of its own");
    }
}
