package org.factcheck.discovery;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factcheck.figures.Figure;
import org.factcheck.figures.Kind;

/**
 * The period a figure is said of, beyond its own words. A figure said of last year, of a year ago or of a
 * previous occurrence ("the hospital received €4.5m last year", "At this point last year, the reservoir stood
 * at 74 per cent", "The last hosepipe ban was in 2022") is another quantity than this year's, however alike the
 * sentences. A date that only names the period around publication ("this year", "last month", "this week") is
 * no date of an event: every report has its own, so it is nothing to compare.
 */
final class Periods {

    /**
     * Words that set a figure in a past period: "last year" (not "over the last year", the twelve months to
     * now), "a year ago", "two months earlier", "the previous year", "the year before", and a previous
     * occurrence told in the past tense ("the last hosepipe ban in the area was", "the previous strike was").
     */
    private static final Pattern PAST = Pattern.compile("(?i)(?<!\\bthe )(?<!\\bthe past )\\blast (?:year|month|week|season"
            + "|spring|summer|autumn|winter)\\b"
            + "|\\b(?:a|an|one|two|three|four|five|six|\\d+) (?:years?|months?) (?:ago|earlier|before)\\b"
            + "|\\bthe (?:previous|prior) (?:year|month|season)\\b|\\bthe year before\\b"
            + "|\\bthe (?:last|previous) (?:[\\p{L}-]+ ){1,5}?(?:was|were|had been)\\b");
    /** A sentence opening on a year ("In 2017 the island's previous ferry …"): the whole sentence is of that year. */
    private static final Pattern OPENS_ON_YEAR = Pattern.compile("^\\s*In ((?:19|20)\\d\\d)\\b");
    /** A date naming only the period around publication: "this year", "last month", "earlier this week". */
    private static final Pattern RELATIVE = Pattern.compile(
            "(?i)^(?:earlier |later )?(?:this|last|next) (?:week|month|year)(?:['’]s)?$");

    private Periods() {
    }

    /** Whether a date only names the period around publication ("this year", "last month"): no date to compare. */
    static boolean relative(Figure f) {
        return f.kind() == Kind.DATE && RELATIVE.matcher(f.text().strip()).matches();
    }

    /**
     * Whether figure {@code i} of {@code figures} is said of a past period: its sentence opens on a year before
     * publication, or a past cue stands nearer to it than to any other figure of the sentence (so "31 per cent,
     * against 74 per cent last year" sets only the 74 in the past). Offsets of {@code figures} are in the text
     * {@code sentence} starts at {@code sentenceStart} in.
     */
    static boolean past(String sentence, int sentenceStart, List<Figure> figures, int i, LocalDate published) {
        Figure f = figures.get(i);
        Matcher year = OPENS_ON_YEAR.matcher(sentence);
        if (published != null && year.find() && Integer.parseInt(year.group(1)) < published.getYear()
                && sentenceStart + year.end() <= f.start()) {
            return true;
        }
        Matcher cue = PAST.matcher(sentence);
        while (cue.find()) {
            int from = sentenceStart + cue.start();
            int to = sentenceStart + cue.end();
            if (f.start() < to && from < f.end()) {
                continue; // "last year" read as the date itself: no cue of another figure
            }
            int nearest = -1;
            int best = Integer.MAX_VALUE;
            for (int j = 0; j < figures.size(); j++) {
                Figure g = figures.get(j);
                if (g.end() <= sentenceStart || g.start() >= sentenceStart + sentence.length() || g.start() < to && from < g.end()) {
                    continue;
                }
                int gap = g.end() <= from ? from - g.end() : g.start() - to;
                if (gap < best) {
                    best = gap;
                    nearest = j;
                }
            }
            if (nearest == i) {
                return true;
            }
        }
        return false;
    }
}
