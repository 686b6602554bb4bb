package org.factcheck.discovery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.factcheck.model.Article;
import org.factcheck.model.Outlets;

/**
 * Finds republished stories: articles whose texts share most of their five-word shingles, credited
 * ("… (Fenwick Wire)") or silent under a new headline. Each article gets a MinHash signature; articles
 * that share a band of it are candidates, and a candidate pair is a copy when the signatures agree on
 * at least half their positions (an estimate of the shingles' Jaccard similarity). Linear in the
 * archive: a band shared by more than {@value #CROWD} articles is boilerplate and proposes no pair.
 */
public final class Copies {

    private static final int SHINGLE = 5;
    /**
     * A text shorter than this many words is no copy, however much it shares: two outlets printing one
     * sentence (the quote a claim cites) are two reports; a republished story shares long passages.
     */
    private static final int SHORTEST = 40;
    private static final int BANDS = 20;
    private static final int ROWS = 3;
    private static final int HASHES = BANDS * ROWS;
    private static final int CROWD = 50;
    private static final double SIMILAR = 0.5;

    /**
     * One republished article and the story it copies.
     *
     * @param credited the copy names the original's outlet in brackets
     * @param similarity the estimated share of five-word passages the two texts share (0 when the desk
     *                   confirmed a copy detection did not find)
     * @param confirmed the desk says so in the copy's article file ({@code republishes:})
     */
    public record Copy(Article copy, Article original, boolean credited, double similarity, boolean confirmed) {

        /** A detected copy the desk has not confirmed. */
        public Copy(Article copy, Article original, boolean credited, double similarity) {
            this(copy, original, credited, similarity, false);
        }

        /** How the copy was recognised, in reader words: "shares 83 % of its text, credited", "the desk says so". */
        public String how() {
            String shared = similarity > 0 ? "shares " + Math.round(similarity * 100) + " % of its text" : null;
            String desk = confirmed ? "the desk says so ('republishes:')" : null;
            StringBuilder sb = new StringBuilder();
            if (shared != null) {
                sb.append(shared).append(credited ? ", credited" : ", not credited");
            }
            if (desk != null) {
                sb.append(sb.length() > 0 ? "; " : "").append(desk);
            }
            return sb.toString();
        }
    }

    private final Map<String, Copy> byCopy;

    private Copies(Map<String, Copy> byCopy) {
        this.byCopy = byCopy;
    }

    /** The copies {@code all} lists, in its order (as {@link #all()} gave them). */
    public static Copies of(List<Copy> all) {
        Map<String, Copy> byCopy = new LinkedHashMap<>();
        all.forEach(c -> byCopy.put(c.copy().id(), c));
        return new Copies(byCopy);
    }

    /** No copies (an archive whose texts could not be read). */
    static Copies none() {
        return new Copies(Map.of());
    }

    /** The copy record of an article, or null when it is no detected copy. */
    public Copy of(String articleId) {
        return byCopy.get(articleId);
    }

    /** Every detected copy, in the order of the archive. */
    public List<Copy> all() {
        return List.copyOf(byCopy.values());
    }

    /** The article whose reporting {@code articleId} ultimately repeats (itself when it is no copy). */
    public String originalOf(String articleId) {
        String id = articleId;
        for (int hops = 0; hops < 16; hops++) {
            Copy c = byCopy.get(id);
            if (c == null) {
                return id;
            }
            id = c.original().id();
        }
        return id;
    }

    /** Per hash function, an odd multiplier and an addend: hash j of a shingle is (x·A[j] + B[j]) >>> 32 of its mixed hash x. */
    private static final long[] A = new long[HASHES];
    private static final long[] B = new long[HASHES];

    static {
        for (int j = 0; j < HASHES; j++) {
            A[j] = mix(0x9E3779B97F4A7C15L * (2 * j + 1)) | 1;
            B[j] = mix(0xC2B2AE3D27D4EB4FL * (2 * j + 2));
        }
    }

    /**
     * The MinHash signature of a text: for each of {@value #HASHES} hash functions, the least shingle
     * hash; null when the text has fewer than {@value #SHORTEST} words. One pass over the characters,
     * no word strings: this runs over every cited article in every check.
     */
    public static int[] signature(String text) {
        long[] ring = new long[SHINGLE];
        int words = 0;
        long w = 0;
        boolean inWord = false;
        int[] sig = new int[HASHES];
        Arrays.fill(sig, Integer.MAX_VALUE);
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                w = w * 31 + Character.toLowerCase(c);
                inWord = true;
                continue;
            }
            if (!inWord) {
                continue;
            }
            ring[words % SHINGLE] = w;
            words++;
            w = 0;
            inWord = false;
            if (words < SHINGLE) {
                continue;
            }
            long h = 1125899906842597L;
            for (int k = words - SHINGLE; k < words; k++) {
                h = (h ^ ring[k % SHINGLE]) * 0x100000001B3L;
            }
            long x = mix(h);
            for (int j = 0; j < HASHES; j++) {
                int v = (int) ((x * A[j] + B[j]) >>> 32);
                if (v < sig[j]) {
                    sig[j] = v;
                }
            }
        }
        return words < SHORTEST ? null : sig;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    /**
     * The copies among {@code articles}, given each article's signature (null when its text is too
     * short or unreadable) and the names its text credits in brackets, with the desk's word applied:
     * an article saying {@code republishes: ID} copies article ID of {@code byId} (detected or not), one
     * saying {@code republishes: none} copies nothing.
     */
    public static Copies find(List<Article> articles, List<int[]> signatures, List<Set<String>> credits, Map<String, Article> byId) {
        Copies detected = find(articles, signatures, credits);
        Map<String, Copy> found = new LinkedHashMap<>(detected.byCopy);
        boolean changed = false;
        for (Article a : articles) {
            String said = a.republishes();
            if (said == null) {
                continue;
            }
            changed = true;
            Copy seen = found.remove(a.id());
            Article original = byId.get(said);
            if (said.equals(Article.NOT_A_COPY) || original == null || said.equals(a.id())) {
                continue; // an unknown id is reported by the loader
            }
            boolean same = seen != null && seen.original().id().equals(said);
            // A copy the desk confirms the other way round (the "original" says it republishes the "copy") is turned.
            Copy reverse = found.get(said);
            if (reverse != null && reverse.original().id().equals(a.id()) && reverse.copy().republishes() == null) {
                found.remove(said);
                same = true;
                seen = reverse;
            }
            found.put(a.id(), new Copy(a, original, same && seen.credited(), same ? seen.similarity() : 0, true));
        }
        return changed ? new Copies(found) : detected;
    }

    static Copies find(List<Article> articles, List<int[]> signatures, List<Set<String>> credits) {
        Map<Long, List<Integer>> bands = new HashMap<>();
        Set<Long> pairs = new HashSet<>();
        for (int a = 0; a < articles.size(); a++) {
            int[] sig = signatures.get(a);
            if (sig == null) {
                continue;
            }
            for (int b = 0; b < BANDS; b++) {
                long key = b;
                for (int r = 0; r < ROWS; r++) {
                    key = key * 0x100000001B3L + sig[b * ROWS + r];
                }
                List<Integer> members = bands.computeIfAbsent(key, k -> new ArrayList<>());
                if (members.size() <= CROWD) {
                    for (int other : members) {
                        pairs.add((long) other << 32 | a);
                    }
                    members.add(a);
                }
            }
        }
        Map<String, Copy> found = new LinkedHashMap<>();
        List<Long> sorted = new ArrayList<>(pairs);
        sorted.sort(null);
        for (long pair : sorted) {
            int a = (int) (pair >>> 32);
            int b = (int) pair;
            double similarity = agreement(signatures.get(a), signatures.get(b));
            Article x = articles.get(a);
            Article y = articles.get(b);
            if (similarity < SIMILAR || Outlets.key(x.outlet()).equals(Outlets.key(y.outlet()))) {
                continue; // an outlet repeating itself is still one outlet
            }
            Copy copy = order(x, y, credits.get(a), credits.get(b), similarity);
            found.merge(copy.copy().id(), copy, (old, neu) -> neu.similarity() > old.similarity() ? neu : old);
        }
        // A chain (B copies A, C copies B) is kept as it is found; originalOf follows it.
        return new Copies(found);
    }

    private static double agreement(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return same / (double) HASHES;
    }

    /** Which of two near-identical articles copies the other: the one crediting the other, else the later one. */
    private static Copy order(Article x, Article y, Set<String> creditsX, Set<String> creditsY, double similarity) {
        boolean xCreditsY = creditsX.contains(y.outlet().toLowerCase(Locale.ROOT));
        boolean yCreditsX = creditsY.contains(x.outlet().toLowerCase(Locale.ROOT));
        if (xCreditsY != yCreditsX) {
            return xCreditsY ? new Copy(x, y, true, similarity) : new Copy(y, x, true, similarity);
        }
        int byDate = x.published() == null || y.published() == null ? 0 : x.published().compareTo(y.published());
        boolean xLater = byDate > 0 || byDate == 0 && x.id().compareTo(y.id()) > 0;
        return xLater ? new Copy(x, y, false, similarity) : new Copy(y, x, false, similarity);
    }

    /** The names a text puts in brackets, as a credit line does ("(Fenwick Wire)"), in lower case. */
    public static Set<String> credits(String text) {
        Set<String> names = new HashSet<>();
        java.util.regex.Matcher m = CREDIT.matcher(text);
        while (m.find()) {
            names.add(m.group(1).strip().toLowerCase(Locale.ROOT));
        }
        return names;
    }

    private static final java.util.regex.Pattern CREDIT = java.util.regex.Pattern.compile("\\(([^()\\n]{2,60})\\)");
}
