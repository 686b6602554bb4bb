package org.factcheck.check;

import org.factcheck.anchor.Anchor;
import org.factcheck.anchor.ArticleText;
import org.factcheck.cache.Hashes;
import org.factcheck.model.Article;
import org.factcheck.model.Claim;
import org.factcheck.model.Corpus;
import org.factcheck.model.Source;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which sources of a claim quote the same bytes: two articles citing one capture file, or
 * captures that are byte-identical copies, with the same slice or overlapping quoted text. Such
 * sources are one source, however many outlet names their article files give. Captures are told
 * apart by a hash of their content, taken only for articles of claims citing two or more capture files.
 */
final class SameText {

    /** The capture files of claims whose sources come from two or more capture files. */
    private final Set<String> needed = new HashSet<>();
    /** A name of each needed capture file's content (equal names, equal bytes). */
    private final Map<String, String> ids = new ConcurrentHashMap<>();
    private final Corpus corpus;

    SameText(Corpus corpus) {
        this.corpus = corpus;
        for (Claim claim : corpus.claims()) {
            Set<String> files = new HashSet<>();
            for (Source s : claim.sources()) {
                Article a = corpus.articlesById().get(s.article());
                if (a != null && a.file() != null) {
                    files.add(a.file());
                }
            }
            if (files.size() >= 2) {
                needed.addAll(files);
            }
        }
    }

    /**
     * Names the article's capture by the memo's key of the whole capture (slice and date left out): the
     * memo has hashed every capture already, so a run that reuses anchors need not read captures for this.
     */
    void identify(Article article, AnchorMemo memo) {
        if (memo == null || article.file() == null || !needed.contains(article.file())) {
            return;
        }
        Article whole = new Article(article.id(), article.at(), null, null, null, null, article.file(), null, null, null, null,
                List.of(), null, null);
        ids.computeIfAbsent(article.file(), f -> memo.textKey(whole));
    }

    /** Names the article's capture by a hash of the text read, in a run without a memo. */
    void identify(Article article, ArticleText text, AnchorMemo memo) {
        if (memo != null || !needed.contains(article.file())) {
            return;
        }
        ids.computeIfAbsent(article.file(), f -> Hashes.of(text.capture().getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * True when two sources of the claim cite different capture files with the same content: then its
     * decision depends on capture bytes, which a remembered decision is not keyed on.
     */
    boolean copies(Claim claim) {
        Map<String, String> fileById = new HashMap<>();
        for (Source s : claim.sources()) {
            Article a = corpus.articlesById().get(s.article());
            String id = a == null || a.file() == null ? null : ids.get(a.file());
            if (id != null) {
                String file = fileById.putIfAbsent(id, a.file());
                if (file != null && !file.equals(a.file())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The sources of one claim seen so far, grouped by capture content. */
    final class Seen {
        private final Map<String, List<Integer>> byCapture = new HashMap<>();
        private final Claim claim;
        private final Anchor[] anchors;

        Seen(Claim claim, Anchor[] anchors) {
            this.claim = claim;
            this.anchors = anchors;
        }

        /**
         * The earlier source added with {@link #add} whose quoted text comes from the same bytes as source
         * {@code s}'s (same capture content, and the same slice or overlapping quotes), or −1.
         */
        int earlier(int s) {
            Article a = article(s);
            List<Integer> same = byCapture.get(captureOf(a));
            if (same == null) {
                return -1;
            }
            for (int t : same) {
                Article b = article(t);
                boolean sameSlice = Objects.equals(a.from(), b.from()) && Objects.equals(a.to(), b.to());
                boolean overlap = anchors[s].start() < anchors[t].end() && anchors[t].start() < anchors[s].end();
                if (sameSlice || overlap) {
                    return t;
                }
            }
            return -1;
        }

        /** Records source {@code s} (its quote found, its article known) as counted. */
        void add(int s) {
            byCapture.computeIfAbsent(captureOf(article(s)), k -> new ArrayList<>()).add(s);
        }

        /** Why source {@code s} is the same text as source {@code t}, in words. */
        String how(int s, int t) {
            Article a = article(s);
            Article b = article(t);
            return a.file().equals(b.file()) ? "both quote capture '" + a.file() + "'"
                    : "captures '" + b.file() + "' and '" + a.file() + "' are byte-identical copies";
        }

        private Article article(int s) {
            return corpus.articlesById().get(claim.sources().get(s).article());
        }

        private String captureOf(Article a) {
            // Same file, same bytes; a content name (when taken) also joins copies under other file names.
            String id = ids.get(a.file());
            return id != null ? id : "file:" + a.file();
        }
    }
}
