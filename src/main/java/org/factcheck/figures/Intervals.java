package org.factcheck.figures;

/**
 * The one table of how wide a reader takes a written figure: precision from how the number is
 * written, fraction words, calendar units, ranges and hedges. The reader calls it to set a
 * figure's {@code readLow}/{@code readHigh}; the README and the methodology page are generated
 * from {@link #table()}.
 */
final class Intervals {
    private Intervals() {
    }
}
