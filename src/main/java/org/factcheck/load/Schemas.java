package org.factcheck.load;

import org.factcheck.diagnostic.Diagnostic;
import org.factcheck.diagnostic.Rule;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The JSON Schemas of content files ({@code schema/*.schema.json}, packaged in the jar) and the
 * validation of a located YAML tree against them.
 *
 * <p>The schemas are the one source of truth for what a valid file looks like: required fields,
 * types, enums, patterns, no unknown fields. Editors' tools read the same files (through the
 * {@code # yaml-language-server: $schema=…} line), so the red squiggle in the editor and the error
 * in CI say the same thing. The validator speaks JSON pointers; each pointer is mapped back to the
 * YAML node it came from, so every problem keeps its line and column, and the validator's
 * generic wording is replaced by the desk's (with "did you mean" hints), using the schemas'
 * {@code title} (what an object is called: "a claim", "a source") and {@code x-expected}
 * (what a value must look like: "an ISO date such as 2025-08-15") annotations.
 */
public final class Schemas {

    /** The three kinds of content file. */
    public enum Kind {
        ARTICLE("article"), CLAIM("claim"), SITE("site");

        private final String name;

        Kind(String name) {
            this.name = name;
        }

        /** The schema's file name, e.g. {@code claim.schema.json}. */
        public String fileName() {
            return name + ".schema.json";
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<Kind, Loaded> SCHEMAS = new HashMap<>();

    private record Loaded(JsonNode tree, JsonSchema schema) {
    }

    static {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
        for (Kind kind : Kind.values()) {
            JsonNode tree = tree(kind);
            SCHEMAS.put(kind, new Loaded(tree, factory.getSchema(tree)));
        }
    }

    private Schemas() {
    }

    /** The schema of {@code kind} as a JSON tree (for documentation and tests). */
    public static JsonNode tree(Kind kind) {
        Loaded loaded = SCHEMAS.get(kind);
        if (loaded != null) {
            return loaded.tree();
        }
        try (InputStream in = Schemas.class.getResourceAsStream("/factcheck/schema/" + kind.fileName())) {
            if (in == null) {
                throw new IllegalStateException("schema " + kind.fileName() + " is missing from the classpath");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema's text, to write next to content files. */
    public static String text(Kind kind) {
        try (InputStream in = Schemas.class.getResourceAsStream("/factcheck/schema/" + kind.fileName())) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Converts a located YAML tree to JSON, remembering which YAML node each JSON pointer came from. */
    private static final class Converter {
        final Map<String, YamlNode> nodes = new HashMap<>();
        final Map<String, YamlNode.Entry> entries = new HashMap<>();

        JsonNode convert(String pointer, YamlNode node) {
            nodes.put(pointer, node);
            JsonNodeFactory f = JsonNodeFactory.instance;
            if (node instanceof YamlNode.Mapping m) {
                ObjectNode o = f.objectNode();
                for (YamlNode.Entry e : m.entries().values()) {
                    String child = pointer + "/" + e.key();
                    entries.put(child, e);
                    o.set(e.key(), convert(child, e.value()));
                }
                return o;
            }
            if (node instanceof YamlNode.Sequence s) {
                ArrayNode a = f.arrayNode();
                for (int i = 0; i < s.items().size(); i++) {
                    a.add(convert(pointer + "/" + i, s.items().get(i)));
                }
                return a;
            }
            YamlNode.Scalar s = (YamlNode.Scalar) node;
            return switch (s.type()) {
                case NULL -> f.nullNode();
                case BOOLEAN -> f.booleanNode(Boolean.parseBoolean(s.value().toLowerCase(Locale.ROOT)));
                case NUMBER -> number(s.value());
                case TEXT -> f.textNode(s.value());
            };
        }

        private static JsonNode number(String text) {
            try {
                return JsonNodeFactory.instance.numberNode(new BigDecimal(text.replace("_", "")));
            } catch (NumberFormatException e) {
                // YAML spellings Java does not read (0x1F, .inf): still a number to the editor; keep the text.
                return JsonNodeFactory.instance.textNode(text);
            }
        }
    }

    /**
     * Validates one document against the schema of {@code kind}; every problem is located at the
     * YAML node it concerns (the key, for unknown fields).
     */
    public static List<Diagnostic> validate(Kind kind, YamlNode.Mapping doc) {
        Loaded loaded = SCHEMAS.get(kind);
        Converter converter = new Converter();
        JsonNode json = converter.convert("", doc);
        Set<ValidationMessage> messages = loaded.schema().validate(json);
        Set<Diagnostic> out = new LinkedHashSet<>();
        for (ValidationMessage m : messages) {
            out.add(diagnostic(loaded.tree(), converter, m));
        }
        return new ArrayList<>(out);
    }

    private static Diagnostic diagnostic(JsonNode schemaTree, Converter c, ValidationMessage m) {
        String pointer = pointer(m.getInstanceLocation());
        YamlNode node = c.nodes.getOrDefault(pointer, c.nodes.get(""));
        JsonNode subschema = subschema(schemaTree, m.getSchemaLocation().getFragment());
        String field = fieldName(m.getInstanceLocation());
        boolean item = isItem(m.getInstanceLocation());
        String parent = item ? fieldName(m.getInstanceLocation().getParent()) : null;
        String expected = subschema.path("x-expected").asText(null);
        String noun = subschema.path("title").asText("this file");
        String property = m.getProperty();
        if (property == null && m.getArguments() != null && m.getArguments().length > 0) {
            property = String.valueOf(m.getArguments()[0]);
        }
        switch (m.getType()) {
            case "required": {
                JsonNode prop = resolve(schemaTree, subschema.path("properties").path(property));
                String what = prop.path("type").asText("");
                String more = ("array".equals(what) || "object".equals(what)) && prop.has("x-expected")
                        ? " (" + prop.get("x-expected").asText() + ")" : "";
                return Diagnostic.contentError(Rule.MISSING_FIELD, node.at(), noun + " is missing required field '" + property + "'" + more);
            }
            case "additionalProperties": {
                List<String> known = new ArrayList<>();
                subschema.path("properties").fieldNames().forEachRemaining(known::add);
                YamlNode.Entry entry = c.entries.get(pointer + "/" + property);
                String near = Names.closest(property, known);
                known.sort(null);
                return Diagnostic.contentError(Rule.UNKNOWN_FIELD, entry != null ? entry.keyAt() : node.at(), "unknown field '" + property + "' in " + noun
                        + (near != null ? "; did you mean '" + near + "'?" : "; expected one of " + String.join(", ", known)));
            }
            case "enum": {
                List<String> allowed = new ArrayList<>();
                subschema.path("enum").forEach(v -> allowed.add(v.asText()));
                String value = node instanceof YamlNode.Scalar s && s.value() != null ? s.value().strip() : null;
                String near = value == null ? null : Names.closest(value, allowed);
                String hint = near != null ? "; did you mean '" + near + "'?" : "";
                if (item) {
                    List<String> sorted = new ArrayList<>(allowed);
                    sorted.sort(null);
                    return Diagnostic.contentError(Rule.INVALID_VALUE, node.at(), "field '" + parent + "' lists " + found(node) + "; expected some of "
                            + String.join(", ", sorted) + hint);
                }
                return Diagnostic.contentError(Rule.INVALID_VALUE, node.at(), "field '" + field + "' must be one of " + String.join(", ", allowed)
                        + ", found " + found(node) + hint);
            }
            default: {
                String want = expected != null ? expected : "valid (" + stripPath(m.getMessage()) + ")";
                String quoteHint = "";
                if ("type".equals(m.getType()) && node instanceof YamlNode.Scalar s
                        && (s.type() == YamlNode.Type.NUMBER || s.type() == YamlNode.Type.BOOLEAN)
                        && "string".equals(subschema.path("type").asText())) {
                    quoteHint = "; put it in quotes (\"" + s.value() + "\") to make it text";
                }
                String subject = item ? "each entry of '" + parent + "'" : "field '" + field + "'";
                return Diagnostic.contentError(Rule.INVALID_VALUE, node.at(), subject + " must be " + want + ", found " + found(node) + quoteHint);
            }
        }
    }

    /** How a wrong value is quoted in a message: text in quotes, anything else described. */
    private static String found(YamlNode node) {
        if (node instanceof YamlNode.Scalar s && s.type() == YamlNode.Type.TEXT && s.value() != null && !s.value().isBlank()) {
            return "'" + s.value() + "'";
        }
        return node.describe();
    }

    private static String stripPath(String message) {
        int colon = message.indexOf(": ");
        return colon >= 0 && message.startsWith("$") ? message.substring(colon + 2) : message;
    }

    /** The instance location as a JSON pointer ("" for the document, "/sources/0/quote"). */
    private static String pointer(JsonNodePath path) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            sb.append('/').append(path.getElement(i));
        }
        return sb.toString();
    }

    private static boolean isItem(JsonNodePath path) {
        return path.getNameCount() > 0 && path.getElement(path.getNameCount() - 1) instanceof Integer;
    }

    /** The nearest field name on the path: "quote" for /sources/0/quote, "sources" for /sources/0. */
    private static String fieldName(JsonNodePath path) {
        for (int i = path.getNameCount() - 1; i >= 0; i--) {
            if (path.getElement(i) instanceof String s) {
                return s;
            }
        }
        return "";
    }

    /** The schema object holding the failed keyword: the fragment's path minus its last part (the keyword). */
    private static JsonNode subschema(JsonNode tree, JsonNodePath fragment) {
        JsonNode node = tree;
        for (int i = 0; i < fragment.getNameCount() - 1; i++) {
            Object part = fragment.getElement(i);
            node = part instanceof Integer n ? node.path(n) : node.path(part.toString());
        }
        return resolve(tree, node);
    }

    /** Follows a local {@code $ref} ("#/definitions/text") so annotations of the target are seen. */
    private static JsonNode resolve(JsonNode tree, JsonNode node) {
        String ref = node.path("$ref").asText("");
        if (!ref.startsWith("#/")) {
            return node;
        }
        JsonNode target = tree.at(ref.substring(1));
        if (target.isMissingNode()) {
            return node;
        }
        // The referring schema's own annotations (description) win over the target's.
        ObjectNode merged = ((ObjectNode) target).deepCopy();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getKey().equals("$ref")) {
                merged.set(e.getKey(), e.getValue());
            }
        }
        return merged;
    }
}
