package org.factcheck.load;

import java.time.LocalDate;

/** One entry of a claim's corrections log: when the fact-check changed and what changed. */
public record Correction(LocalDate date, String text) {
}
