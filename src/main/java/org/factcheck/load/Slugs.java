package org.factcheck.load;

import java.util.Locale;

/**
 * The one rule that turns a name (topic, outlet, page file) into the file name of its page, so the
 * loader can refuse two names that would share one page before anything is rendered.
 */
public final class Slugs {

    private Slugs() {
    }

    /** Lower case, accents dropped, runs of anything but letters and digits as one '-'; "x" when nothing is left. */
    public static String of(String name) {
        String slug = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "x" : slug;
    }
}
