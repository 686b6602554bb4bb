package org.factcheck.load;

import org.factcheck.diagnostic.Diagnostic;
import org.factcheck.diagnostic.Location;
import org.factcheck.diagnostic.Rule;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads typed fields out of one YAML mapping, collecting every problem with its location
 * instead of stopping at the first, so an editor sees all of them in one run. Which fields exist
 * and what shape they have is the JSON Schema's business ({@link Schemas}); problems reported
 * here at a spot the schema already flagged are dropped by the loader, so each is said once.
 */
final class Fields {

    private final YamlNode.Mapping mapping;
    private final String what;
    private final List<Diagnostic> problems;

    Fields(YamlNode.Mapping mapping, String what, List<Diagnostic> problems) {
        this.mapping = mapping;
        this.what = what;
        this.problems = problems;
    }

    private static List<String> sorted(Set<String> names) {
        List<String> list = new ArrayList<>(names);
        list.sort(null);
        return list;
    }

    Location at() {
        return mapping.at();
    }

    Location at(String key) {
        YamlNode.Entry entry = mapping.entries().get(key);
        return entry == null ? mapping.at() : entry.value().at();
    }

    boolean has(String key) {
        return mapping.entries().containsKey(key);
    }

    YamlNode node(String key) {
        YamlNode.Entry entry = mapping.entries().get(key);
        return entry == null ? null : entry.value();
    }

    /** A non-blank text value, or null (with a problem when required). */
    String text(String key, boolean required) {
        YamlNode.Entry entry = mapping.entries().get(key);
        if (entry == null) {
            if (required) {
                problems.add(Diagnostic.contentError(Rule.MISSING_FIELD, mapping.at(), what + " is missing required field '" + key + "'"));
            }
            return null;
        }
        if (!(entry.value() instanceof YamlNode.Scalar scalar) || scalar.value() == null || scalar.value().isBlank()) {
            problems.add(Diagnostic.contentError(Rule.INVALID_VALUE, entry.value().at(), "field '" + key + "' must be a non-empty text, found "
                    + entry.value().describe()));
            return null;
        }
        return scalar.value();
    }

    /** What a date error says; {@link #isBadDate} recognises it. */
    private static final String NOT_A_DATE = "' must be an ISO date such as 2025-08-15, found '";

    /** True for the error {@link #date} reports for a value that is not a date (the field is then read as absent). */
    static boolean isBadDate(Diagnostic d) {
        return d.rule() == Rule.INVALID_VALUE && d.message().contains(NOT_A_DATE);
    }

    /** An ISO date (2025-08-15), or null. */
    LocalDate date(String key, boolean required) {
        String text = text(key, required);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(Diagnostic.contentError(Rule.INVALID_VALUE, at(key), "field '" + key + NOT_A_DATE
                    + text + "'"));
            return null;
        }
    }

    /** A number, or null. */
    Double number(String key, double min, double max) {
        String text = text(key, false);
        if (text == null) {
            return null;
        }
        try {
            double value = Double.parseDouble(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(Diagnostic.contentError(Rule.INVALID_VALUE, at(key), "field '" + key + "' must be a number from " + min + " to " + max
                + ", found '" + text + "'"));
        return null;
    }

    /** The items of a list field; a single value is a list of one, an absent field an empty list. */
    private List<YamlNode> items(String key) {
        YamlNode node = node(key);
        if (node == null) {
            return List.of();
        }
        return node instanceof YamlNode.Sequence seq ? seq.items() : List.of(node);
    }

    /** A list of non-blank texts (a single text is a list of one), stripped; empty when absent. */
    List<String> texts(String key) {
        List<String> out = new ArrayList<>();
        for (YamlNode item : items(key)) {
            if (item instanceof YamlNode.Scalar s && s.value() != null && !s.value().isBlank()) {
                out.add(s.value().strip());
            } else {
                problems.add(Diagnostic.contentError(Rule.INVALID_VALUE, item.at(), "field '" + key + "' must list non-empty texts, found "
                        + item.describe()));
            }
        }
        return out;
    }

    /** A true/false value, or {@code fallback} when absent. */
    boolean bool(String key, boolean fallback) {
        YamlNode node = node(key);
        if (node == null) {
            return fallback;
        }
        if (node instanceof YamlNode.Scalar s && s.type() == YamlNode.Type.BOOLEAN) {
            return Boolean.parseBoolean(s.value().strip().toLowerCase(java.util.Locale.ROOT));
        }
        problems.add(Diagnostic.contentError(Rule.INVALID_VALUE, node.at(), "field '" + key + "' must be true or false, found " + node.describe()));
        return fallback;
    }

    /** A list of texts, each one of {@code allowed}; empty when absent. */
    List<String> words(String key, Set<String> allowed) {
        List<String> out = new ArrayList<>();
        for (YamlNode item : items(key)) {
            if (item instanceof YamlNode.Scalar s && s.value() != null && allowed.contains(s.value().strip())) {
                out.add(s.value().strip());
            } else {
                String found = item instanceof YamlNode.Scalar s && s.value() != null ? "'" + s.value() + "'" : item.describe();
                problems.add(Diagnostic.contentError(Rule.INVALID_VALUE, item.at(), "field '" + key + "' lists " + found + "; expected some of "
                        + String.join(", ", sorted(allowed))));
            }
        }
        return out;
    }
}
