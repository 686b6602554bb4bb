package org.factcheck.load;

import org.factcheck.diagnostic.Diagnostic;

import com.fasterxml.jackson.databind.JsonNode;
import org.factcheck.Roots;
import org.factcheck.check.Status;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JSON Schemas under schema/ are what the loader validates against, with located, desk-worded messages. */
class SchemaTest {

    @Test
    void schemaErrorsAreLocatedAndWorded() throws IOException {
        Path root = Roots.fixture("editors-schema");
        List<String> expected = Files.readAllLines(root.resolve("expected.txt"));
        List<String> actual = Loader.load(root).diagnostics().stream().map(Diagnostic::format).toList();
        assertEquals(String.join("\n", expected), String.join("\n", actual));
    }

    @Test
    void packagedSchemasAreTheRepositoryFiles() throws IOException {
        for (Schemas.Kind kind : Schemas.Kind.values()) {
            assertEquals(Files.readString(Path.of("schema", kind.fileName())), Schemas.text(kind), kind.fileName());
        }
    }

    @Test
    void expectEnumIsTheStatusIds() {
        List<String> inSchema = new ArrayList<>();
        Schemas.tree(Schemas.Kind.CLAIM).at("/properties/expect/enum").forEach(n -> inSchema.add(n.asText()));
        assertEquals(Arrays.stream(Status.values()).map(Status::id).toList(), inSchema);
        List<String> ratingStatuses = new ArrayList<>();
        Schemas.tree(Schemas.Kind.SITE).at("/properties/ratings/items/properties/statuses/items/enum")
                .forEach(n -> ratingStatuses.add(n.asText()));
        assertEquals(inSchema, ratingStatuses, "a rating's statuses: name the same statuses as expect:");
    }

    @Test
    void everyObjectIsClosedAndEveryFieldDocumented() {
        for (Schemas.Kind kind : Schemas.Kind.values()) {
            checkObjects(kind.fileName(), Schemas.tree(kind));
        }
    }

    private static void checkObjects(String where, JsonNode node) {
        if (node.isObject()) {
            if (node.has("properties")) {
                assertTrue(node.path("additionalProperties").isBoolean() && !node.get("additionalProperties").asBoolean(),
                        where + " must forbid unknown fields");
                assertTrue(node.has("title"), where + " needs a title naming the object in messages");
                node.get("properties").fields().forEachRemaining(e ->
                        assertTrue(e.getValue().has("description"), where + "/" + e.getKey() + " needs a description"));
            }
            node.fields().forEachRemaining(e -> checkObjects(where + "/" + e.getKey(), e.getValue()));
        } else if (node.isArray()) {
            node.forEach(n -> checkObjects(where, n));
        }
    }
}
