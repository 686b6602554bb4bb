package org.factcheck.figures;

/**
 * What a figure measures; two figures are only ever compared when their kinds agree. {@link #AGE}
 * is a person's age ("Angelina Jolie, 50,", "the 73-year-old actor"), unit a duration unit: it is
 * not a count of 50 nor a duration of 73 years. {@link #TEMPERATURE} is a temperature in °C ("-12C",
 * "54 degrees Fahrenheit" converted when read), unit "°C", or null when only "degrees" was printed.
 */
public enum Kind {
    MONEY, PERCENT, DURATION, COUNT, AREA, DATE, ORDINAL, RATIO, AGE, TEMPERATURE;

    /** Lower-case name used in JSON and CSS class names. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
