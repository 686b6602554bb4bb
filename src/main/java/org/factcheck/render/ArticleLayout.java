package org.factcheck.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits an article's text into readable blocks — paragraphs, list items, headings and page
 * furniture — and cuts each block into segments where cited quotes and unchecked figures begin and
 * end, so the template only has to print segments.
 *
 * <p>Some captures hold a whole piece on one line. Such a line is cut at sentence ends into
 * paragraphs of a few sentences, and a short question that opens a section ("Who is going to
 * Washington?") becomes a heading. A cut never falls inside a cited quote.
 */
final class ArticleLayout {

    /** Promotional cross-links that content sites put between paragraphs ("👉 See also: …"). */
    private static final Pattern FURNITURE = Pattern.compile(
            "^[^\\p{L}\\p{N}]*(See also|Don['’]t miss|Read more|You might also like|Related|Also read|Recommended|Watch)\\s*:.*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:[•·▪◦*-]|\\d{1,2}[.)])\\s+.*");
    private static final Pattern QUESTION_HEADING = Pattern.compile(
            "^(Who|What|When|Where|Why|How|Which|Whose)\\b[^.!?]{3,70}\\?$");
    /** Lines longer than this are cut into paragraphs at sentence ends. */
    static final int LONG_LINE = 600;
    /** A paragraph cut from a long line closes after this many characters or {@link #SENTENCES} sentences. */
    static final int PARAGRAPH = 420;
    static final int SENTENCES = 4;

    private ArticleLayout() {
    }

    /** A highlighted range of the capture, linking to one claim's source. */
    record Mark(int start, int end, String claimId, int source, String status, String title) {
    }

    /** A figure the engine read that no claim covers, in capture offsets. */
    record Unchecked(int start, int end, String normalised) {
    }

    /**
     * Ranges kept sorted by start, answering "which overlap [s, e)" in O(log n + answers), so laying out
     * a capture stays linear in its length however many figures and quotes it holds (scanning
     * every figure for every line was quadratic: a 4 MB capture took minutes).
     */
    static final class Ranges<T> {
        private final List<T> items;
        private final int[] starts;
        /** maxEnd[i]: the largest end among items[0..i]; never decreases, so it can be searched. */
        private final int[] maxEnd;
        private final int[] ends;

        Ranges(List<T> unsorted, java.util.function.ToIntFunction<T> start, java.util.function.ToIntFunction<T> end) {
            List<T> sorted = new ArrayList<>(unsorted);
            sorted.sort(java.util.Comparator.comparingInt(start)); // stable: equal starts keep their order
            this.items = sorted;
            int n = items.size();
            starts = new int[n];
            ends = new int[n];
            maxEnd = new int[n];
            int max = Integer.MIN_VALUE;
            for (int i = 0; i < n; i++) {
                starts[i] = start.applyAsInt(items.get(i));
                ends[i] = end.applyAsInt(items.get(i));
                max = Math.max(max, ends[i]);
                maxEnd[i] = max;
            }
        }

        /** The items with start &lt; e and end &gt; s, in start order. */
        List<T> overlapping(int s, int e) {
            int hi = lowerBound(starts, e);             // items [0, hi) start before e
            int lo = upperBound(maxEnd, s, hi);         // before lo, every item ends at or before s
            List<T> out = new ArrayList<>();
            for (int i = lo; i < hi; i++) {
                if (ends[i] > s) {
                    out.add(items.get(i));
                }
            }
            return out;
        }

        boolean any(int s, int e) {
            int hi = lowerBound(starts, e);
            int lo = upperBound(maxEnd, s, hi);
            for (int i = lo; i < hi; i++) {
                if (ends[i] > s) {
                    return true;
                }
            }
            return false;
        }

        /** First index with a[i] &gt;= key. */
        private static int lowerBound(int[] a, int key) {
            int lo = 0;
            int hi = a.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (a[mid] < key) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        /** First index below {@code limit} with a[i] &gt; key. */
        private static int upperBound(int[] a, int key, int limit) {
            int lo = 0;
            int hi = limit;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (a[mid] <= key) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }

    /**
     * Lays out capture[start, end). Lines equal to the title are dropped (captures often repeat
     * the headline) unless a quote is in them: then the first block is the "headline"; {@code marks} must be sorted by start. {@code unchecked} figures overlapping a
     * mark are ignored.
     */
    static List<View.Block> layout(String capture, int start, int end, String title, List<Mark> markList,
                                   List<Unchecked> unchecked) {
        List<View.Block> blocks = new ArrayList<>();
        Set<String> anchored = new HashSet<>();
        Ranges<Mark> marks = new Ranges<>(markList, Mark::start, Mark::end);
        Ranges<Unchecked> figures = new Ranges<>(unchecked.stream().filter(u -> !marks.any(u.start(), u.end())).toList(),
                Unchecked::start, Unchecked::end);
        Ranges<Unchecked> none = new Ranges<>(List.of(), Unchecked::start, Unchecked::end);
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
                if (isTitle && marks.any(s, e)) {
                    // A quote in the headline: the page prints the captured headline as its title.
                    blocks.add(new View.Block("headline", segments(capture, s, e, marks, figures, anchored)));
                } else if (!isTitle) {
                    String kind = kind(line);
                    if (kind.equals("paragraph") && e - s > LONG_LINE) {
                        for (int[] part : split(capture, s, e, marks)) {
                            String text = capture.substring(part[0], part[1]);
                            String k = part[2] == 1 ? "heading" : "paragraph";
                            blocks.add(new View.Block(k, segments(capture, part[0], part[1], marks, figures, anchored)));
                        }
                    } else {
                        // Figures in page furniture are not the article's: nothing to check there.
                        Ranges<Unchecked> own = kind.equals("furniture") ? none : figures;
                        blocks.add(new View.Block(kind, segments(capture, s, e, marks, own, anchored)));
                    }
                }
                first = first && isTitle;
            }
            lineStart = lineEnd + 1;
        }
        return blocks;
    }

    /**
     * Cuts a long line [s, e) into paragraphs: {start, end, 1 for a heading else 0}. Sentences end
     * at '.', '?' or '!' (and any closing quotes) followed by white space and a capital letter or
     * an opening quote.
     */
    static List<int[]> split(String text, int s, int e, List<Mark> marks) {
        return split(text, s, e, new Ranges<>(marks, Mark::start, Mark::end));
    }

    private static List<int[]> split(String text, int s, int e, Ranges<Mark> marks) {
        List<int[]> sentences = new ArrayList<>();
        int from = s;
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '?' && c != '!') {
                continue;
            }
            int j = i + 1;
            while (j < e && "'\"’”)".indexOf(text.charAt(j)) >= 0) {
                j++;
            }
            int k = j;
            while (k < e && Character.isWhitespace(text.charAt(k))) {
                k++;
            }
            if (k == j || k >= e) {
                continue;
            }
            char next = text.charAt(k);
            boolean opens = Character.isUpperCase(next) || Character.isDigit(next)
                    || ("'\"‘“".indexOf(next) >= 0 && k + 1 < e && Character.isUpperCase(text.charAt(k + 1)));
            if (!opens || insideMark(marks, k)) {
                continue;
            }
            sentences.add(new int[] {from, j});
            from = k;
            i = k - 1;
        }
        sentences.add(new int[] {from, e});
        List<int[]> parts = new ArrayList<>();
        int pStart = -1;
        int pEnd = -1;
        int count = 0;
        for (int[] sentence : sentences) {
            String t = text.substring(sentence[0], sentence[1]);
            if (QUESTION_HEADING.matcher(t).matches() && !marks.any(sentence[0], sentence[1])) {
                if (pStart >= 0) {
                    parts.add(new int[] {pStart, pEnd, 0});
                }
                parts.add(new int[] {sentence[0], sentence[1], 1});
                pStart = -1;
                count = 0;
                continue;
            }
            if (pStart < 0) {
                pStart = sentence[0];
            }
            pEnd = sentence[1];
            count++;
            if (pEnd - pStart >= PARAGRAPH || count >= SENTENCES) {
                parts.add(new int[] {pStart, pEnd, 0});
                pStart = -1;
                count = 0;
            }
        }
        if (pStart >= 0) {
            parts.add(new int[] {pStart, pEnd, 0});
        }
        return parts;
    }

    private static boolean insideMark(Ranges<Mark> marks, int offset) {
        for (Mark m : marks.overlapping(offset, offset + 1)) {
            if (m.start() < offset) {
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

    private static List<View.Segment> segments(String capture, int s, int e, Ranges<Mark> markIndex, Ranges<Unchecked> figureIndex,
                                               Set<String> anchored) {
        List<Mark> marks = markIndex.overlapping(s, e);
        List<Unchecked> figures = figureIndex.overlapping(s, e);
        List<Integer> cuts = new ArrayList<>();
        cuts.add(s);
        cuts.add(e);
        for (Mark m : marks) {
            if (m.start() < e && m.end() > s) {
                cuts.add(Math.max(s, m.start()));
                cuts.add(Math.min(e, m.end()));
            }
        }
        for (Unchecked u : figures) {
            if (u.start() < e && u.end() > s) {
                cuts.add(Math.max(s, u.start()));
                cuts.add(Math.min(e, u.end()));
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
                String figure = null;
                for (Unchecked u : figures) {
                    if (u.start() <= a && u.end() >= b) {
                        figure = u.normalised();
                        break;
                    }
                }
                segments.add(new View.Segment(text, null, null, List.of(), null, figure));
            } else {
                Mark m = covering.get(0);
                // The first segment of each quote carries the id claim pages link to; overlapping
                // quotes of several claims each get theirs.
                List<String> anchors = covering.stream().map(x -> anchorId(x.claimId(), x.source()))
                        .filter(anchored::add).toList();
                String title = covering.stream().map(Mark::title).distinct().reduce((x, y) -> x + " · " + y).orElse("");
                segments.add(new View.Segment(text, m.claimId(), m.status(), anchors, title, null));
            }
        }
        return segments;
    }

    static String anchorId(String claimId, int source) {
        return "q-" + claimId + "-" + (source + 1);
    }
}
