package org.factcheck.model;

import org.factcheck.load.Pages;

import java.time.LocalDate;

/**
 * Who made a claim the desk checks ({@code claimant:}): a name, and optionally where and when they
 * said it. Pages show it under the claim; ClaimReview names it as the author of the claim reviewed.
 *
 * @param name  who said it (a person or an organisation)
 * @param where where they said it ("a press conference in Kyiv", "on X"), or null
 * @param date  when they said it, or null
 */
public record Claimant(String name, String where, LocalDate date) {
}
