package org.factcheck.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The hedge table: words before a figure and the shape of interval each one makes of the value.
 * How wide that interval is follows the precision of the written number ({@link Intervals}: the
 * step), so "around 64 per cent" is 63–65 % and "roughly 70 per cent" 65–75 %.
 *
 * <table>
 *   <caption>Hedges (matched case-insensitively, longest phrase first)</caption>
 *   <tr><th>Hedge</th><th>Shape</th><th>stated interval</th></tr>
 *   <tr><td>about, around, roughly, approximately, some, an estimated, estimated, circa, close to, an average of</td>
 *       <td>APPROXIMATE</td><td>v ± step</td></tr>
 *   <tr><td>nearly, almost, just under, just shy of, not quite</td><td>JUST_BELOW</td><td>v − step to v</td></tr>
 *   <tr><td>just over, just above, slightly more than</td><td>JUST_ABOVE</td><td>v to v + step</td></tr>
 *   <tr><td>more than, over, above, in excess of, upwards of, exceeding, at least, no fewer than,
 *       no less than, a minimum of</td><td>AT_LEAST</td><td>v or more</td></tr>
 *   <tr><td>up to, as many as, as much as, as long as, as high as, at most, a maximum of, no more than,
 *       fewer than, less than, under, below</td><td>AT_MOST</td><td>v or less</td></tr>
 * </table>
 *
 * <p>"More than" and "fewer than" are strictly exclusive in English, but a figure printed as "more
 * than 9,000" is usually a rounded-down count, so the bound itself is kept inside the interval.
 * Hedges never apply to dates or ordinals.
 */
final class Hedge {

    /** How a hedge turns a value into an interval; the widths are in {@link Intervals#of}. */
    enum Shape {
        APPROXIMATE, JUST_BELOW, JUST_ABOVE, AT_LEAST, AT_MOST
    }

    record Entry(String[] words, Shape shape) {
    }

    private static final List<Entry> ENTRIES = new ArrayList<>();
    private static final Set<String> FIRST = new java.util.HashSet<>();

    static {
        add(Shape.APPROXIMATE, "about", "around", "roughly", "approximately", "some", "an estimated", "estimated",
            "circa", "close to", "an average of", "approx");
        add(Shape.JUST_BELOW, "nearly", "almost", "just under", "just shy of", "not quite", "just below");
        add(Shape.JUST_ABOVE, "just over", "just above", "slightly more than");
        add(Shape.AT_LEAST, "more than", "over", "above", "in excess of", "upwards of", "exceeding", "at least",
            "no fewer than", "no less than", "a minimum of");
        add(Shape.AT_MOST, "up to", "as many as", "as much as", "as long as", "as high as", "at most",
            "a maximum of", "no more than", "fewer than", "less than", "under", "below");
        // Longest phrase first, so "just under" wins over "under".
        ENTRIES.sort((a, b) -> b.words.length - a.words.length);
    }

    private static void add(Shape shape, String... phrases) {
        for (String p : phrases) {
            ENTRIES.add(new Entry(p.split(" "), shape));
            FIRST.add(p.split(" ")[0]);
        }
    }

    private Hedge() {
    }

    private static final Set<String> WORDS;

    static {
        Set<String> all = new TreeSet<>();
        for (Entry e : ENTRIES) {
            java.util.Collections.addAll(all, e.words);
        }
        WORDS = java.util.Collections.unmodifiableSet(new java.util.HashSet<>(all));
    }

    /** Every word that occurs in a hedge phrase. */
    static Set<String> words() {
        return WORDS;
    }

    /** The hedge phrases for documentation, grouped by shape. */
    static List<Entry> table() {
        return List.copyOf(ENTRIES);
    }

    /**
     * The shape of a hedge as printed ("More than", "just  under"), or null when it is no hedge of the
     * table: how the comparison tells which side of its value a one-sided hedge states.
     */
    static Shape shapeOf(String printed) {
        if (printed == null || printed.isBlank()) {
            return null;
        }
        String[] w = printed.strip().toLowerCase(java.util.Locale.ROOT).split("[\\s\\u00a0]+");
        for (Entry e : ENTRIES) {
            if (java.util.Arrays.equals(e.words, w)) {
                return e.shape;
            }
        }
        return null;
    }

    /** The hedge starting at token t, or null. */
    static Entry match(Tokens tk, int t) {
        if (t >= tk.n || tk.type[t] != Tokens.WORD || tk.lower[t] == null || !FIRST.contains(tk.lower[t])) {
            return null;
        }
        for (Entry e : ENTRIES) {
            String[] w = e.words;
            if (t + w.length > tk.n) {
                continue;
            }
            boolean ok = true;
            for (int k = 0; k < w.length && ok; k++) {
                ok = tk.isWord(t + k, w[k]);
            }
            if (ok) {
                return e;
            }
        }
        return null;
    }
}
