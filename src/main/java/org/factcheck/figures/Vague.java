package org.factcheck.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Vague quantities: "hundreds of civilians", "dozens of drones", "thousands", "several", "a number
 * of". They are read as what they are, a wide count, so that a precise figure can be found
 * <em>consistent</em> with one (or contradicted by it: 40 is not "hundreds") but never confirmed by
 * it. The reader leaves them out, because they are not figures a desk checks; the checker reads them
 * only in a quote that holds no figure, where they are what the outlet says instead of a number.
 *
 * <p>A scale word in the plural means from two of it to under twenty of it: "dozens" 24–239,
 * "hundreds" 200–1,999, "thousands" 2,000–19,999, "tens of thousands" 20,000–199,999, "hundreds
 * of thousands" 200,000–1,999,999, "millions" 2–19.99 million, "scores" 40–399. "Several" is 3–10;
 * "a number of" is 2 or more.
 */
public final class Vague {
    private Vague() {
    }

    /** One vague phrase, its words and the count it means. */
    private record Phrase(String[] words, double low, double high) {
    }

    private static final List<Phrase> PHRASES = new ArrayList<>();

    static {
        // Longest first, so "hundreds of thousands of" wins over "hundreds of".
        add("hundreds of thousands of", 200_000, 1_999_999);
        add("tens of thousands of", 20_000, 199_999);
        add("hundreds of thousands", 200_000, 1_999_999);
        add("tens of thousands", 20_000, 199_999);
        add("a number of", 2, Double.POSITIVE_INFINITY);
        add("hundreds of", 200, 1_999);
        add("thousands of", 2_000, 19_999);
        add("millions of", 2_000_000, 19_999_999);
        add("dozens of", 24, 239);
        add("scores of", 40, 399);
        add("hundreds", 200, 1_999);
        add("thousands", 2_000, 19_999);
        add("millions", 2_000_000, 19_999_999);
        add("dozens", 24, 239);
        add("several", 3, 10);
        PHRASES.sort((a, b) -> b.words().length - a.words().length);
    }

    private static void add(String phrase, double low, double high) {
        PHRASES.add(new Phrase(phrase.split(" "), low, high));
    }

    /** Words after a vague phrase that are not what it counts ("several of them", "hundreds more"). */
    private static final Set<String> NOT_NOUNS = Set.of("of", "the", "them", "those", "these", "more", "times", "and",
            "or", "to", "in", "on", "at", "a", "an", "who", "which", "that", "were", "are", "have", "had", "was");

    /** The hedge text every vague figure carries, so a comparison can tell it from a stated figure. */
    static boolean is(Figure f) {
        return f != null && f.hedge() != null && f.kind() == Kind.COUNT && f.low() != null && f.value() == f.low()
                && isPhrase(f.hedge());
    }

    private static boolean isPhrase(String hedge) {
        String[] w = hedge.strip().toLowerCase(Locale.ROOT).split("\\s+");
        for (Phrase p : PHRASES) {
            if (java.util.Arrays.equals(p.words(), w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The vague quantities in {@code text}, in order, as count figures: value and low the least the
     * phrase means, high the most (null when unbounded), the reading interval the same (nothing is
     * widened: the words set the range), hedge the phrase as printed, unit the counted noun after it
     * ("hundreds of civilians", "several soldiers"; not after a bare "thousands", where a verb follows)
     * or null.
     */
    public static List<Figure> read(CharSequence text) {
        List<int[]> words = words(text);
        List<Figure> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Phrase hit = null;
            for (Phrase p : PHRASES) {
                if (matches(text, words, i, p.words())) {
                    hit = p;
                    break;
                }
            }
            if (hit == null) {
                continue;
            }
            int last = i + hit.words().length - 1;
            int start = words.get(i)[0];
            int end = words.get(last)[1];
            String unit = null;
            int next = last + 1;
            boolean namesNoun = hit.words()[hit.words().length - 1].equals("of") || hit.words()[0].equals("several");
            if (namesNoun && next < words.size() && gap(text, words.get(last)[1], words.get(next)[0])) {
                String w = word(text, words.get(next));
                if (w.equals(w.toLowerCase(Locale.ROOT)) && !NOT_NOUNS.contains(w)) {
                    unit = w;
                    end = words.get(next)[1];
                }
            }
            Double high = Double.isInfinite(hit.high()) ? null : hit.high();
            out.add(new Figure(start, end, text.subSequence(start, end).toString(), Kind.COUNT, hit.low(), unit,
                    hit.low(), high, text.subSequence(words.get(i)[0], words.get(last)[1]).toString(), null, false,
                    hit.low(), high));
            i = last;
        }
        return List.copyOf(out);
    }

    /** Only white space between two words, so a noun after a comma or a full stop is not taken. */
    private static boolean gap(CharSequence text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Character.isWhitespace(text.charAt(k)) && text.charAt(k) != '\u00a0') {
                return false;
            }
        }
        return true;
    }

    private static boolean matches(CharSequence text, List<int[]> words, int at, String[] phrase) {
        if (at + phrase.length > words.size()) {
            return false;
        }
        for (int k = 0; k < phrase.length; k++) {
            if (!word(text, words.get(at + k)).toLowerCase(Locale.ROOT).equals(phrase[k])
                    || k > 0 && !gap(text, words.get(at + k - 1)[1], words.get(at + k)[0])) {
                return false;
            }
        }
        return true;
    }

    private static String word(CharSequence text, int[] span) {
        return text.subSequence(span[0], span[1]).toString();
    }

    /** Spans of runs of letters. */
    private static List<int[]> words(CharSequence text) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int s = i;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
            out.add(new int[] {s, i});
        }
        return out;
    }
}
