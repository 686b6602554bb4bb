package org.factcheck.check;

import org.factcheck.Factcheck;
import org.factcheck.Roots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each claim of the statuses fixture states the status it must get with {@code expect:}. */
class StatusFixtureTest {

    private static final Report REPORT = Factcheck.check(Roots.fixture("statuses"));

    static List<ClaimResult> claims() {
        return REPORT.claims();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("claims")
    void claimGetsTheStatusItExpects(ClaimResult r) {
        assertEquals(r.claim().expect(), r.status().id(), r.claim().id() + ": " + r.reason());
    }

    /** The statuses fixture, with the roles fixture for what needs an outlet the desk does not count. */
    @Test
    void fixtureCoversEveryStatus() {
        Set<Status> seen = EnumSet.noneOf(Status.class);
        REPORT.claims().forEach(r -> seen.add(r.status()));
        Factcheck.check(Roots.fixture("roles")).claims().forEach(r -> seen.add(r.status()));
        assertEquals(EnumSet.allOf(Status.class), seen);
        assertFalse(REPORT.hasBlockingErrors(), REPORT.diagnostics().toString());
    }

    @Test
    void outletsDifferingOnlyInCaseAreOneOutlet() {
        ClaimResult r = REPORT.claims().stream().filter(c -> c.claim().id().equals("term-single-source")).findFirst().orElseThrow();
        assertEquals(List.of("Alpha Daily"), r.outlets());
    }

    @Test
    void conflictsAreWarningsAndTheOthersErrors() {
        assertTrue(REPORT.diagnostics().stream().anyMatch(d -> d.severity().id().equals("warning")
                && d.at().file().equals("content/claims/cost-conflicting.yaml")));
        assertTrue(REPORT.diagnostics().stream().anyMatch(d -> d.severity().id().equals("error")
                && d.at().file().equals("content/claims/floor-ambiguous.yaml") && d.message().contains("add 'figure:'")));
    }
}
