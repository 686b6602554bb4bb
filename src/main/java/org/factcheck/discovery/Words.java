package org.factcheck.discovery;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The words of a sentence as discovery compares them: lower case, a crude English stem, without
 * stop words, reporting verbs, numbers, weekday and month names (they say when, not what). The verbs
 * of a beginning ("began", "started", "broke out") are one word, so that two reports of when a thing
 * began name the same event however each tells it.
 */
final class Words {

    private static final Set<String> STOP = Set.of(
            "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by", "with", "as",
            "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "it", "its", "this", "that",
            "these", "those", "their", "they", "he", "she", "his", "her", "we", "our", "you", "your", "i", "not",
            "no", "so", "than", "then", "there", "which", "who", "whom", "what", "when", "where", "will", "would",
            "could", "should", "may", "might", "can", "do", "does", "did", "about", "around", "some", "more",
            "less", "least", "most", "nearly", "almost", "over", "under", "up", "down", "out", "into", "after",
            "before", "since", "until", "also", "only", "just", "per", "cent", "percent", "all", "any", "each",
            "said", "say", "says", "told", "according", "added", "confirmed", "announced", "reported", "official",
            "officials", "now", "new", "last", "first", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "dozen", "hundred", "thousand", "million", "billion", "year", "years", "week",
            "weeks", "day", "days", "month", "months", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "june", "july", "august",
            "september", "october", "november", "december", "mr", "mrs", "ms", "s");

    /** Spellings of a beginning, read as the stem "start": "the fire began on" and "broke out on" tell one event. */
    private static final Set<String> BEGAN = Set.of("began", "begun", "begin", "begins", "beginning");
    /** "Broke out", "breaks out": a fire, a war or an outbreak starting; "broke" alone (a record, a promise) is not. */
    private static final Set<String> BROKE = Set.of("broke", "break", "breaks", "breaking");
    private static final String START = "start";

    private Words() {
    }

    /** The stems of the words of {@code text} outside [{@code skipFrom}, {@code skipTo}). */
    static Set<String> of(String text, int skipFrom, int skipTo) {
        Set<String> out = new LinkedHashSet<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\'' && i + 1 < n
                    && Character.isLetter(text.charAt(i + 1)))) {
                i++;
            }
            if (start >= skipFrom && start < skipTo) {
                continue;
            }
            String w = text.substring(start, i).toLowerCase(Locale.ROOT);
            if (w.endsWith("'s")) {
                w = w.substring(0, w.length() - 2);
            }
            if (BEGAN.contains(w) || BROKE.contains(w) && followedByOut(text, i)) {
                out.add(START);
                continue;
            }
            if (w.length() < 2 || STOP.contains(w)) {
                continue;
            }
            out.add(stem(w));
        }
        return out;
    }

    /** Whether the word ending at {@code i} is followed by "out" ("broke out"). */
    private static boolean followedByOut(String text, int i) {
        int j = i;
        while (j < text.length() && text.charAt(j) == ' ') {
            j++;
        }
        return j > i && text.regionMatches(true, j, "out", 0, 3)
                && (j + 3 >= text.length() || !Character.isLetter(text.charAt(j + 3)));
    }

    /** A crude suffix-stripping stem: "killed"/"kills" → "kill", "evacuated" → "evacuat", "villages" → "villag". */
    static String stem(String w) {
        String s = w;
        if (s.endsWith("ies") && s.length() > 4) {
            s = s.substring(0, s.length() - 3) + "y";
        } else if (s.endsWith("es") && s.length() > 4 && (s.endsWith("sses") || s.endsWith("xes") || s.endsWith("ches")
                || s.endsWith("shes"))) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("s") && !s.endsWith("ss") && s.length() > 3) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.endsWith("ed") && s.length() > 4) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("ing") && s.length() > 5) {
            s = s.substring(0, s.length() - 3);
        }
        if (s.endsWith("e") && s.length() > 4) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
