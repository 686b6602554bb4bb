package org.factcheck.check;

/** Where a claim stands after the cross-check; exactly one per claim, in order of precedence. */
public enum Status {
    UNANCHORED("unanchored", "Unanchored", "a quote is not in its article"),
    AMBIGUOUS("ambiguous", "Ambiguous", "a quote holds several figures and none is picked"),
    CONFLICTING("conflicting", "Conflicting", "sources give figures that do not agree"),
    INCOMPARABLE("incomparable", "Not comparable", "sources give figures that cannot be compared, so agreement was not measured"),
    CORROBORATED("corroborated", "Corroborated", "at least two independent outlets state the figure and agree, or print the statement when there is no figure"),
    SINGLE_SOURCE("single-source", "Single source", "one independent outlet, or only one independent outlet states the figure"),
    NO_INDEPENDENT_SOURCE("no-independent-source", "No independent source", "no independent outlet is counted: every source is not independent, repeats another or errs");

    private final String id;
    private final String label;
    private final String meaning;

    Status(String id, String label, String meaning) {
        this.id = id;
        this.label = label;
        this.meaning = meaning;
    }

    /** The id used in claim files ({@code expect:}), CSS classes and report.json. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** What the status means, in a few words, for readers. */
    public String meaning() {
        return meaning;
    }

    public static Status byId(String id) {
        for (Status s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown status " + id);
    }
}
