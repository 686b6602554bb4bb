package org.factcheck.model;

import org.factcheck.diagnostic.Location;

import java.time.LocalDate;

/**
 * One source a claim cites: a quote of an article, optionally naming which figure in it counts.
 *
 * @param article the cited article's id
 * @param quote text of the article, as the editor copied it
 * @param figure a part of the quote naming the figure meant when the quote holds several, or null
 * @param asOf the date the figure describes, for figures that change over time, or null
 * @param unit what the figure counts or measures when the printed noun is unusual ({@code unit:}), or null
 * @param errs the desk's reason for marking this source as the one that gets the fact wrong, or null
 * @param reliesOn outlets whose reporting this quote repeats ({@code relies_on:}), in addition to its article's
 * @param unitAt where {@code unit:} is written, or null
 */
public record Source(String article, Location articleAt, String quote, Location quoteAt,
                     String figure, Location figureAt, LocalDate asOf, String unit, String errs, Location errsAt,
                     java.util.List<String> reliesOn, Location reliesOnAt, Location unitAt) {

    public Source {
        reliesOn = java.util.List.copyOf(reliesOn);
    }

    /** A source with no unit, role or relies_on (tools and tests that build sources by hand). */
    public Source(String article, Location articleAt, String quote, Location quoteAt, String figure, Location figureAt,
                  LocalDate asOf) {
        this(article, articleAt, quote, quoteAt, figure, figureAt, asOf, null, null, null, java.util.List.of(), null, null);
    }
}
