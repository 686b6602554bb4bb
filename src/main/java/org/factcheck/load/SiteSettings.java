package org.factcheck.load;

import java.util.List;

/**
 * The desk's site settings from {@code content/site.yaml}: names and addresses the pages print,
 * and the desk's own rating scale.
 *
 * @param title the site's name
 * @param baseUrl the address the site is published at, ending in '/', or null when unknown
 *                (pages then carry no canonical URL and no ClaimReview)
 * @param language BCP 47 language tag of the content, e.g. {@code en}
 * @param desk the organisation publishing the fact-checks (ClaimReview author)
 * @param ratings the rating scale, best first
 */
public record SiteSettings(String title, String baseUrl, String language, String desk, List<Rating> ratings) {

    public SiteSettings {
        ratings = List.copyOf(ratings);
    }

    /** Settings for a root without {@code content/site.yaml}. */
    public static SiteSettings defaults() {
        return new SiteSettings("factcheck", null, "en", "factcheck", List.of());
    }

    /**
     * One rating of the desk's scale.
     *
     * @param label what readers see, e.g. "Accurate"; claim files name it in {@code rating:}
     * @param colour a CSS colour for the badge
     * @param icon a short symbol or text shown with the label, so colour never carries meaning alone
     * @param description what the rating means, one sentence
     */
    public record Rating(String label, String colour, String icon, String description) {
    }

    /** The rating with this label, or null. */
    public Rating rating(String label) {
        for (Rating r : ratings) {
            if (r.label().equals(label)) {
                return r;
            }
        }
        return null;
    }

    /** ClaimReview's ratingValue: the best rating scores {@code ratings.size()}, the worst 1. */
    public int ratingValue(Rating rating) {
        return ratings.size() - ratings.indexOf(rating);
    }
}
