package org.factcheck.model;

import org.factcheck.diagnostic.Location;

import java.util.List;

/**
 * A hand-written claim: one checked statement and the quotes that support it.
 *
 * @param expect the status the desk expects (a status id such as {@code corroborated}), or null
 * @param rating the desk's verdict, free text for now, or null
 * @param note Markdown, or null
 * @param published the date the desk published this fact-check, or null
 * @param corrections the corrections log, oldest first
 * @param checked the date the desk last checked the claim against its sources ({@code checked:}), or null
 * @param tolerance relative tolerance overriding the per-kind default when figures are compared, or null
 * @param conclusion the desk's finding in one or two sentences ({@code conclusion:}), or null
 * @param claimant who made the claim ({@code claimant:}), or null
 * @param rates the exchange rates the desk states for comparing sums in two currencies ({@code rates:}),
 *              at most one per pair of currencies; empty when none
 */
public record Claim(String id, Location at, String title, String topic, String claim, List<Source> sources,
                    String note, String expect, Location expectAt, String rating, Location ratingAt, Double tolerance,
                    java.time.LocalDate published, List<Correction> corrections, java.time.LocalDate checked,
                    String conclusion, Claimant claimant, List<org.factcheck.figures.Rate> rates) {

    public Claim {
        sources = List.copyOf(sources);
        corrections = List.copyOf(corrections);
        rates = rates == null ? List.of() : List.copyOf(rates);
    }

    /**
     * The date pages print as the claim's last check: the later of {@code checked:} and the latest
     * correction's date (a correction is a re-check), else null: the build date never stands in for it.
     */
    public java.time.LocalDate lastChecked() {
        java.time.LocalDate corrected = corrections.isEmpty() ? null : corrections.get(corrections.size() - 1).date();
        if (checked != null && (corrected == null || !corrected.isAfter(checked))) {
            return checked;
        }
        return corrected;
    }
}
