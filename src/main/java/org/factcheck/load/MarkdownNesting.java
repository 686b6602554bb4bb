package org.factcheck.load;

import org.factcheck.files.Limits;

/**
 * Finds Markdown (a claim's note, a page) nested deeper than {@link Limits} allows, before the
 * renderer sees it: the renderer recurses once per block quote, list, emphasis or link level, and
 * a few thousand levels in two kilobytes overflow its stack. The count errs on the high side (it
 * never reads fewer levels than the renderer builds), so text that passes here always renders.
 */
public final class MarkdownNesting {

    private MarkdownNesting() {
    }

    /**
     * Where the text goes over a limit and which.
     *
     * @param line one-based line in the text of the first character over the limit
     * @param column one-based column of that character
     * @param problem what is too deep, with the limit and how to raise it
     */
    public record TooDeep(int line, int column, String problem) {
    }

    /** The first place {@code text} nests deeper than {@code limits} allow, or null when it does not. */
    public static TooDeep check(String text, Limits limits) {
        long blockLimit = limits.markdownBlockDepth();
        long inlineLimit = limits.markdownInlineDepth();
        int lineNo = 0;
        // Open link brackets and emphasis markers of the current paragraph (blocks end at blank lines).
        long brackets = 0;
        long stars = 0;
        long underscores = 0;
        for (String line : text.split("\n", -1)) {
            lineNo++;
            if (line.isBlank()) {
                brackets = 0;
                stars = 0;
                underscores = 0;
                continue;
            }
            // Block containers: every '>' and list marker at the start of the line is one level, and
            // every two columns of indentation may be one more (a nested list item's indent).
            long depth = 0;
            long columns = 0;
            int i = 0;
            int n = line.length();
            while (i < n) {
                char c = line.charAt(i);
                if (c == ' ') {
                    columns++;
                    i++;
                    continue;
                }
                if (c == '\t') {
                    columns += 4;
                    i++;
                    continue;
                }
                int marker = marker(line, i);
                if (marker == 0) {
                    break;
                }
                depth++;
                if (depth + columns / 2 > blockLimit) {
                    return new TooDeep(lineNo, i + 1, "block quotes and lists nested more than " + blockLimit + " levels deep ("
                            + Limits.raise("markdown-block-depth", blockLimit) + ")");
                }
                i += marker;
            }
            if (depth + columns / 2 > blockLimit) {
                return new TooDeep(lineNo, Math.max(1, i), "block quotes and lists nested more than " + blockLimit + " levels deep ("
                        + Limits.raise("markdown-block-depth", blockLimit) + ")");
            }
            for (int k = i; k < n; k++) {
                char c = line.charAt(k);
                if (c == '[') {
                    brackets++;
                } else if (c == ']') {
                    brackets = Math.max(0, brackets - 1);
                } else if (c == '*' || c == '_') {
                    int end = k;
                    while (end < n && line.charAt(end) == c) {
                        end++;
                    }
                    int run = end - k;
                    boolean opens = end < n && !Character.isWhitespace(line.charAt(end));
                    boolean closes = k > 0 && !Character.isWhitespace(line.charAt(k - 1));
                    long change = opens ? run : closes ? -run : 0;
                    if (c == '*') {
                        stars = Math.max(0, stars + change);
                    } else {
                        underscores = Math.max(0, underscores + change);
                    }
                    if (brackets + stars + underscores > inlineLimit) {
                        return inline(lineNo, end - (int) (brackets + stars + underscores - inlineLimit) + 1, inlineLimit);
                    }
                    k = end - 1;
                    continue;
                }
                if (brackets + stars + underscores > inlineLimit) {
                    return inline(lineNo, k + 1, inlineLimit);
                }
            }
        }
        return null;
    }

    private static TooDeep inline(int line, int column, long limit) {
        return new TooDeep(line, Math.max(1, column), "more than " + limit + " links and emphasis markers (*, _, [) open at once ("
                + Limits.raise("markdown-inline-depth", limit) + ")");
    }

    /** The length of the block-quote or list marker at {@code i} with the one space after it, or 0 when there is none. */
    private static int marker(String line, int i) {
        int m = bare(line, i);
        return m > 0 && i + m < line.length() && line.charAt(i + m) == ' ' ? m + 1 : m;
    }

    private static int bare(String line, int i) {
        char c = line.charAt(i);
        if (c == '>') {
            return 1;
        }
        int n = line.length();
        if (c == '-' || c == '*' || c == '+') {
            return i + 1 == n || line.charAt(i + 1) == ' ' || line.charAt(i + 1) == '\t' ? 1 : 0;
        }
        int d = i;
        while (d < n && d - i < 9 && Character.isDigit(line.charAt(d)) && line.charAt(d) < 128) {
            d++;
        }
        if (d == i || d == n || (line.charAt(d) != '.' && line.charAt(d) != ')')) {
            return 0;
        }
        return d + 1 == n || line.charAt(d + 1) == ' ' || line.charAt(d + 1) == '\t' ? d + 1 - i : 0;
    }
}
