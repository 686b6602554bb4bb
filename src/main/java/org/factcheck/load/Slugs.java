package org.factcheck.load;

import org.factcheck.model.Outlets;

/**
 * The one rule that turns a name (topic, outlet, page file) into the file name of its page, so the
 * loader can refuse two names that would share one page before anything is rendered.
 */
public final class Slugs {

    private Slugs() {
    }

    /**
     * Lower case, accents dropped, runs of anything but letters and digits as one '-'; "x" when
     * nothing is left. The same rule as an outlet's identity ({@link Outlets#key}), so an outlet's
     * key is its page's slug.
     */
    public static String of(String name) {
        return Outlets.key(name);
    }
}
