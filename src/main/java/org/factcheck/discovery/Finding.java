package org.factcheck.discovery;

import java.util.List;

/**
 * Mentions about the same thing, and what they say together.
 *
 * @param rank one-based position in the ranked list
 * @param verdict what the mentions say together
 * @param claim the claim whose figure this is, for {@link Verdict#NEW_SOURCE}; null otherwise
 * @param measure the quantity compared ("count of deaths", "money in USD")
 * @param members every mention, independent ones first
 * @param independent the number of independent reports among them (copies, {@code relies_on} and outlets
 *                    the desk marks not independent count with the outlet they repeat, or not at all)
 * @param why one line saying why the mentions were grouped and what the values do
 */
public record Finding(int rank, Verdict verdict, String claim, String measure, List<Member> members, int independent,
                      String why) {

    public Finding {
        members = List.copyOf(members);
    }

    /** What a finding's mentions say together. */
    public enum Verdict {
        /** Independent reports of one quantity whose values disagree. */
        DISCREPANCY("discrepancy"),
        /** Independent reports of one quantity whose values agree, not yet covered by a claim. */
        AGREEMENT("agreement"),
        /** One moving quantity reported at different dates, values changing with the date. */
        TIMELINE("timeline"),
        /** Another outlet prints the figure of an existing claim. */
        NEW_SOURCE("new-source");

        private final String id;

        Verdict(String id) {
            this.id = id;
        }

        /** The id printed by {@code suggest --format json}. */
        public String id() {
            return id;
        }
    }

    /**
     * One mention in a finding.
     *
     * @param mention the mention
     * @param independent whether it counts as an independent report here
     * @param reason why it does not count, or null when it does
     */
    public record Member(Mention mention, boolean independent, String reason) {
    }
}
