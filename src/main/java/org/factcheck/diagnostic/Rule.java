package org.factcheck.diagnostic;

import org.factcheck.files.Limits;

/**
 * A kind of problem, as code-scanning views group them: a stable id, a short name and what it
 * means. Every {@link Diagnostic} names its rule where it is raised.
 */
public enum Rule {
    YAML("yaml-syntax", "YamlSyntax", "The file is not valid YAML (or repeats a key); fix the syntax at the spot shown."),
    UNKNOWN_FIELD("unknown-field", "UnknownField", "A field the schema does not know, usually a typo of a known one."),
    MISSING_FIELD("missing-field", "MissingField", "A required field is missing."),
    INVALID_VALUE("invalid-value", "InvalidValue", "A field's value has the wrong type or form (see schema/)."),
    UNKNOWN_ARTICLE("unknown-article", "UnknownArticle", "A source names an article id that no file in content/articles/ has."),
    DUPLICATE_ID("duplicate-id", "DuplicateId", "Two files declare the same id."),
    CAPTURE("capture", "Capture", "An article's capture file or its from/to markers cannot be used."),
    UNANCHORED("unanchored-quote", "UnanchoredQuote",
            "A quote is not in its article's text (typography is ignored, nothing else); copy it again from the article."),
    AMBIGUOUS("ambiguous-quote", "AmbiguousQuote", "A quote holds several figures and 'figure:' picks none."),
    FIGURE("figure-pick", "FigurePick", "A source's 'figure:' is not part of its quote, or names no figure."),
    EXPECT("expect-mismatch", "ExpectMismatch", "The computed status differs from the claim's 'expect:'."),
    CONFLICT("conflicting-figures", "ConflictingFigures", "Two sources give figures of the same kind and unit that do not agree."),
    INCOMPARABLE("incomparable-figures", "IncomparableFigures",
            "Two sources give figures that cannot be compared (different currencies, kinds or counted things), so the claim cannot be corroborated; set 'unit:' on a source when both count the same thing, state the exchange rate and its source in the claim's 'rates:' when they are sums in two currencies, or split the claim."),
    ERRS("errs-role", "ErrsRole", "A source marked 'errs:' does not disagree with any other source, or every source is marked; remove 'errs:' or mark the right source."),
    RATING_STATUS("rating-contradicts-status", "RatingContradictsStatus",
            "A claim's rating is not one the desk's scale allows with its status (site.yaml 'statuses:'); mark the source that errs or change the rating."),
    RELIES_ON("relies-on-outlet", "ReliesOnOutlet",
            "A 'relies_on' name is close to, but not, a known outlet's name, so the outlets are not linked; fix the spelling."),
    RATING("unknown-rating", "UnknownRating", "A claim's 'rating:' is not a label of the desk's scale in content/site.yaml."),
    CLAIM_REVIEW("claim-review", "ClaimReview", "A rated claim cannot produce valid ClaimReview (it needs 'published:' and the site's base_url)."),
    DRAFT("draft-placeholder", "DraftPlaceholder", "A field still holds the TODO placeholder of a drafted claim; write the desk's own text."),
    LIMIT("limit", "Limit", "A file, quote or list is larger than a limit in Limits; shrink it or raise the limit as the message says."),
    EXAMPLE_BASE_URL("example-base-url", "ExampleBaseUrl",
            "content/site.yaml's base_url is still a placeholder (example.org, example.com); set the address the site is published at, or pass build --base-url."),
    HIDDEN_TEXT("hidden-text", "HiddenText",
            "A bidirectional control, a digit that is not ASCII or a word mixing Latin, Cyrillic and Greek letters: the reader would see something other than what the check reads."),
    LOOK_ALIKE("look-alike-outlet", "LookAlikeOutlet",
            "Two outlet names that look alike (the same letters from other scripts, or one letter apart) are counted as two outlets; spell them alike if they are one."),
    SAME_TEXT("same-text", "SameText",
            "Two sources quote the same text of the same capture bytes (one capture cited twice, or byte-identical copies): they count as one source."),
    UNIT("unit-changes-kind", "UnitChangesKind",
            "A source's 'unit:' would turn one currency, calendar unit or kind of figure into another; 'unit:' names what a figure counts, so remove it (sums in two currencies are compared only at a rate the claim states in 'rates:')."),
    MOVING("moving-quantity", "MovingQuantity",
            "A claim's counted sources were published more than a week apart and no source sets 'as_of:', so the quantity may have moved between them."),
    CONCLUSION("rated-without-conclusion", "RatedWithoutConclusion",
            "A rated claim has no 'conclusion:', the desk's finding in one or two sentences that its page shows first."),
    STATEMENT("statement-beyond-quotes", "StatementBeyondQuotes",
            "A claim's statement gives a date or a name (a place, a person, a body) that none of its quotes carries; quote the words that say it, or take it out of the statement."),
    HISTORY("history-mismatch", "HistoryMismatch",
            "The latest status or rating change in a claim's 'corrections:' does not end at the claim's 'expect:' or 'rating:'; log the change that led there."),
    REPUBLISHED("republished-copy", "RepublishedCopy",
            "A claim cites an article that republishes another cited article (shared passages, credited or not, or the desk's 'republishes:'): they count as one source; write 'republishes: none' in the article file if it is no copy."),
    OTHER("content", "Content", "Any other problem in the content.");

    private final String id;
    private final String title;
    private final String description;

    Rule(String id, String title, String description) {
        this.id = id;
        this.title = title;
        this.description = description;
    }

    /** Stable identifier, e.g. {@code unanchored-quote} (SARIF ruleId). */
    public String id() {
        return id;
    }

    /** PascalCase name (SARIF rule name). */
    public String title() {
        return title;
    }

    /** One sentence saying what is wrong and how to fix it. */
    public String description() {
        return description;
    }
}
