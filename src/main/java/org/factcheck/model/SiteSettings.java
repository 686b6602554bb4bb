package org.factcheck.model;

import org.factcheck.load.BaseUrl;
import org.factcheck.diagnostic.Location;

import java.util.List;
import java.util.Map;

/**
 * The desk's site settings from {@code content/site.yaml}: names and addresses the pages print,
 * the desk's own rating scale and what the desk knows about outlets.
 *
 * @param title the site's name
 * @param baseUrl the address the site is published at, ending in '/', or null when unknown
 *                (pages then carry no canonical URL and no ClaimReview)
 * @param language BCP 47 language tag of the content, e.g. {@code en}
 * @param desk the organisation publishing the fact-checks (ClaimReview author)
 * @param ratings the rating scale, best first
 * @param outlets the outlets the desk declares, by {@link Outlets#key}
 */
public record SiteSettings(String title, String baseUrl, String language, String desk, List<Rating> ratings,
                           Map<String, Outlet> outlets) {

    public SiteSettings {
        ratings = List.copyOf(ratings);
        outlets = Map.copyOf(outlets);
    }

    /** Settings for a root without {@code content/site.yaml}. */
    public static SiteSettings defaults() {
        return new SiteSettings("factcheck", null, "en", "factcheck", List.of(), Map.of());
    }

    /**
     * One rating of the desk's scale.
     *
     * @param label what readers see, e.g. "Accurate"; claim files name it in {@code rating:}
     * @param colour a CSS colour for the badge
     * @param icon a short symbol or text shown with the label, so colour never carries meaning alone
     * @param description what the rating means, one sentence
     * @param statuses the status ids this rating may be published with (its wording must not contradict
     *                 the status); empty when any status will do
     */
    public record Rating(String label, String colour, String icon, String description, List<String> statuses) {

        public Rating {
            statuses = List.copyOf(statuses);
        }

        /** True when a claim of this status may carry this rating. */
        public boolean allows(String status) {
            return statuses.isEmpty() || statuses.contains(status);
        }
    }

    /**
     * An outlet as the desk knows it.
     *
     * @param name the outlet's display name, used on every page whatever an article file spells
     * @param independent false when the outlet does not count towards corroboration (an anonymous
     *                    aggregator, a site that rewrites others' reports)
     * @param reason why it is not independent, shown on claim pages, or null
     * @param at where it is declared
     */
    public record Outlet(String name, boolean independent, String reason, Location at) {
    }

    /** These settings published at {@code url} instead (a build's {@code --base-url}; see {@link BaseUrl}). */
    public SiteSettings withBaseUrl(String url) {
        return new SiteSettings(title, url, language, desk, ratings, outlets);
    }

    /** The declared outlet with this name (by its key), or null. */
    public Outlet outlet(String name) {
        return outlets.get(Outlets.key(name));
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
