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
    private Copies copies;

    Republished(Corpus corpus) {
        this.corpus = corpus;
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

    /** Fingerprints an article's text read by the checker. */
    void read(Article article, ArticleText text) {
        if (needs(article)) {
            int[] sig = Copies.signature(text.text());
            if (sig != null) {
                signatures.put(article.id(), sig);
            }
            credits.put(article.id(), Copies.credits(text.text()));
        }
    }

    /** Fingerprints an article whose text the checker did not need to read (every anchor remembered). */
    void read(Article article) {
        if (needs(article) && !credits.containsKey(article.id())) {
            try {
                read(article, ArticleText.read(corpus.root(), article));
            } catch (ArticleText.TextException e) {
                // Reported where the text is needed; an unreadable text is no copy.
            }
        }
    }

    /** Finds the copies once every needed article has been read. */
    void find() {
        List<Article> articles = new ArrayList<>();
        List<int[]> sigs = new ArrayList<>();
        List<Set<String>> names = new ArrayList<>();
        for (Article a : corpus.articles()) {
            if (needed.contains(a.id()) || a.republishes() != null) {
                articles.add(a);
                sigs.add(signatures.get(a.id()));
                names.add(credits.getOrDefault(a.id(), Set.of()));
            }
        }
        copies = Copies.find(articles, sigs, names, corpus.articlesById());
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
