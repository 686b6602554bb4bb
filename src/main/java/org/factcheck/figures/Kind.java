package org.factcheck.figures;

/** What a figure measures; two figures are only ever compared when their kinds agree. */
public enum Kind {
    MONEY, PERCENT, DURATION, COUNT, AREA, DATE, ORDINAL, RATIO;

    /** Lower-case name used in JSON and CSS class names. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
