package org.factcheck.discovery;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.factcheck.anchor.ArticleText;
import org.factcheck.check.ArticleFigures;
import org.factcheck.model.Article;

/**
 * What discovery needs of each article, taken while another stage of the same run (the build's
 * article pages) holds the article's text and figures, so that discovery neither reads the capture
 * nor extracts its figures again. Keeps an article's mentions and fingerprint, never its text; an
 * article no stage handed over is read afresh when discovery runs.
 */
public final class Readings implements Consumer<ArticleFigures> {

    /** One article as discovery reads it: its mentions and what tells a republished copy. */
    record Reading(Article article, List<Mention> mentions, int[] signature, Set<String> credits) {

        /** An article whose text cannot be read: check has reported it, discovery skips it. */
        static Reading unreadable(Article article) {
            return new Reading(article, List.of(), null, Set.of());
        }

        static Reading of(ArticleFigures read) {
            String text = read.text().text();
            return new Reading(read.article(), Mentions.of(read), Copies.signature(text), Copies.credits(text));
        }
    }

    private final Map<String, Reading> byId = new ConcurrentHashMap<>();
    private final AtomicInteger afresh = new AtomicInteger();

    /** Takes what discovery needs of an article whose text and figures are in hand; called from any thread. */
    @Override
    public void accept(ArticleFigures read) {
        byId.put(read.article().id(), Reading.of(read));
    }

    /** The article's reading: the one handed over for this very article, else read afresh from {@code root} under {@code limits}. */
    Reading of(Path root, Article article, org.factcheck.files.Limits limits) {
        Reading taken = byId.get(article.id());
        if (taken != null && taken.article().equals(article)) {
            return taken;
        }
        afresh.incrementAndGet();
        try {
            return Reading.of(ArticleFigures.of(article, ArticleText.read(root, article, limits)));
        } catch (ArticleText.TextException e) {
            return Reading.unreadable(article); // already reported by check
        }
    }

    /** How many articles discovery had to read itself, not handed over by another stage. */
    int afresh() {
        return afresh.get();
    }
}
