package org.factcheck.render;

import org.factcheck.Factcheck;
import org.factcheck.check.Checker;
import org.factcheck.load.Loader;
import org.factcheck.Roots;
import org.factcheck.figures.FigureExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The site's pieces that have rules of their own: ClaimReview errors, build date, layout, search index, methodology. */
class SiteFeaturesTest {

    @TempDir
    Path tmp;

    private static String located(org.factcheck.check.Report report) {
        assertTrue(report.hasBlockingErrors());
        return String.join("\n", report.diagnostics().stream().filter(org.factcheck.diagnostic.Diagnostic::blocksBuild)
                .map(org.factcheck.diagnostic.Diagnostic::format).toList());
    }

    @Test
    void aRatedClaimWithoutBaseUrlOrPublishedDateFailsTheBuildWithALocatedError() throws Exception {
        Path root = Roots.copy("site-full", tmp.resolve("root"));
        Path out = tmp.resolve("site");
        Factcheck.build(root, out);
        byte[] before = Files.readAllBytes(out.resolve("index.html"));

        Path claim = root.resolve("content/claims/cost-conflicting.yaml");
        Files.writeString(claim, Files.readString(claim).replace("published: 2025-09-02\n", ""));
        String problems = located(Factcheck.build(root, out));
        assertTrue(problems.startsWith("content/claims/cost-conflicting.yaml:10:9: error: a rated claim needs 'published:'"), problems);
        assertEquals(problems, located(Factcheck.check(root)), "check reports what build would fail on");
        SiteWriter.RenderException e = assertThrows(SiteWriter.RenderException.class,
                () -> SiteWriter.write(Checker.check(Loader.load(root)), out));
        assertTrue(e.getMessage().startsWith("content/claims/cost-conflicting.yaml:10:9: error: a rated claim needs 'published:'"),
                "the site writer guards its own output too: " + e.getMessage());

        Path site = root.resolve("content/site.yaml");
        Files.writeString(site, Files.readString(site).replace("base_url: https://desk.example/checks\n", ""));
        problems = located(Factcheck.build(root, out));
        assertTrue(problems.contains("content/claims/share-hedged-corroborated.yaml:12:9: error: a rated claim needs the site's address"),
                problems);
        assertEquals(new String(before), Files.readString(out.resolve("index.html")), "the previous site is untouched");
    }

    @Test
    void buildDateComesFromThePropertyThenSourceDateEpoch() {
        assertEquals(LocalDate.of(2026, 1, 31), BuildDate.resolve("2026-01-31", "0"));
        assertEquals(LocalDate.of(2026, 2, 1), BuildDate.resolve(null, "1769904000"));
        assertEquals(LocalDate.of(1970, 1, 1), BuildDate.resolve(" ", "0"));
        assertThrows(IllegalArgumentException.class, () -> BuildDate.resolve("31/01/2026", null));
        assertThrows(IllegalArgumentException.class, () -> BuildDate.resolve(null, "yesterday"));
    }

    @Test
    void theBuildDateIsTheOnlyDifferenceBetweenBuildsOnDifferentDays() throws Exception {
        Path root = Roots.copy("site-full", tmp.resolve("root"));
        var report = Factcheck.check(root);
        SiteWriter.write(report, tmp.resolve("a"), LocalDate.of(2026, 1, 1));
        SiteWriter.write(report, tmp.resolve("b"), LocalDate.of(2026, 1, 2));
        var a = Roots.snapshot(tmp.resolve("a"));
        var b = Roots.snapshot(tmp.resolve("b"));
        assertEquals(a.keySet(), b.keySet());
        a.forEach((k, v) -> assertEquals(new String(v).replace("2026-01-01", "2026-01-02"), new String(b.get(k)), k));
    }

    @Test
    void longLinesBecomeParagraphsAndShortQuestionsHeadings() {
        String s1 = "First sentence is here with some words in it to make it long enough to count as prose. ";
        String body = s1.repeat(4) + "Who is going to Washington? " + s1.repeat(9) + "And the end.";
        String capture = "Title\n" + body + "\n";
        List<View.Block> blocks = ArticleLayout.layout(capture, 0, capture.length(), "Title", List.of(), List.of());
        assertEquals("paragraph", blocks.get(0).kind());
        assertEquals("heading", blocks.get(1).kind());
        assertEquals("Who is going to Washington?", blocks.get(1).segments().get(0).text());
        assertTrue(blocks.size() >= 5, "split into " + blocks.size());
        for (View.Block b : blocks) {
            String text = b.segments().stream().map(View.Segment::text).reduce("", String::concat);
            assertTrue(text.length() <= ArticleLayout.PARAGRAPH + s1.length(), text);
            assertFalse(text.startsWith(" ") || text.endsWith(" "), "[" + text + "]");
        }
        // A cut never falls inside a quote: a mark across the first two sentences keeps them together.
        int start = capture.indexOf("to count as prose. First") ;
        var mark = new ArticleLayout.Mark(start, start + 30, "c", 0, "corroborated", "t");
        List<View.Block> marked = ArticleLayout.layout(capture, 0, capture.length(), "Title", List.of(mark), List.of());
        long withMark = marked.stream().filter(b -> b.segments().stream().anyMatch(x -> x.claimId() != null)).count();
        assertEquals(1, withMark);
    }

    @Test
    void uncheckedFiguresAreMarkedUnlessAQuoteCoversThem() {
        String capture = "Costs rose to $5 billion while 12 people watched.";
        int q = capture.indexOf("12 people");
        var mark = new ArticleLayout.Mark(q, q + 9, "c", 0, "single-source", "t");
        List<ArticleLayout.Unchecked> figures = FigureExtractor.extract(capture, null).stream()
                .map(f -> new ArticleLayout.Unchecked(f.start(), f.end(), f.normalised())).toList();
        List<View.Segment> segments = ArticleLayout.layout(capture, 0, capture.length(), "x", List.of(mark), figures)
                .get(0).segments();
        List<String> unchecked = segments.stream().filter(s -> s.unchecked() != null).map(View.Segment::text).toList();
        assertEquals(List.of("$5 billion"), unchecked);
        String withFurniture = "Costs rose to $5 billion.\n👉 See also: 72 Hours in Kyiv\n";
        List<ArticleLayout.Unchecked> all = FigureExtractor.extract(withFurniture, null).stream()
                .map(f -> new ArticleLayout.Unchecked(f.start(), f.end(), f.normalised())).toList();
        assertEquals(1, all.size(), "the promo line's figures belong to another story: the reader skips them");
        List<View.Block> blocks = ArticleLayout.layout(withFurniture, 0, withFurniture.length(), "x", List.of(), all);
        assertEquals("furniture", blocks.get(1).kind());
        assertTrue(blocks.get(1).segments().stream().allMatch(x -> x.unchecked() == null), "furniture figures are not unchecked");
    }

}
