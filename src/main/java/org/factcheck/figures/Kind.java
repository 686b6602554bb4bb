package org.factcheck.figures;

/**
 * What a figure measures; two figures are only ever compared when their kinds agree. {@link #AGE}
 * is a person's age ("Angelina Jolie, 50,", "the 73-year-old actor"), unit a duration unit: it is
 * not a count of 50 nor a duration of 73 years.
 */
public enum Kind {
    MONEY, PERCENT, DURATION, COUNT, AREA, DATE, ORDINAL, RATIO, AGE;

    /** Lower-case name used in JSON and CSS class names. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
