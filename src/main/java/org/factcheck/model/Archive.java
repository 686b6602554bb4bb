package org.factcheck.model;

import java.time.LocalDate;

/** An archived copy of an article (Robust Links: the version URL and the date it was taken). */
public record Archive(String url, LocalDate date) {
}
