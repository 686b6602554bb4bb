package org.factcheck.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.LocalDate;
import org.factcheck.Factcheck;
import org.factcheck.files.Limits;
import org.factcheck.anchor.ArticleText;
import org.factcheck.check.ArticleFigures;
import org.factcheck.check.Report;
import org.factcheck.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Discovery run after a build takes each article's text and figures from the build's article pages:
 * it reads no capture and extracts no figure again, and what it finds is exactly what it finds
 * reading every article itself (each article's mentions, the ranked findings, the copies).
 */
class ReadingsTest {

    @TempDir
    Path tmp;

    @Test
    void discoveryAfterABuildReadsNothingAgainAndFindsTheSame() throws Exception {
        Path root = Path.of("src/test/resources/discovery/tune");
        Readings readings = new Readings();
        Report report = Factcheck.build(root, tmp.resolve("site"), LocalDate.of(2026, 1, 1), org.factcheck.cache.CacheDir.none(), null, readings).report();
        assertFalse(report.hasBlockingErrors(), report.diagnostics().toString());

        Discovery.Result shared = Discovery.run(report, readings);
        assertEquals(0, readings.afresh(), "every article was handed over by its page");

        for (Article a : report.articles()) {
            assertEquals(Mentions.of(ArticleFigures.of(a, ArticleText.read(root, a, Limits.DEFAULTS))), readings.of(root, a, Limits.DEFAULTS).mentions(),
                    "the mentions of " + a.id());
        }
        Discovery.Result afresh = Discovery.run(report);
        assertFalse(afresh.findings().isEmpty());
        assertEquals(afresh.findings(), shared.findings());
        assertEquals(afresh.copies().all(), shared.copies().all());
    }

    @Test
    void anArticleNotHandedOverIsReadAfresh() {
        Path root = Path.of("src/test/resources/discovery/tune");
        Report report = Factcheck.check(root);
        Readings readings = new Readings();
        Discovery.Result result = Discovery.run(report, readings);
        assertEquals(report.articles().size(), readings.afresh());
        assertEquals(Discovery.run(report).findings(), result.findings());
    }
}
