package org.factcheck.check;

import org.factcheck.anchor.ArticleText;
import org.factcheck.discovery.Copies;
import org.factcheck.model.Article;
import org.factcheck.model.Claim;
import org.factcheck.model.Corpus;
import org.factcheck.model.Source;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which cited articles republish another's story (detected by shared passages, or said by the desk
 * with {@code republishes:}), so that a claim citing the copy and its original counts them once. Only
 * articles a claim cites beside another article are fingerprinted, once per run, while the checker
 * reads them anyway; the copies are then found by MinHash bands, linear in those articles.
 */
final class Republished {

    private final Corpus corpus;
    /** The articles cited by a claim that cites two or more articles: only there can a copy change a count. */
    private final Set<String> needed = new HashSet<>();
    private final Map<String, int[]> signatures = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> credits = new ConcurrentHashMap<>();
    /** The text key each fingerprinted article was read under (a key no run repeats when it had none). */
    private final Map<String, String> textKeys = new ConcurrentHashMap<>();
    /** Remembers fingerprints by text and the last copies found; null without one. */
    private final AnchorMemo memo;
    private Copies copies;

    Republished(Corpus corpus, AnchorMemo memo) {
        this.corpus = corpus;
        this.memo = memo;
        for (Claim claim : corpus.claims()) {
            Set<String> ids = new HashSet<>();
            claim.sources().forEach(s -> ids.add(s.article()));
            if (ids.size() >= 2) {
                needed.addAll(ids);
            }
        }
    }

    /** True when the article's text must be fingerprinted. */
    boolean needs(Article article) {
        return needed.contains(article.id());
    }

    /** Fingerprints an article's text read by the checker ({@code key}: its text key, or null). */
    void read(Article article, ArticleText text, String key) {
        if (needs(article)) {
            AnchorMemo.Print print = key == null ? null : memo.print(key);
            if (print == null) {
                print = new AnchorMemo.Print(Copies.signature(text.text()), Copies.credits(text.text()));
                if (key != null) {
                    memo.print(key, text, print);
                }
            }
            keep(article, key, print);
        }
    }

    /** Fingerprints an article whose text the checker did not need to read (every anchor remembered). */
    void read(Article article, String key) {
        if (!needs(article) || credits.containsKey(article.id())) {
            return;
        }
        AnchorMemo.Print print = key == null ? null : memo.print(key);
        if (print != null) {
            keep(article, key, print);
            return;
        }
        try {
            read(article, ArticleText.read(corpus.root(), article, corpus.limits()), key);
        } catch (ArticleText.TextException e) {
            // Reported where the text is needed; an unreadable text is no copy.
        }
    }

    private void keep(Article article, String key, AnchorMemo.Print print) {
        if (print.signature() != null) {
            signatures.put(article.id(), print.signature());
        }
        credits.put(article.id(), print.credits());
        textKeys.put(article.id(), key == null ? "unkeyed-" + java.util.UUID.randomUUID() : key);
    }

    /**
     * Finds the copies once every needed article has been read. The search is a function of the
     * articles considered and their texts, so a run whose articles and texts are those of the last
     * run reuses its copies.
     */
    void find() {
        List<Article> articles = new ArrayList<>();
        List<int[]> sigs = new ArrayList<>();
        List<Set<String>> names = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (Article a : corpus.articles()) {
            if (needed.contains(a.id()) || a.republishes() != null) {
                articles.add(a);
                sigs.add(signatures.get(a.id()));
                names.add(credits.getOrDefault(a.id(), Set.of()));
                parts.add(a.toString());
                parts.add(String.valueOf(textKeys.get(a.id())));
                // A confirmed copy's result holds its original as loaded.
                parts.add(a.republishes() == null ? "" : String.valueOf(corpus.articlesById().get(a.republishes())));
            }
        }
        String key = org.factcheck.cache.Hash128.of(parts.toArray(String[]::new));
        copies = memo == null ? null : memo.copies(key, corpus.articlesById());
        if (copies == null) {
            copies = Copies.find(articles, sigs, names, corpus.articlesById());
            if (memo != null) {
                memo.copies(key, copies);
            }
        }
    }

    /** The copies found. */
    Copies copies() {
        return copies;
    }

    /** The article whose story {@code articleId} tells (itself when it is no copy). */
    String story(String articleId) {
        return copies.originalOf(articleId);
    }

    /** True when a source of the claim is a copy of another: its decision then depends on more than its quotes. */
    boolean touches(Claim claim) {
        for (Source s : claim.sources()) {
            if (copies.of(s.article()) != null) {
                return true;
            }
        }
        return false;
    }
}
