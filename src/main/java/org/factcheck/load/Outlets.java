package org.factcheck.load;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one identity of an outlet: "Alpha Daily", "Alpha-Daily" and "alpha daily" are the same
 * outlet for counting, for its page and for its slug. Every stage compares outlets by this key.
 */
public final class Outlets {

    private Outlets() {
    }

    /**
     * The outlet's key, also its page's slug: accents dropped, lower case, every run of characters
     * other than letters and digits one hyphen ("The Daily-Mail!" → "the-daily-mail").
     */
    public static String key(String name) {
        String slug = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "x" : slug;
    }
}
