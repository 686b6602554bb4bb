package org.factcheck.discovery;

import java.time.LocalDate;
import java.util.Set;
import org.factcheck.figures.Figure;
import org.factcheck.model.Article;

/**
 * One figure an article prints, with what discovery needs to tell what it is about.
 *
 * @param article the article that prints it
 * @param figure the figure as read, its counted noun or length unit settled from the sentence
 *               ("38 of the 60 seats" counts 38 seats; "18km" is 18,000 metres)
 * @param unit what an editor writes as the source's {@code unit:} so the checker reads the figure as discovery did
 *             ("seats" for the 38 of "38 of the 60 seats", "kilometres" for "18km"), or null when no override is needed
 * @param measure the quantity key's label ("count of soldiers", "money in USD"): mentions of different
 *                measures are never about the same thing
 * @param sentence the sentence around it, verbatim from the capture
 * @param start where the figure starts in the capture (for coverage by claims)
 * @param end where it ends in the capture
 * @param line its one-based line in the capture file
 * @param column its one-based column
 * @param words the stems of the sentence's other words (what the figure is about)
 * @param near the stems of the few words just before and after it, where a date's event is named
 *             ("sworn in on 14 March", "flooded the valley on Friday")
 * @param names the stems of the names in the sentence (capitalised words not opening it): "Tarsa", "Kesh"
 * @param moving whether the sentence says the figure moves ("has risen to", "so far")
 * @param elsewhere whether the sentence says it is about another event ("In a separate incident", "Elsewhere")
 * @param subject the stems of the name in the figure's own noun phrase ("the 14km Carrow tunnel", "Carrow's 14km"),
 *                empty when the figure names none: what it measures when the sentence names several things
 * @param tally whether what it counts is a running tally, one that grows as news comes in (the dead, the
 *              displaced, the injured, cases): reports of it on later days may be larger without disagreeing
 * @param aspect for a date, whether it is when something began or ended ("broke out on", "stops at the end of");
 *               {@link Aspect#NONE} otherwise
 * @param weekday whether a date names only a weekday ("on Tuesday"): a day of the week it was published in
 * @param thing for a length, the stems of the thing it measures as its own phrase says ("a 2.4km link road",
 *              "the bridge, 2.4 kilometres long"), empty when it says none
 * @param origin for a length, the stems of the place it is measured from ("two miles from Inishvane pier"), empty
 *               when it says none: two distances from different places are two things, from one named place one
 * @param past whether it is said of a past period or a previous occurrence ("€4.5m last year", "At this point last
 *             year, … 74 per cent"): another quantity than the current one
 * @param story the stems of the names its article gives anywhere (not opening a sentence): what the whole story
 *              is about, when the figure's own sentence says too little ("The ship, with 168 passengers on board, …")
 */
public record Mention(Article article, Figure figure, String unit, String measure, String sentence, int start, int end, int line,
                      int column, Set<String> words, Set<String> near, Set<String> names, boolean moving,
                      boolean elsewhere, Set<String> subject, boolean tally, Aspect aspect, boolean weekday,
                      Set<String> thing, Set<String> origin, boolean past,
                      Set<String> story) {

    public Mention {
        words = Set.copyOf(words);
        near = Set.copyOf(near);
        names = Set.copyOf(names);
        subject = Set.copyOf(subject);
        thing = Set.copyOf(thing);
        origin = Set.copyOf(origin);
        story = Set.copyOf(story);
    }

    /** Whether a date tells when something began, when it ended, or neither. */
    public enum Aspect {
        /** "began on", "broke out on", "has run since", "opens on". */
        START,
        /** "ended on", "closes on", "stops at the end of", "its final sailing on". */
        END,
        /** Neither said, or no date. */
        NONE;

        /** Whether one is a beginning and the other an end: two events, however alike their words. */
        boolean opposes(Aspect other) {
            return this != NONE && other != NONE && this != other;
        }
    }

    /** The figure as printed in the article. */
    public String printed() {
        return figure.text();
    }

    /** The article's publication date. */
    public LocalDate published() {
        return article.published();
    }
}
