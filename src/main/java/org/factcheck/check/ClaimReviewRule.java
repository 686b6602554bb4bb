package org.factcheck.check;

import org.factcheck.diagnostic.Diagnostic;
import org.factcheck.diagnostic.Location;
import org.factcheck.diagnostic.Rule;
import org.factcheck.model.Claim;
import org.factcheck.model.SiteSettings;

import java.util.ArrayList;
import java.util.List;

/**
 * The check rule that a rated claim can be published as schema.org ClaimReview: it needs the
 * site's address, the date the desk published it, a rating on the desk's scale and an article it
 * appeared in. Run by {@code check}, so a pull request learns what would stop the build on main;
 * the export builds the review only for claims this rule passes.
 */
public final class ClaimReviewRule {

    private ClaimReviewRule() {
    }

    /** Every problem that keeps a rated claim of the report from producing valid ClaimReview. */
    public static List<Diagnostic> problems(Report report) {
        List<Diagnostic> problems = new ArrayList<>();
        for (ClaimResult r : report.claims()) {
            problems.addAll(problems(r, report.settings()));
        }
        return problems;
    }

    /** What keeps the claim {@code r} from producing valid ClaimReview; empty when it is unrated or can. */
    public static List<Diagnostic> problems(ClaimResult r, SiteSettings settings) {
        Claim c = r.claim();
        if (c.rating() == null) {
            return List.of();
        }
        Location at = c.ratingAt() != null ? c.ratingAt() : c.at();
        List<Diagnostic> problems = new ArrayList<>();
        if (settings.baseUrl() == null) {
            problems.add(Diagnostic.contentError(Rule.CLAIM_REVIEW, at, "a rated claim needs the site's address for its ClaimReview url:"
                    + " set 'base_url' in content/site.yaml"));
        }
        if (c.published() == null) {
            problems.add(Diagnostic.contentError(Rule.CLAIM_REVIEW, at, "a rated claim needs 'published:' (the date the desk published"
                    + " the fact-check) for its ClaimReview datePublished"));
        }
        if (settings.rating(c.rating()) == null) {
            problems.add(Diagnostic.contentError(Rule.CLAIM_REVIEW, at, "rating '" + c.rating() + "' is not on the desk's scale"));
        }
        if (settings.desk() == null || settings.desk().isBlank()) {
            problems.add(Diagnostic.contentError(Rule.CLAIM_REVIEW, at, "a rated claim needs the desk's name for its ClaimReview"
                    + " author: set 'desk' in content/site.yaml"));
        }
        if (appearances(r).isEmpty()) {
            problems.add(Diagnostic.contentError(Rule.CLAIM_REVIEW, at, "a rated claim needs a cited article the claim appeared in"
                    + " (one the desk does not mark as wrong) for its ClaimReview appearance"));
        }
        return problems;
    }

    /**
     * The sources whose articles the claim appeared in, as ClaimReview lists them: a source the
     * desk finds wrong says something else, so it is left out unless every source is marked so.
     */
    public static List<SourceResult> appearances(ClaimResult r) {
        boolean allErr = r.sources().stream().allMatch(SourceResult::errs);
        return r.sources().stream().filter(s -> s.article() != null && (!s.errs() || allErr)).toList();
    }
}
