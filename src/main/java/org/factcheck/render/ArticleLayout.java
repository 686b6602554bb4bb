package org.factcheck.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits an article's text into readable blocks — paragraphs, list items, headings and page
 * furniture — and cuts each block into segments where cited quotes begin and end, so the
 * template only has to print segments, highlighted or not.
 */
final class ArticleLayout {

    /** Promotional cross-links that content sites put between paragraphs ("👉 See also: …"). */
    private static final Pattern FURNITURE = Pattern.compile(
            "^[^\\p{L}\\p{N}]*(See also|Don['’]t miss|Read more|You might also like|Related|Also read|Recommended|Watch)\\s*:.*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:[•·▪◦*-]|\\d{1,2}[.)])\\s+.*");

    private ArticleLayout() {
    }

    /** A highlighted range of the capture, linking to one claim's source. */
    record Mark(int start, int end, String claimId, int source, String status, String title) {
    }

    /**
     * Lays out capture[start, end). Lines equal to the title are dropped (captures often repeat
     * the headline); {@code marks} must be sorted by start.
     */
    static List<View.Block> layout(String capture, int start, int end, String title, List<Mark> marks) {
        List<View.Block> blocks = new ArrayList<>();
        java.util.Set<String> anchored = new java.util.HashSet<>();
        int lineStart = start;
        boolean first = true;
        while (lineStart < end) {
            int nl = capture.indexOf('\n', lineStart);
            int lineEnd = nl < 0 || nl > end ? end : nl;
            int s = lineStart;
            int e = lineEnd;
            while (s < e && Character.isWhitespace(capture.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(capture.charAt(e - 1))) {
                e--;
            }
            if (s < e) {
                String line = capture.substring(s, e);
                boolean isTitle = first && line.equals(title.strip());
                if (!isTitle || !marksIn(marks, s, e)) {
                    if (!isTitle) {
                        blocks.add(new View.Block(kind(line), segments(capture, s, e, marks, anchored)));
                    }
                }
                first = first && isTitle;
            }
            lineStart = lineEnd + 1;
        }
        return blocks;
    }

    private static boolean marksIn(List<Mark> marks, int s, int e) {
        for (Mark m : marks) {
            if (m.start() < e && m.end() > s) {
                return true;
            }
        }
        return false;
    }

    private static String kind(String line) {
        if (FURNITURE.matcher(line).matches()) {
            return "furniture";
        }
        if (LIST_ITEM.matcher(line).matches()) {
            return "item";
        }
        if (isHeading(line)) {
            return "heading";
        }
        return "paragraph";
    }

    /** A short line with no sentence punctuation, as content sites write section headings. */
    private static boolean isHeading(String line) {
        if (line.length() > 80 || line.split("\\s+").length < 2 || !Character.isUpperCase(line.codePointAt(0))) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        return ".,;…'\"’”)".indexOf(last) < 0 && !line.contains(". ");
    }

    private static List<View.Segment> segments(String capture, int s, int e, List<Mark> marks, java.util.Set<String> anchored) {
        List<Integer> cuts = new ArrayList<>();
        cuts.add(s);
        cuts.add(e);
        for (Mark m : marks) {
            if (m.start() < e && m.end() > s) {
                cuts.add(Math.max(s, m.start()));
                cuts.add(Math.min(e, m.end()));
            }
        }
        cuts = cuts.stream().distinct().sorted().toList();
        List<View.Segment> segments = new ArrayList<>();
        for (int i = 0; i + 1 < cuts.size(); i++) {
            int a = cuts.get(i);
            int b = cuts.get(i + 1);
            List<Mark> covering = new ArrayList<>();
            for (Mark m : marks) {
                if (m.start() <= a && m.end() >= b) {
                    covering.add(m);
                }
            }
            String text = capture.substring(a, b);
            if (covering.isEmpty()) {
                segments.add(new View.Segment(text, null, null, List.of(), null));
            } else {
                Mark m = covering.get(0);
                // The first segment of each quote carries the id claim pages link to; overlapping
                // quotes of several claims each get theirs.
                List<String> anchors = covering.stream().map(x -> anchorId(x.claimId(), x.source()))
                        .filter(anchored::add).toList();
                String title = covering.stream().map(Mark::title).distinct().reduce((x, y) -> x + " · " + y).orElse("");
                segments.add(new View.Segment(text, m.claimId(), m.status(), anchors, title));
            }
        }
        return segments;
    }

    static String anchorId(String claimId, int source) {
        return "q-" + claimId + "-" + (source + 1);
    }
}
