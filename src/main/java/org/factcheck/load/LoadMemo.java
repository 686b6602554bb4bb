package org.factcheck.load;

import org.factcheck.model.Article;
import org.factcheck.model.Claim;
import org.factcheck.diagnostic.Diagnostic;
import org.factcheck.diagnostic.Location;

import java.util.List;

/**
 * What the loader may reuse from an earlier run: the parse of one content file whose bytes (and,
 * for an article, whose capture) have not changed. The loader asks before parsing a file and
 * hands back what it parsed; cross-file checks (duplicate ids, outlet spellings, relies_on) are
 * always run again, since they are cheap and depend on every file.
 */
public interface LoadMemo {

    /**
     * One file's own parse.
     *
     * @param value the parsed record (an {@link Article} or a {@link Claim}), never null
     * @param diagnostics the problems found in this file alone (warnings; a file with a blocking error is never remembered)
     * @param idAt where the file writes {@code id:}, or null
     * @param nameAt where the file writes its outlet (an article) or topic (a claim), or null
     */
    record Parsed(Object value, List<Diagnostic> diagnostics, Location idAt, Location nameAt) {

        public Parsed {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /**
     * The remembered parse of content file {@code file} (relative to the root) when its bytes are
     * those it was parsed from and {@code context} (what else the parse depends on) is the same; else null.
     */
    Parsed recall(String file, String context);

    /** Remembers the parse of {@code file}, whose text as read and parsed was {@code text}. */
    void remember(String file, String context, String text, Parsed parsed);
}
