package org.factcheck.render;

import org.factcheck.check.Status;
import org.factcheck.model.Correction;

import java.util.ArrayList;
import java.util.List;

/** Says in the reader's words what a correction changed: the sources' status and the desk's rating, from → to. */
final class CorrectionChange {

    private CorrectionChange() {
    }

    /** "What the sources say: Corroborated → Single source. Our rating: Mixed → none", or "" when neither changed. */
    static String describe(Correction c) {
        List<String> parts = new ArrayList<>(2);
        if (c.status() != null) {
            parts.add("What the sources say: " + status(c.status().from()) + " → " + status(c.status().to()));
        }
        if (c.rating() != null) {
            parts.add("Our rating: " + orNone(c.rating().from()) + " → " + orNone(c.rating().to()));
        }
        return String.join(". ", parts);
    }

    private static String status(String id) {
        Status s = id == null ? null : Status.byId(id);
        return s != null ? s.label() : orNone(id);
    }

    private static String orNone(String value) {
        return value == null ? "none" : value;
    }
}
