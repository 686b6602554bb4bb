package org.factcheck.anchor;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzz target for the anchorer and the closest-text search: a found quote folds to the quote and
 * lies inside the article's range; a missing one gets a hint; nothing throws.
 */
public class AnchorFuzzTest {

    /** Entry point for the standalone Jazzer driver (long runs by hand; see README). */
    public static void fuzzerTestOneInput(FuzzedDataProvider data) {
        run(data);
    }

    @FuzzTest(maxDuration = "10s")
    void anchor(FuzzedDataProvider data) {
        run(data);
    }

    private static void run(FuzzedDataProvider data) {
        String quote = data.consumeString(400);
        String capture = data.consumeRemainingAsString();
        int a = capture.isEmpty() ? 0 : Math.floorMod(quote.length() * 31, capture.length() + 1);
        ArticleText text = new ArticleText(capture, Math.min(a, capture.length()), capture.length());
        Anchor anchor = new Anchorer(text).find("fuzz", 0, quote);
        if (anchor.found()) {
            assertTrue(text.start() <= anchor.start() && anchor.start() <= anchor.end() && anchor.end() <= text.end(), anchor::toString);
            assertEquals(Typography.foldQuote(quote), Typography.foldQuote(anchor.matched()));
        } else {
            assertTrue(anchor.hint() != null && !anchor.hint().isEmpty());
        }
    }
}
