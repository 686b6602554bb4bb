package org.factcheck.check;

import org.factcheck.figures.Comparison;
import org.factcheck.model.Claim;

import java.util.List;

/**
 * A claim with its computed status, the reason for it, and every source's result.
 *
 * @param outlets the distinct outlets cited, in order of first citation
 * @param comparisons the pairwise comparisons of the sources' figures that decided agreement
 * @param independent the independent outlets that counted, one entry per group of outlets that repeat each
 *                    other ("CNN", or "The Independent + CNN" when one relies on the other)
 * @param erred the outlets of sources the desk marked {@code errs:}, in source order
 */
public record ClaimResult(Claim claim, Status status, String reason, List<SourceResult> sources, List<String> outlets,
                          List<Compared> comparisons, List<String> independent, List<String> erred) {

    public ClaimResult {
        sources = List.copyOf(sources);
        outlets = List.copyOf(outlets);
        comparisons = List.copyOf(comparisons);
        independent = List.copyOf(independent);
        erred = List.copyOf(erred);
    }

    /** True when a comparison involves a source marked {@code errs:} (it is shown but does not decide the status). */
    public boolean involvesErring(Compared c) {
        return sources.get(c.a()).errs() || sources.get(c.b()).errs();
    }

    /** One comparison between the figures of source {@code a} and source {@code b} (indexes into sources). */
    public record Compared(int a, int b, Comparison comparison) {
    }
}
