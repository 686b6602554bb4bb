package org.factcheck.load;

import org.factcheck.diagnostic.Location;

import java.util.List;
import java.util.Map;

/**
 * A YAML document as a tree whose every node remembers where it was written, so that
 * field errors can point at the exact line and column.
 */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Mapping, YamlNode.Sequence {

    Location at();

    /** What this node is, as an editor would name it in an error message. */
    String describe();

    /** How YAML typed a plain value; JSON Schema validation needs the type (a quoted "15" is text, 15 a number). */
    enum Type { TEXT, NUMBER, BOOLEAN, NULL }

    /** A plain value; {@code value} is null for an explicit or empty null. */
    record Scalar(String value, Location at, Type type) implements YamlNode {

        /** A text value (or null for an empty one). */
        public Scalar(String value, Location at) {
            this(value, at, value == null ? Type.NULL : Type.TEXT);
        }

        public String describe() {
            return switch (type) {
                case NULL -> "an empty value";
                case NUMBER -> "a number (" + value + ")";
                case BOOLEAN -> "true/false (" + value + ")";
                case TEXT -> value == null || value.isBlank() ? "an empty value" : "a plain value";
            };
        }
    }

    /** A mapping whose keys keep their order and location. */
    record Mapping(Map<String, Entry> entries, Location at) implements YamlNode {
        public String describe() {
            return "a mapping";
        }
    }

    /** One key of a mapping with its value. */
    record Entry(String key, Location keyAt, YamlNode value) {
    }

    /** A list. */
    record Sequence(List<YamlNode> items, Location at) implements YamlNode {
        public String describe() {
            return "a list";
        }
    }
}
