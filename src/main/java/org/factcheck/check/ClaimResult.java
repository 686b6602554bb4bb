package org.factcheck.check;

import org.factcheck.figures.Comparison;
import org.factcheck.load.Claim;

import java.util.List;

/**
 * A claim with its computed status, the reason for it, and every source's result.
 *
 * @param outlets the distinct outlets cited, in order of first citation
 * @param comparisons the pairwise comparisons of the sources' figures that decided agreement
 */
public record ClaimResult(Claim claim, Status status, String reason, List<SourceResult> sources, List<String> outlets,
                          List<Compared> comparisons) {

    public ClaimResult {
        sources = List.copyOf(sources);
        outlets = List.copyOf(outlets);
        comparisons = List.copyOf(comparisons);
    }

    /** One comparison between the figures of source {@code a} and source {@code b} (indexes into sources). */
    public record Compared(int a, int b, Comparison comparison) {
    }
}
