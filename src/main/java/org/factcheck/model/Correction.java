package org.factcheck.model;

import java.time.LocalDate;

/**
 * One entry of a claim's corrections log: when the fact-check changed and what changed, with the
 * status and the rating it changed from and to when the correction changed them.
 *
 * @param status the status change ({@code status: {from, to}}), or null when the status did not change
 * @param rating the rating change ({@code rating: {from, to}}), or null when the rating did not change
 */
public record Correction(LocalDate date, String text, Change status, Change rating) {

    /** A correction that changed neither the status nor the rating. */
    public Correction(LocalDate date, String text) {
        this(date, text, null, null);
    }

    /**
     * What a status or a rating was before a correction and after it.
     *
     * @param from the value before, or null when there was none (a claim first rated)
     * @param to the value after, or null when it was withdrawn (a rating taken off)
     */
    public record Change(String from, String to) {
    }
}
