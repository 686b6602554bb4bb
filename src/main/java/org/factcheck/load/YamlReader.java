package org.factcheck.load;

import org.factcheck.files.Limits;
import org.factcheck.diagnostic.Location;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one YAML document into a {@link YamlNode} tree with locations. Jackson's data binding
 * forgets where values were written; its streaming parser does not, so the tree is built from it.
 *
 * <p>Aliases ({@code *name}) are rejected with a located error rather than resolved: Jackson's
 * streaming parser reports an alias as the anchor's name (so {@code topic: *t} silently read "t"),
 * resolving them would reopen alias bombs, and content files are short enough to write values out.
 * A second document ({@code ---}) in one file is an error too: it would otherwise be ignored.
 */
final class YamlReader {

    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

    private YamlReader() {
    }

    /** Thrown for text that is not valid YAML, with the parser's location. */
    static final class YamlSyntaxException extends Exception {
        private static final long serialVersionUID = 1L;
        final Location at;

        YamlSyntaxException(Location at, String message) {
            super(message);
            this.at = at;
        }
    }

    /** Parses the text with the default nesting limit; returns null for an empty document. */
    static YamlNode read(String file, String text) throws YamlSyntaxException {
        return read(file, text, Limits.DEFAULTS.yamlDepth());
    }

    /** Parses the text; returns null for an empty document. Deeper nesting than {@code maxDepth} is an error. */
    static YamlNode read(String file, String text, long maxDepth) throws YamlSyntaxException {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return null;
            }
            YamlNode root = node(file, parser, 1, maxDepth);
            if (parser.nextToken() != null) {
                throw new YamlSyntaxException(location(file, parser.currentTokenLocation()),
                        "a second YAML document in one file; a content file holds exactly one document (remove the '---' and what follows, or move it to its own file)");
            }
            return root;
        } catch (JsonProcessingException e) {
            Location tab = tabInIndentation(file, text);
            if (tab != null) {
                // SnakeYAML says "while scanning for the next token" with its caret on the line
                // before; an editor needs to know the invisible character and where it is.
                throw new YamlSyntaxException(tab, "tab character at line " + tab.line() + ", column " + tab.column()
                        + ": YAML indents with spaces; replace the tab with spaces");
            }
            JsonLocation loc = e.getLocation();
            Location at = loc == null ? Location.of(file)
                    : new Location(file, Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr()));
            throw new YamlSyntaxException(at, "invalid YAML: " + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new YamlSyntaxException(Location.of(file), "cannot read: " + e.getMessage());
        }
    }

    private static YamlNode node(String file, JsonParser parser, int depth, long maxDepth) throws IOException, YamlSyntaxException {
        Location at = location(file, parser.currentTokenLocation());
        JsonToken token = parser.currentToken();
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            throw new YamlSyntaxException(at, "YAML alias '*" + parser.getText() + "' is not supported in content files;"
                    + " write the value out where it is used");
        }
        if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && depth > maxDepth) {
            throw new YamlSyntaxException(at, "YAML nested more than " + maxDepth + " levels deep ("
                    + Limits.raise("yaml-depth", maxDepth) + ")");
        }
        switch (token) {
            case START_OBJECT: {
                Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    Location keyAt = location(file, parser.currentTokenLocation());
                    parser.nextToken();
                    YamlNode value = node(file, parser, depth + 1, maxDepth);
                    YamlNode.Entry previous = entries.get(key);
                    if (previous != null) {
                        throw new YamlSyntaxException(keyAt, "duplicate key '" + key + "' (first given at line "
                                + previous.keyAt().line() + ")");
                    }
                    entries.put(key, new YamlNode.Entry(key, keyAt, value));
                }
                return new YamlNode.Mapping(Collections.unmodifiableMap(entries), at);
            }
            case START_ARRAY: {
                List<YamlNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(node(file, parser, depth + 1, maxDepth));
                }
                return new YamlNode.Sequence(List.copyOf(items), at);
            }
            case VALUE_NULL:
                return new YamlNode.Scalar(null, at);
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new YamlNode.Scalar(parser.getText(), at, YamlNode.Type.NUMBER);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new YamlNode.Scalar(parser.getText(), at, YamlNode.Type.BOOLEAN);
            default:
                return new YamlNode.Scalar(parser.getText(), at);
        }
    }

    /**
     * The first tab in a line's indentation (the spaces and "- " markers before its first other
     * character), or null. Only asked once the text failed to parse: a tab inside a value is text.
     */
    static Location tabInIndentation(String file, String text) {
        int line = 1;
        int column = 1;
        boolean indent = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                column = 1;
                indent = true;
                continue;
            }
            if (indent) {
                if (c == '\t') {
                    return new Location(file, line, column);
                }
                indent = c == ' ' || c == '-' || c == '\r';
            }
            column++;
        }
        return null;
    }

    private static Location location(String file, JsonLocation loc) {
        return new Location(file, Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr()));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable document";
        }
        String line = message.strip();
        int nl = line.indexOf('\n');
        return nl < 0 ? line : line.substring(0, nl).strip();
    }
}
