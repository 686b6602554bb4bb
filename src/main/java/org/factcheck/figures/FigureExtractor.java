package org.factcheck.figures;

import java.time.LocalDate;
import java.util.List;

/**
 * Finds the figures in a text: money, percentages, durations, counts, areas, dates, ordinals and
 * ratios, each with its span and its value normalised to an interval.
 *
 * <p>Reading is a single hand-written pass over the text (no regular expressions), so it is
 * cheap enough to run over every quote and article the desk cites. Relative and year-less dates
 * ("six months ago", "last July", "in February", "January 17") are resolved only when a
 * published date is given; without one, "six months ago" is read as the duration "six months"
 * and the others are left out, because a date whose year is a guess is worse than none.
 */
public final class FigureExtractor {
    private FigureExtractor() {
    }

    /** Figures in {@code text}, in order of appearance, without a published date to resolve against. */
    public static List<Figure> extract(CharSequence text) {
        return extract(text, null);
    }

    /**
     * Figures in {@code text}, in order of appearance.
     *
     * @param published the article's publication date, used to resolve relative and year-less dates; may be null
     */
    public static List<Figure> extract(CharSequence text, LocalDate published) {
        if (text == null || text.length() == 0) {
            return List.of();
        }
        return List.copyOf(new Reader(text, published).read());
    }

    /**
     * How a careful reader takes the figure, as the intervals table prints it ("63–65 %", "≥ 8,800
     * homes", a date's first and last day), for editors' tools.
     */
    public static String reading(Figure f) {
        return Intervals.readAs(f);
    }
}
