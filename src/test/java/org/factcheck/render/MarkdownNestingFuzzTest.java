package org.factcheck.render;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.factcheck.files.Limits;
import org.factcheck.load.MarkdownNesting;

/**
 * Fuzz target for Markdown nesting (notes and pages): text built from random runs of block
 * quotes, list markers, indentation, emphasis and link brackets either gets the check's located
 * error or renders, never an exception or a stack overflow.
 */
public class MarkdownNestingFuzzTest {

    private static final String[] PIECES = {">", "> ", "- ", "* ", "1. ", "  ", "\t", "*", "_", "**", "[", "](u)", "]", "![", "x",
            " ", "\n", "`"};

    @FuzzTest(maxDuration = "10s")
    void nesting(FuzzedDataProvider data) {
        StringBuilder text = new StringBuilder();
        while (data.remainingBytes() > 1 && text.length() < 60_000) {
            String piece = PIECES[data.consumeInt(0, PIECES.length - 1)];
            text.append(piece.repeat(data.consumeInt(1, 400)));
        }
        String markdown = text.toString();
        MarkdownNesting.TooDeep deep = MarkdownNesting.check(markdown, Limits.DEFAULTS);
        if (deep == null) {
            // Passed the check: it must render (any exception or StackOverflowError fails the target).
            Views.markdown(markdown, "content/pages/fuzz.md");
        } else if (deep.line() < 1 || deep.column() < 1 || deep.problem().isEmpty()) {
            throw new AssertionError("unlocated nesting error " + deep + " for " + markdown);
        }
    }
}
