package org.factcheck.discovery;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factcheck.discovery.Mention.Aspect;
import org.factcheck.figures.Figure;

/**
 * What a date says of its event beyond the event's words: whether it is when something began or when it
 * ended ("began on 9 August", "has run since 1958" against "stops at the end of September"), and whether
 * it names only a weekday ("on Tuesday"), which is said only of the days around publication.
 */
final class Events {

    /** The words that make a date a beginning (group 1) or an end (group 2) of what it dates. */
    private static final Pattern CUE = Pattern.compile("(?i)\\b(?:(began|begun|begins?|beginning|start(?:s|ed|ing)?"
            + "|broke out|breaks? out|since|open(?:s|ed|ing)?|launch(?:es|ed)?)"
            + "|(ends?|ended|ending|stop(?:s|ped)?|clos(?:e|es|ed|ing|ure)|final|last|finish(?:es|ed)?|shut(?:s)?|until|till))\\b");
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?i)^(?:on\\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:['’]s)?$");

    private Events() {
    }

    /**
     * Whether a date begins or ends what it dates, from the words told with it: the cue nearest before the
     * date ("which has run since", "stops at the end of"), else the first after it; {@link Aspect#NONE} when
     * neither is said ("sworn in on 14 March").
     */
    static Aspect aspect(String before, String after) {
        Aspect last = Aspect.NONE;
        Matcher m = CUE.matcher(before);
        while (m.find()) {
            last = m.group(1) != null ? Aspect.START : Aspect.END;
        }
        if (last != Aspect.NONE) {
            return last;
        }
        m = CUE.matcher(after);
        return m.find() ? m.group(1) != null ? Aspect.START : Aspect.END : Aspect.NONE;
    }

    /** Whether a date is a weekday alone ("Tuesday", "Tuesday's"): a day of the week it was published in. */
    static boolean weekday(Figure f) {
        return WEEKDAY.matcher(f.text().strip()).matches();
    }
}
