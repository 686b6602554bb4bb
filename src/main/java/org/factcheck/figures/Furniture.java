package org.factcheck.figures;

import static org.factcheck.figures.Tokens.NUM;
import static org.factcheck.figures.Tokens.SYM;
import static org.factcheck.figures.Tokens.WORD;

/** Page furniture: promo and cross-link lines and listing timestamps, whose figures belong to other stories. */
final class Furniture extends Matcher {
    Furniture(Scan s) {
        super(s);
    }

    /**
     * A line of page furniture starting at token i: a promo or cross-link line ("👉 See also: …",
     * "✨ Don't miss: …", "Read more: …", "📖 Related: …") or a listing's timestamp alone on its
     * line ("2 minutes ago"). Their figures belong to other stories.
     */
    boolean furniture(int i) {
        int n = tk.n;
        // "2 minutes ago" alone on a line
        if (i + 2 < n && tk.type[i] == NUM && tk.lower[i + 1] != null && Lexicon.DURATIONS.containsKey(tk.lower[i + 1])
                && tk.isWord(i + 2, "ago") && (i + 3 >= n || tk.nl[i + 3])) {
            return true;
        }
        int j = i;
        while (j < n && tk.type[j] == SYM && j - i < 4 && (j == i || !tk.nl[j])) {
            j++;
        }
        if (j >= n || tk.type[j] != WORD || (j > i && tk.nl[j])) {
            return false;
        }
        if (j > i && pictograph(text.charAt(tk.start[i])) && titleCase(j)) {
            return true;    // "👉 Effingham County Jail Bookings 72 Hours": a promo headline without a label
        }
        int colon = -1;
        for (int k = j; k < n && k < j + 6 && !(k > j && tk.nl[k]); k++) {
            if (tk.isSym(k, ':')) {
                colon = k;
                break;
            }
        }
        if (colon < 0) {
            return false;
        }
        String label = text.subSequence(tk.start[j], tk.start[colon]).toString().toLowerCase(java.util.Locale.ROOT)
                .replace('’', '\'').strip();
        return Lexicon.PROMO_LABELS.contains(label);
    }

    /** An emoji or dingbat (not a plain bullet): how promo lines are flagged in captures. */
    static boolean pictograph(char c) {
        return Character.isSurrogate(c) || c >= 0x2600 && c <= 0x27BF || c >= 0x2B00 && c <= 0x2BFF;
    }

    /** The rest of the line from token j reads as a headline: most words of four letters or more are capitalised. */
    boolean titleCase(int j) {
        int words = 0;
        int caps = 0;
        for (int k = j; k < tk.n && (k == j || !tk.nl[k]); k++) {
            if (tk.type[k] == WORD && tk.end[k] - tk.start[k] >= 4) {
                words++;
                if (tk.capitalised(k)) {
                    caps++;
                }
            }
        }
        return words >= 2 && caps * 5 >= words * 4;
    }
}
