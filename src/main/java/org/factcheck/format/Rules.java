package org.factcheck.format;

import org.factcheck.load.Diagnostic;

import java.util.List;

/**
 * The catalogue of rules and the classification of diagnostics into them. Diagnostics carry
 * their message only; the rule is read from the message's stable opening words, which the
 * fixtures pin ({@code errors/expected.txt}), so a rewording shows up in tests.
 */
public final class Rules {

    private Rules() {
    }

    private record Match(String contains, Rule rule) {
    }

    public static final Rule YAML = new Rule("yaml-syntax", "YamlSyntax", "The file is not valid YAML (or repeats a key); fix the syntax at the spot shown.");
    public static final Rule UNKNOWN_FIELD = new Rule("unknown-field", "UnknownField", "A field the schema does not know, usually a typo of a known one.");
    public static final Rule MISSING_FIELD = new Rule("missing-field", "MissingField", "A required field is missing.");
    public static final Rule INVALID_VALUE = new Rule("invalid-value", "InvalidValue", "A field's value has the wrong type or form (see schema/).");
    public static final Rule UNKNOWN_ARTICLE = new Rule("unknown-article", "UnknownArticle", "A source names an article id that no file in content/articles/ has.");
    public static final Rule DUPLICATE_ID = new Rule("duplicate-id", "DuplicateId", "Two files declare the same id.");
    public static final Rule CAPTURE = new Rule("capture", "Capture", "An article's capture file or its from/to markers cannot be used.");
    public static final Rule UNANCHORED = new Rule("unanchored-quote", "UnanchoredQuote", "A quote is not in its article's text (typography is ignored, nothing else); copy it again from the article.");
    public static final Rule AMBIGUOUS = new Rule("ambiguous-quote", "AmbiguousQuote", "A quote holds several figures and 'figure:' picks none.");
    public static final Rule FIGURE = new Rule("figure-pick", "FigurePick", "A source's 'figure:' is not part of its quote, or names no figure.");
    public static final Rule EXPECT = new Rule("expect-mismatch", "ExpectMismatch", "The computed status differs from the claim's 'expect:'.");
    public static final Rule CONFLICT = new Rule("conflicting-figures", "ConflictingFigures", "Two sources give figures of the same kind and unit that do not agree.");
    public static final Rule RATING = new Rule("unknown-rating", "UnknownRating", "A claim's 'rating:' is not a label of the desk's scale in content/site.yaml.");
    public static final Rule OTHER = new Rule("content", "Content", "Any other problem in the content.");

    /** Every rule, in the order code-scanning tools list them. */
    public static final List<Rule> ALL = List.of(YAML, UNKNOWN_FIELD, MISSING_FIELD, INVALID_VALUE, UNKNOWN_ARTICLE, DUPLICATE_ID,
            CAPTURE, UNANCHORED, AMBIGUOUS, FIGURE, EXPECT, CONFLICT, RATING, OTHER);

    // First match wins: the more specific openings come first.
    private static final List<Match> MATCHES = List.of(
            new Match("invalid YAML", YAML),
            new Match("duplicate key", YAML),
            new Match("unknown field", UNKNOWN_FIELD),
            new Match("missing required field", MISSING_FIELD),
            new Match("unknown article", UNKNOWN_ARTICLE),
            new Match("duplicate article id", DUPLICATE_ID),
            new Match("duplicate claim id", DUPLICATE_ID),
            new Match("field 'rating'", RATING),
            new Match("field 'file'", CAPTURE),
            new Match("capture", CAPTURE),
            new Match("'from' text", CAPTURE),
            new Match("'to' text", CAPTURE),
            new Match("quote not found", UNANCHORED),
            new Match("quote holds", AMBIGUOUS),
            new Match("'figure' must be part", FIGURE),
            new Match("no figure is read", FIGURE),
            new Match("expected status", EXPECT),
            new Match("figures conflict", CONFLICT),
            new Match("must be", INVALID_VALUE),
            new Match(" lists ", INVALID_VALUE),
            new Match("id '", INVALID_VALUE));

    /** The rule a diagnostic belongs to. */
    public static Rule of(Diagnostic d) {
        String m = d.message();
        for (Match match : MATCHES) {
            if (m.contains(match.contains())) {
                return match.rule();
            }
        }
        return OTHER;
    }
}
