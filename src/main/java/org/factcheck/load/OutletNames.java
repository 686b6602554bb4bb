package org.factcheck.load;

import org.factcheck.model.Article;
import org.factcheck.diagnostic.Diagnostic;
import org.factcheck.diagnostic.Location;
import org.factcheck.model.Outlets;
import org.factcheck.diagnostic.Rule;
import org.factcheck.model.SiteSettings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Finds outlet names that look alike but are different outlets: the same skeleton (Unicode's
 * UTS #39 idea: every character replaced by the ASCII letter it looks like, so Cyrillic "Wіre" is
 * "wire") or one edit apart ("Wire Digest" and "Wire Digset"). Each such pair is counted as two
 * independent outlets, so the desk is warned. The confusables are a hand table of the Cyrillic and
 * Greek letters (and the few ASCII pairs) that look like an ASCII letter, from Unicode's
 * confusables.txt; the rest of that file (a 2 MB library's worth) maps symbols and scripts that
 * cannot pass for a Latin outlet name. Keys are grouped in hash maps, never compared pairwise.
 */
public final class OutletNames {

    /** Keys longer than this are not compared by edits: the deletion neighbourhood grows with the square of the length. */
    private static final int MAX_EDIT_KEY = 64;
    /** An edit inside a word this short is a different name ("ABC", "NBC", "CBS"), not a typo. */
    private static final int MIN_EDIT_WORD = 4;

    private static final Map<Integer, Character> LOOKS_LIKE = new HashMap<>();

    static {
        // Cyrillic letters whose lower or upper case looks like the ASCII letter (keys are case-folded,
        // so "К" arrives as "к" and must still map to "k").
        look('a', 0x0430, 0x04D1, 0x04D3);
        look('b', 0x0432, 0x044C);
        look('c', 0x0441, 0x03F2, 0x217D);
        look('d', 0x0501);
        look('e', 0x0435, 0x0451, 0x04BD, 0x03B5);
        look('h', 0x04BB, 0x043D, 0x03B7);
        look('i', 0x0456, 0x0457, 0x03B9, 0x0131, 0x04CF);
        look('j', 0x0458, 0x03F3);
        look('k', 0x043A, 0x03BA, 0x049B);
        look('m', 0x043C, 0x03BC);
        look('n', 0x03BD, 0x043F);
        look('o', 0x043E, 0x03BF, 0x03C3, 0x0585, 0x04E7);
        look('p', 0x0440, 0x03C1);
        look('q', 0x051B);
        look('s', 0x0455);
        look('t', 0x0442, 0x03C4);
        look('u', 0x03C5, 0x057D);
        look('v', 0x0475);
        look('w', 0x051D, 0x0461, 0x03C9);
        look('x', 0x0445, 0x03C7);
        look('y', 0x0443, 0x04AF, 0x03B3);
        look('z', 0x03B6);
        // ASCII look-alikes: "I" (folded to "i"), "l" and "1"; "0" and "o".
        look('l', 'i', '1', '|');
        look('o', '0');
    }

    private static void look(char ascii, int... lookalikes) {
        for (int cp : lookalikes) {
            LOOKS_LIKE.put(cp, ascii);
        }
    }

    private OutletNames() {
    }

    /**
     * The skeleton of an outlet key ({@link Outlets#key}): each letter replaced by the ASCII letter it
     * looks like, "i", "1" and "l" alike, "0" as "o", "rn" as "m". Two keys with one skeleton look the same.
     */
    public static String skeleton(String key) {
        StringBuilder sb = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); ) {
            int cp = key.codePointAt(i);
            i += Character.charCount(cp);
            Character ascii = LOOKS_LIKE.get(cp);
            if (ascii == null) {
                sb.appendCodePoint(cp);
                continue;
            }
            // "l" after the table: the i/l/1 row maps to 'l', the Cyrillic and Greek i-likes to 'i', then both to 'l'.
            sb.append(ascii == 'i' ? 'l' : ascii);
        }
        return sb.toString().replace("rn", "m");
    }

    /** One outlet name as written somewhere: its spelling and where. */
    public record Named(String name, Location at) {
    }

    /**
     * A warning for each outlet name that looks like an earlier one (same skeleton, or one edit
     * apart) but has another key. {@code names} in order of precedence (site.yaml's first, then
     * articles by id); each name is compared with the first name of its skeleton or neighbourhood.
     */
    public static List<Diagnostic> lookAlikes(List<Named> names) {
        Map<String, Named> byKey = new LinkedHashMap<>();
        for (Named n : names) {
            byKey.putIfAbsent(Outlets.key(n.name()), n);
        }
        List<Diagnostic> out = new ArrayList<>();
        Map<String, String> bySkeleton = new HashMap<>();
        Map<String, String> byDeletion = new HashMap<>();
        for (Map.Entry<String, Named> e : byKey.entrySet()) {
            String key = e.getKey();
            Named named = e.getValue();
            String skeleton = skeleton(key);
            String first = bySkeleton.putIfAbsent(skeleton, key);
            if (first != null) {
                out.add(warning(named, byKey.get(first), "looks the same as"));
                continue;
            }
            if (key.length() > MAX_EDIT_KEY) {
                continue;
            }
            // Deletion neighbourhood of the skeleton: two strings one edit apart share the string with
            // one character deleted (or one is the other with one deleted), so a hash lookup finds them.
            String near = null;
            for (String d : deletions(skeleton)) {
                String other = byDeletion.putIfAbsent(d, key);
                if (near == null && other != null && !other.equals(key) && oneEditInLongWord(skeleton, skeleton(other))) {
                    near = other;
                }
            }
            if (near != null) {
                out.add(warning(named, byKey.get(near), "is one letter away from"));
            }
        }
        return out;
    }

    private static List<String> deletions(String s) {
        List<String> out = new ArrayList<>(s.length() + 1);
        out.add(s);
        for (int i = 0; i < s.length(); i++) {
            if (i > 0 && s.charAt(i) == s.charAt(i - 1)) {
                continue;
            }
            out.add(s.substring(0, i) + s.substring(i + 1));
        }
        return out;
    }

    /** True when {@code a} and {@code b} differ by one edit (or a swap of neighbours) inside a word of at least 4 letters. */
    static boolean oneEditInLongWord(String a, String b) {
        if (Names.distance(a, b, 1) != 1) {
            return false;
        }
        int p = 0;
        while (p < a.length() && p < b.length() && a.charAt(p) == b.charAt(p)) {
            p++;
        }
        return wordAround(a, p) >= MIN_EDIT_WORD && wordAround(b, p) >= MIN_EDIT_WORD;
    }

    /** The length of the hyphen-separated word of a key that holds (or ends just before) index {@code i}. */
    private static int wordAround(String key, int i) {
        int s = Math.min(i, key.length());
        while (s > 0 && key.charAt(s - 1) != '-') {
            s--;
        }
        int e = Math.min(i, key.length());
        while (e < key.length() && key.charAt(e) != '-') {
            e++;
        }
        return e - s;
    }

    private static Diagnostic warning(Named named, Named first, String how) {
        return Diagnostic.warning(Rule.LOOK_ALIKE, named.at(), "outlet '" + named.name() + "' " + how + " outlet '" + first.name()
                + "' (" + first.at().file() + ") but is counted as another, independent outlet; if they are one outlet, "
                + "spell them alike; if not, the desk should make sure the reader can tell them apart");
    }

    /**
     * The outlet names of a corpus in order of precedence: site.yaml's declared outlets, then each
     * article's outlet (articles sorted by id), each with where it is written.
     */
    static List<Named> of(SiteSettings settings, List<Article> articles, Function<Article, Location> outletAt) {
        List<Named> out = new ArrayList<>();
        settings.outlets().values().stream()
                .sorted(java.util.Comparator.comparing(SiteSettings.Outlet::name))
                .forEach(o -> out.add(new Named(o.name(), o.at() == null ? Location.of("content/site.yaml") : o.at())));
        for (Article a : articles) {
            if (a.outlet() != null) {
                Location at = outletAt.apply(a);
                out.add(new Named(a.outlet(), at == null ? a.at() : at));
            }
        }
        return out;
    }
}
