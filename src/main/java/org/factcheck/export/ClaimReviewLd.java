package org.factcheck.export;

import org.factcheck.site.SitePaths;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.factcheck.check.ClaimResult;
import org.factcheck.check.ClaimReviewRule;
import org.factcheck.check.SourceResult;
import org.factcheck.model.Article;
import org.factcheck.model.Claim;
import org.factcheck.diagnostic.Diagnostic;
import org.factcheck.diagnostic.Rule;
import org.factcheck.diagnostic.Location;
import org.factcheck.model.SiteSettings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * schema.org ClaimReview for a rated claim, as fact-check publishers give search engines and the
 * public ClaimReview datasets. {@link #of} builds it and checks it against what consumers require
 * (claimReviewed, reviewRating with ratingValue/bestRating/worstRating/alternateName, itemReviewed
 * as a Claim with its appearances, author, datePublished, url on the site's own domain). What a
 * rated claim needs for that is {@link ClaimReviewRule}, which {@code check} runs; built once per
 * claim, when its page is rendered.
 */
public final class ClaimReviewLd {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ClaimReviewLd() {
    }

    /** Thrown when a rated claim cannot produce valid ClaimReview; the message is located. */
    public static final class InvalidClaimReview extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient List<Diagnostic> problems;

        InvalidClaimReview(List<Diagnostic> problems) {
            super(String.join("\n", problems.stream().map(Diagnostic::format).toList()));
            this.problems = List.copyOf(problems);
        }

        /** Every problem, located in the claim file (or content/site.yaml). */
        public List<Diagnostic> problems() {
            return problems;
        }
    }

    /**
     * The ClaimReview of a claim as an ordered map, or null when the claim has no rating.
     *
     * @throws InvalidClaimReview when the claim is rated but the review would be incomplete
     */
    public static Map<String, Object> of(ClaimResult r, SiteSettings settings) throws InvalidClaimReview {
        Claim c = r.claim();
        if (c.rating() == null) {
            return null;
        }
        Location at = c.ratingAt() != null ? c.ratingAt() : c.at();
        List<Diagnostic> problems = ClaimReviewRule.problems(r, settings);
        if (!problems.isEmpty()) {
            throw new InvalidClaimReview(problems);
        }
        String base = settings.baseUrl();
        SiteSettings.Rating rating = settings.rating(c.rating());
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "ClaimReview");
        ld.put("url", base + SitePaths.claim(c.id()));
        ld.put("claimReviewed", c.claim());
        ld.put("datePublished", c.published().toString());
        if (!c.corrections().isEmpty()) {
            ld.put("dateModified", c.corrections().get(c.corrections().size() - 1).date().toString());
        }
        Map<String, Object> author = new LinkedHashMap<>();
        author.put("@type", "Organization");
        author.put("name", settings.desk());
        author.put("url", base);
        ld.put("author", author);
        Map<String, Object> reviewRating = new LinkedHashMap<>();
        reviewRating.put("@type", "Rating");
        reviewRating.put("ratingValue", settings.ratingValue(rating));
        reviewRating.put("bestRating", settings.ratings().size());
        reviewRating.put("worstRating", 1);
        reviewRating.put("alternateName", rating.label());
        if (rating.description() != null) {
            reviewRating.put("ratingExplanation", rating.description());
        }
        ld.put("reviewRating", reviewRating);

        List<Map<String, Object>> appearances = new ArrayList<>();
        List<Article> seen = new ArrayList<>();
        for (SourceResult s : ClaimReviewRule.appearances(r)) {
            if (!seen.contains(s.article())) {
                seen.add(s.article());
                appearances.add(appearance(s.article(), base));
            }
        }
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("@type", "Claim");
        if (!appearances.isEmpty()) {
            item.put("appearance", appearances);
            Article firstArticle = seen.stream().sorted(Comparator.comparing(Article::published,
                    Comparator.nullsLast(Comparator.<LocalDate>naturalOrder())).thenComparing(Article::id)).findFirst().orElseThrow();
            item.put("firstAppearance", appearance(firstArticle, base));
            Map<String, Object> claimant = new LinkedHashMap<>();
            if (c.claimant() != null) {
                // The desk named who said it: that person, not the outlet that reported it, is the author.
                claimant.put("@type", "Person");
                claimant.put("name", c.claimant().name());
            } else {
                claimant.put("@type", "Organization");
                claimant.put("name", firstArticle.outlet());
            }
            item.put("author", claimant);
            LocalDate said = c.claimant() != null && c.claimant().date() != null ? c.claimant().date() : firstArticle.published();
            if (said != null) {
                item.put("datePublished", said.toString());
            }
        }
        ld.put("itemReviewed", item);
        List<String> missing = validate(ld, base);
        if (!missing.isEmpty()) {
            throw new InvalidClaimReview(missing.stream().map(m -> Diagnostic.contentError(Rule.CLAIM_REVIEW, at, m)).toList());
        }
        return ld;
    }

    private static Map<String, Object> appearance(Article a, String base) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@type", "CreativeWork");
        // The original when known, else the archived copy, else the desk's capture page.
        String url = a.url() != null ? a.url() : a.archive() != null ? a.archive().url() : base + SitePaths.article(a.id());
        m.put("url", url);
        m.put("headline", a.title());
        if (a.published() != null) {
            m.put("datePublished", a.published().toString());
        }
        Map<String, Object> author = new LinkedHashMap<>();
        author.put("@type", "Organization");
        author.put("name", a.outlet());
        m.put("author", author);
        return m;
    }

    /**
     * What a ClaimReview lacks, as messages; empty when valid. Checks the properties Fact Check
     * Explorer requires and that the review's url is on the site's own domain.
     */
    @SuppressWarnings("unchecked")
    public static List<String> validate(Map<String, Object> ld, String baseUrl) {
        List<String> missing = new ArrayList<>();
        for (String key : List.of("@context", "@type", "url", "claimReviewed", "datePublished", "author",
                "reviewRating", "itemReviewed")) {
            if (isBlank(ld.get(key))) {
                missing.add("ClaimReview lacks '" + key + "'");
            }
        }
        if (!"ClaimReview".equals(ld.get("@type"))) {
            missing.add("@type must be ClaimReview");
        }
        Object url = ld.get("url");
        if (baseUrl == null || !(url instanceof String u) || !u.startsWith(baseUrl)) {
            missing.add("ClaimReview url must be on the site's own domain (" + baseUrl + "), found " + url);
        }
        if (ld.get("reviewRating") instanceof Map<?, ?> rr) {
            for (String key : List.of("ratingValue", "bestRating", "worstRating", "alternateName")) {
                if (isBlank(rr.get(key))) {
                    missing.add("reviewRating lacks '" + key + "'");
                }
            }
        }
        if (ld.get("author") instanceof Map<?, ?> a && isBlank(a.get("name"))) {
            missing.add("author lacks 'name'");
        }
        if (ld.get("itemReviewed") instanceof Map<?, ?> item) {
            if (!"Claim".equals(item.get("@type"))) {
                missing.add("itemReviewed must be a Claim");
            }
            if (!(item.get("appearance") instanceof List<?> list) || list.isEmpty()) {
                missing.add("itemReviewed lacks 'appearance'");
            } else {
                for (Object o : list) {
                    if (!(o instanceof Map<?, ?> m) || isBlank(m.get("url"))) {
                        missing.add("an appearance lacks 'url'");
                    }
                }
            }
            if (isBlank(item.get("firstAppearance"))) {
                missing.add("itemReviewed lacks 'firstAppearance'");
            }
        }
        return missing;
    }

    private static boolean isBlank(Object o) {
        return o == null || (o instanceof String s && s.isBlank()) || (o instanceof Map<?, ?> m && m.isEmpty());
    }

    /**
     * JSON for an inline {@code <script type="application/ld+json">}: '<', '>' and '&amp;' are
     * written as unicode escapes so no content can close the script element or open a comment.
     */
    public static String inline(Map<String, Object> ld) {
        try {
            return JSON.writeValueAsString(ld)
                    .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                    .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
