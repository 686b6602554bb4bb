package org.factcheck.model;

import org.factcheck.diagnostic.Location;

import java.time.LocalDate;
import java.util.List;

/**
 * One article's metadata: which outlet published it, when, and which capture (or which part
 * of a capture, between {@code from} and {@code to}) holds its text.
 *
 * @param id stable identifier, the file name unless the file sets {@code id}
 * @param at the article file
 * @param file the capture's path relative to the root, with forward slashes
 * @param from text where the article starts in the capture (included), or null for the start
 * @param to text where the next piece starts (excluded), or null for the end
 * @param inferred which of title, outlet, published were inferred rather than stated in the capture
 * @param note the desk's remark on the article, plain text, or null
 * @param archive an archived copy of the original, or null
 * @param reliesOnAt where {@code relies_on} is written
 * @param reliesOn outlets whose reporting the article says it repeats ({@code relies_on:}); the article is
 *                 not independent of them
 * @param caveat what a reader must know wherever the article's words are quoted ("a machine
 *               translation"), plain text, or null
 * @param republishes the desk's word on copies ({@code republishes:}): the id of the article this one
 *                    republishes, {@link #NOT_A_COPY} when it is no copy whatever detection says, or null
 * @param republishesAt where {@code republishes} is written
 */
public record Article(String id, Location at, String title, String outlet, LocalDate published, String url,
                      String file, String from, Location fromAt, String to, Location toAt,
                      List<String> inferred, String note, Archive archive, List<String> reliesOn,
                      Location reliesOnAt, String caveat, String republishes, Location republishesAt) {

    /** The value of {@code republishes:} that overrules a detected copy. */
    public static final String NOT_A_COPY = "none";

    public Article {
        inferred = List.copyOf(inferred);
        reliesOn = List.copyOf(reliesOn);
    }

    /** An article that relies on no other outlet's reporting (tools and tests that build articles by hand). */
    public Article(String id, Location at, String title, String outlet, LocalDate published, String url,
                   String file, String from, Location fromAt, String to, Location toAt,
                   List<String> inferred, String note, Archive archive) {
        this(id, at, title, outlet, published, url, file, from, fromAt, to, toAt, inferred, note, archive, List.of(), null);
    }

    /** An article with no caveat for readers and without the desk's word on copies. */
    public Article(String id, Location at, String title, String outlet, LocalDate published, String url,
                   String file, String from, Location fromAt, String to, Location toAt,
                   List<String> inferred, String note, Archive archive, List<String> reliesOn, Location reliesOnAt) {
        this(id, at, title, outlet, published, url, file, from, fromAt, to, toAt, inferred, note, archive, reliesOn, reliesOnAt,
                null, null, null);
    }

    /** This article with its outlet spelt {@code name} (the outlet's one display name). */
    public Article withOutlet(String name) {
        return new Article(id, at, title, name, published, url, file, from, fromAt, to, toAt, inferred, note, archive, reliesOn, reliesOnAt,
                caveat, republishes, republishesAt);
    }

    /** True when the named field was inferred by the desk rather than read in the capture. */
    public boolean isInferred(String field) {
        return inferred.contains(field);
    }
}
