package org.factcheck.anchor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the passage of a (folded) article text closest to a quote that is not in it, and says
 * how the two differ, for the "closest text in the article" hint.
 *
 * <p>Cost is bounded so that it stays fast on long articles: a q-gram filter first scores every
 * window of the text by how many of the quote's 3-grams it holds (one linear pass with a sliding
 * count), and only the few best windows, each about twice the quote's length, get an
 * approximate-substring alignment (semi-global edit distance, quadratic in the quote's length
 * only). It runs only for quotes that did not anchor.
 */
final class Closest {

    private static final int Q = 3;
    private static final int CANDIDATES = 4;
    /**
     * Longest part of a quote that is aligned: the alignment is quadratic in the quote's length, so
     * a longer quote is compared by its first {@value} characters (a 2 MB quote took minutes).
     */
    static final int MAX_QUOTE = 1_000;

    private Closest() {
    }

    /**
     * A passage of the text: {@code [start, end)} in the searched text, its edit distance to the
     * quote (ignoring letter case).
     */
    record Passage(int start, int end, int distance) {
    }

    /** The closest passage of {@code text[from, to)} to {@code quote}, or null when nothing is close. */
    static Passage find(String text, int from, int to, String quote) {
        String t = text.substring(from, to).toLowerCase(Locale.ROOT);
        String q = prefix(quote).toLowerCase(Locale.ROOT);
        int m = q.length();
        if (m == 0 || t.isEmpty()) {
            return null;
        }
        List<Integer> starts = candidates(t, q);
        Passage best = null;
        for (int s : starts) {
            int ws = Math.max(0, s - m / 2);
            int we = Math.min(t.length(), s + m + m / 2);
            Passage p = align(t, ws, we, q);
            if (p != null && (best == null || p.distance() < best.distance())) {
                best = p;
            }
        }
        // A passage needing more edits than ~40 % of the quote is not what the editor meant.
        if (best == null || best.distance() > Math.max(2, (int) (m * 0.4))) {
            return null;
        }
        int s = best.start();
        int e = best.end();
        // Widen to whole words so the hint quotes readable text.
        while (s > 0 && Character.isLetterOrDigit(t.charAt(s - 1)) && Character.isLetterOrDigit(t.charAt(s))) {
            s--;
        }
        while (e < t.length() && e > 0 && Character.isLetterOrDigit(t.charAt(e - 1)) && Character.isLetterOrDigit(t.charAt(e))) {
            e++;
        }
        while (s < e && t.charAt(s) == ' ') {
            s++;
        }
        while (e > s && t.charAt(e - 1) == ' ') {
            e--;
        }
        if (s >= e) {
            // Only white space was close (found by fuzzing: an empty passage made the hint's substring fail).
            return null;
        }
        return new Passage(from + s, from + e, best.distance());
    }

    /** The part of a quote the search compares: all of it, or its first {@link #MAX_QUOTE} characters. */
    static String prefix(String quote) {
        if (quote.length() <= MAX_QUOTE) {
            return quote;
        }
        int cut = MAX_QUOTE;
        if (Character.isHighSurrogate(quote.charAt(cut - 1))) {
            cut--;
        }
        return quote.substring(0, cut);
    }

    /** Window starts with the most of the quote's q-grams, best first, at most {@link #CANDIDATES}, not overlapping. */
    private static List<Integer> candidates(String t, String q) {
        int m = q.length();
        if (m < Q || t.length() < Q) {
            return List.of(0);
        }
        java.util.Set<Integer> grams = new java.util.HashSet<>();
        for (int i = 0; i + Q <= m; i++) {
            grams.add(gram(q, i));
        }
        int positions = t.length() - Q + 1;
        boolean[] hit = new boolean[positions];
        for (int i = 0; i < positions; i++) {
            hit[i] = grams.contains(gram(t, i));
        }
        int window = Math.max(1, m - Q + 1);
        int[] pre = new int[positions + 1];
        for (int i = 0; i < positions; i++) {
            pre[i + 1] = pre[i] + (hit[i] ? 1 : 0);
        }
        // A few linear scans for the best windows, each excluding the neighbourhood of those already taken.
        List<Integer> out = new ArrayList<>();
        for (int round = 0; round < CANDIDATES; round++) {
            int best = -1;
            int bestScore = 0;
            for (int i = 0; i < positions; i++) {
                int score = pre[Math.min(positions, i + window)] - pre[i];
                if (score > bestScore && !near(out, i, m)) {
                    best = i;
                    bestScore = score;
                }
            }
            if (best < 0) {
                break;
            }
            out.add(best);
        }
        return out.isEmpty() ? List.of(0) : out;
    }

    private static boolean near(List<Integer> taken, int i, int m) {
        for (int t : taken) {
            if (Math.abs(t - i) < m) {
                return true;
            }
        }
        return false;
    }

    private static int gram(String s, int i) {
        return (s.charAt(i) << 16) ^ (s.charAt(i + 1) << 8) ^ s.charAt(i + 2);
    }

    /** Semi-global alignment: the substring of {@code t[ws, we)} with the least edit distance to {@code q}. */
    private static Passage align(String t, int ws, int we, String q) {
        int n = we - ws;
        int m = q.length();
        int[] prev = new int[n + 1];
        int[] cur = new int[n + 1];
        int[] prevStart = new int[n + 1];
        int[] curStart = new int[n + 1];
        for (int j = 0; j <= n; j++) {
            prev[j] = 0;          // the match may start anywhere in the window for free
            prevStart[j] = j;
        }
        for (int i = 1; i <= m; i++) {
            cur[0] = i;
            curStart[0] = 0;
            char qc = q.charAt(i - 1);
            for (int j = 1; j <= n; j++) {
                int sub = prev[j - 1] + (qc == t.charAt(ws + j - 1) ? 0 : 1);
                int del = prev[j] + 1;
                int ins = cur[j - 1] + 1;
                if (sub <= del && sub <= ins) {
                    cur[j] = sub;
                    curStart[j] = prevStart[j - 1];
                } else if (del <= ins) {
                    cur[j] = del;
                    curStart[j] = prevStart[j];
                } else {
                    cur[j] = ins;
                    curStart[j] = curStart[j - 1];
                }
            }
            int[] x = prev;
            prev = cur;
            cur = x;
            x = prevStart;
            prevStart = curStart;
            curStart = x;
        }
        int bestJ = -1;
        for (int j = 1; j <= n; j++) {
            if (bestJ < 0 || prev[j] < prev[bestJ]) {
                bestJ = j;
            }
        }
        return bestJ < 0 ? null : new Passage(ws + prevStart[bestJ], ws + bestJ, prev[bestJ]);
    }

    /**
     * Says how the quote differs from the article's passage, word by word: letter case, a
     * number, a missing or an extra word. At most three differences are named.
     */
    static String differences(String quote, String passage) {
        if (quote.equalsIgnoreCase(passage)) {
            return "letter case differs only";
        }
        String[] a = quote.split(" ");
        String[] b = passage.split(" ");
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equalsIgnoreCase(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equalsIgnoreCase(b[j])) {
                if (!a[i].equals(b[j])) {
                    out.add("letter case: the quote has '" + a[i] + "', the article '" + b[j] + "'");
                }
                i++;
                j++;
            } else if (i < a.length && j < b.length && lcs[i + 1][j + 1] == lcs[i][j]) {
                // a substitution: one word for another
                out.add((hasDigit(a[i]) || hasDigit(b[j]) ? "a number differs" : "a word differs")
                        + ": the quote has '" + a[i] + "', the article '" + b[j] + "'");
                i++;
                j++;
            } else if (j < b.length && (i >= a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
                out.add("the quote lacks '" + b[j] + "'");
                j++;
            } else {
                out.add("the quote adds '" + a[i] + "'");
                i++;
            }
        }
        if (out.isEmpty()) {
            return "punctuation or spacing inside words differs";
        }
        int more = out.size() - 3;
        List<String> shown = out.subList(0, Math.min(3, out.size()));
        return String.join("; ", shown) + (more > 0 ? "; and " + more + " more difference" + (more == 1 ? "" : "s") : "");
    }

    private static boolean hasDigit(String s) {
        return s.chars().anyMatch(Character::isDigit);
    }
}
