package org.factcheck.load;

import org.factcheck.model.Correction;
import org.factcheck.diagnostic.Diagnostic;
import org.factcheck.diagnostic.Location;
import org.factcheck.diagnostic.Rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Keeps a claim's corrections log true to the claim: the latest status change must end at the status
 * the claim expects, and the latest rating change at the rating it has, so that the history a reader
 * sees leads to what the page shows.
 */
final class History {

    private record Step(LocalDate date, Correction.Change change, Location at) {
    }

    private Step status;
    private Step rating;

    /** Notes one correction's changes, at its {@code status:} and {@code rating:} fields; a later (or equal, later in the file) date wins. */
    void add(Correction c, Location statusAt, Location ratingAt) {
        if (c.status() != null && (status == null || !c.date().isBefore(status.date()))) {
            status = new Step(c.date(), c.status(), statusAt);
        }
        if (c.rating() != null && (rating == null || !c.date().isBefore(rating.date()))) {
            rating = new Step(c.date(), c.rating(), ratingAt);
        }
    }

    /** Warnings where the latest change does not end at the claim's {@code expect:} or {@code rating:}. */
    List<Diagnostic> check(String expect, String currentRating) {
        List<Diagnostic> out = new ArrayList<>(2);
        if (status != null && expect != null && !Objects.equals(status.change().to(), expect.strip())) {
            out.add(Diagnostic.warning(Rule.HISTORY, status.at(), "the latest status change in 'corrections:' (" + status.date()
                    + ") ends at '" + status.change().to() + "', but the claim expects '" + expect.strip()
                    + "'; log the change that led to it (status: {from, to})"));
        }
        String now = currentRating == null ? null : currentRating.strip();
        if (rating != null && !Objects.equals(rating.change().to(), now)) {
            out.add(Diagnostic.warning(Rule.HISTORY, rating.at(), "the latest rating change in 'corrections:' (" + rating.date()
                    + ") ends at " + (rating.change().to() == null ? "no rating" : "'" + rating.change().to() + "'") + ", but the claim's rating is "
                    + (now == null ? "none" : "'" + now + "'") + "; log the change that led to it (rating: {from, to})"));
        }
        return out;
    }
}
