package org.factcheck.check;

import org.factcheck.Factcheck;
import org.factcheck.Roots;
import org.factcheck.diagnostic.Diagnostic;
import org.factcheck.diagnostic.Rule;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The roles fixture: one outlet under several spellings, a non-independent aggregator, relies_on on
 * an article and on a source, a source that errs, per-source unit:, figures that cannot be compared,
 * claims without figures and a timeline, and a rating that contradicts its status.
 */
class RolesFixtureTest {

    @TempDir
    static Path out;
    static Report report;
    static Path site;

    @BeforeAll
    static void build() throws Exception {
        site = out.resolve("site");
        report = Factcheck.build(Roots.fixture("roles"), site);
        assertFalse(report.hasBlockingErrors(), report.diagnostics().toString());
    }

    static Stream<ClaimResult> expecting() {
        return report.claims().stream().filter(r -> r.claim().expect() != null);
    }

    static ClaimResult claim(String id) {
        return report.claims().stream().filter(r -> r.claim().id().equals(id)).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expecting")
    void claimGetsTheStatusItExpects(ClaimResult r) {
        assertEquals(r.claim().expect(), r.status().id(), r.claim().id() + ": " + r.reason());
    }

    @Test
    void servicemenAndSoldiersAreNeverCorroborated() {
        // Without the desk's unit: the nouns differ; a synonym table may make them comparable (then they
        // conflict), but the claim must never read as agreement.
        ClaimResult r = claim("servicemen-vs-soldiers");
        assertTrue(Set.of(Status.INCOMPARABLE, Status.CONFLICTING).contains(r.status()), r.reason());
    }

    @Test
    void oneOutletUnderThreeSpellingsIsOneOutletWithOnePage() throws Exception {
        ClaimResult r = claim("one-outlet-two-spellings");
        assertEquals(List.of("Alpha Daily"), r.outlets());
        assertTrue(r.sources().get(1).notCounted().startsWith("same outlet as source 1"), r.sources().get(1).notCounted());
        try (Stream<Path> pages = Files.list(site.resolve("outlets"))) {
            assertEquals(List.of("alpha-daily.html"), pages.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("alpha")).toList());
        }
        // The article files spell it "alpha daily" and "Alpha-Daily"; pages print the name site.yaml declares.
        Document page = Jsoup.parse(site.resolve("outlets/alpha-daily.html").toFile(), "UTF-8");
        assertTrue(page.select("h1").text().contains("Alpha Daily"), page.select("h1").text());
    }

    @Test
    void anAggregatorDoesNotCountAndThePageSaysWhy() throws Exception {
        ClaimResult r = claim("aggregator-and-one-outlet");
        assertEquals(List.of("Wire Service"), r.independent());
        assertTrue(r.sources().get(0).notCounted().contains("an anonymous aggregator that rewrites wire copy"));
        Document page = Jsoup.parse(site.resolve("claims/aggregator-and-one-outlet.html").toFile(), "UTF-8");
        assertTrue(page.select(".not-counted").text().contains("an anonymous aggregator"), page.select(".sources").text());
        Document outlet = Jsoup.parse(site.resolve("outlets/aggregator-now.html").toFile(), "UTF-8");
        assertTrue(outlet.select("h1").text().equals("Aggregator Now"), outlet.select("h1").text());
        assertTrue(outlet.select(".not-counted").text().contains("an anonymous aggregator"), outlet.text());
    }

    @Test
    void reliesOnLinksOutletsIntoOneGroup() {
        ClaimResult article = claim("article-relies-on-wire");
        assertEquals(List.of("Wire Service + Gamma Post"), article.independent());
        assertTrue(article.sources().get(1).notCounted().contains("relies on the reporting of source 1"));
        ClaimResult source = claim("source-relies-on-wire");
        assertEquals(1, source.independent().size());
        assertTrue(source.sources().get(1).notCounted().contains("relies on this outlet's reporting"),
                source.sources().get(1).notCounted());
    }

    @Test
    void aMisspeltReliesOnIsAWarningWithTheNearOutlet() {
        Diagnostic d = only(Rule.RELIES_ON, "relies-on-typo.yaml");
        assertEquals(8, d.at().line());
        assertTrue(d.message().contains("did you mean 'Wire Service'?"), d.message());
        // Names far from every known outlet are legitimate (an outlet the desk has not captured): no warning.
        assertTrue(report.diagnostics().stream().noneMatch(x -> x.rule() == Rule.RELIES_ON && !x.at().file().endsWith("relies-on-typo.yaml")),
                report.diagnostics().toString());
    }

    @Test
    void anErringOutletIsListedNotDisputed() throws Exception {
        ClaimResult r = claim("one-outlet-errs");
        assertEquals(Status.CORROBORATED, r.status());
        assertEquals(List.of("Delta Mail"), r.erred());
        assertTrue(r.reason().contains("Delta Mail errs (source 2): gives 25 years"), r.reason());
        assertTrue(r.reason().contains("its figure disagrees"), r.reason());
        // The rating "Accurate" is allowed: the disagreement is the erring source's, not the claim's.
        assertTrue(report.diagnostics().stream().noneMatch(d -> d.at().file().endsWith("one-outlet-errs.yaml")),
                report.diagnostics().toString());
        Document claimPage = Jsoup.parse(site.resolve("claims/one-outlet-errs.html").toFile(), "UTF-8");
        assertTrue(claimPage.select(".verdict").text().contains("Corroborated 2 independent outlets (Wire Service and Echo Times) report it,"
                + " and their figures agree. The desk finds Delta Mail wrong here"), claimPage.select(".verdict").text());
        Document reportPage = Jsoup.parse(site.resolve("report.html").toFile(), "UTF-8");
        assertTrue(reportPage.select("#erred li").text().contains("Delta Mail"), reportPage.select("#erred").text());
        Document home = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        assertTrue(home.select("#disputed ~ ul li a[href$=one-outlet-errs.html]").isEmpty(), "an erring outlet is not a dispute");
        assertFalse(home.select("#disputed ~ ul li a[href$=rated-accurate-but-conflicting.html]").isEmpty());
    }

    @Test
    void unitOverrideDecidesWhatIsCompared() throws Exception {
        ClaimResult agree = claim("servicemen-as-soldiers-agree");
        // "servicemen" is read as what the desk says it counts: the two keys are one.
        String label = agree.sources().get(0).quantity().label();
        assertTrue(label.startsWith("count of soldier"), label);
        assertEquals(agree.sources().get(0).quantity(), agree.sources().get(1).quantity());
        Document page = Jsoup.parse(site.resolve("claims/servicemen-as-soldiers-agree.html").toFile(), "UTF-8");
        assertTrue(page.select("dl.figure").text().contains("Compared as a number of soldiers"), page.select("dl.figure").text());
    }

    @Test
    void incomparableFiguresAreAWarningSayingWhatToDo() {
        Diagnostic d = only(Rule.INCOMPARABLE, "dollars-vs-euros.yaml");
        assertEquals(Diagnostic.Severity.WARNING, d.severity());
        assertEquals(9, d.at().line());
        // the advice never points at 'unit:', which cannot make dollars euros
        assertTrue(d.message().contains("different currencies") && !d.message().contains("unit:") && d.message().contains("split the claim"),
                d.message());
        assertTrue(claim("dollars-vs-euros").reason().contains("agreement was not measured"));
    }

    @Test
    void withoutComparedFiguresTheReasonNeverClaimsAgreement() {
        ClaimResult none = claim("no-figures");
        assertTrue(none.reason().startsWith("no figures compared; 2 independent outlets (Wire Service, Echo Times) print the statement"),
                none.reason());
        ClaimResult timeline = claim("timeline-nothing-compared");
        assertTrue(timeline.comparisons().isEmpty());
        // figures of different dates confirm nothing: each rests on its own outlet
        assertTrue(timeline.reason().contains("its figure rests on one outlet") && timeline.reason().contains("different dates"),
                timeline.reason());
        assertFalse(timeline.reason().contains("agree"), timeline.reason());
        assertNull(none.sources().get(0).quantity());
        ClaimResult oneOutletsFigures = claim("figures-from-one-outlet");
        assertTrue(oneOutletsFigures.reason().contains("figures agree: sources 1 and 2")
                && oneOutletsFigures.reason().contains("no two independent outlets' figures agree"), oneOutletsFigures.reason());
        // two outlets print the sentence, one prints the figure: the figure is single-source, and the reason says so
        assertEquals(Status.SINGLE_SOURCE, oneOutletsFigures.status());
        assertTrue(oneOutletsFigures.reason().startsWith("2 independent outlets (Alpha Daily, Wire Service) print the statement, "
                + "but its figure rests on one outlet"), oneOutletsFigures.reason());
        assertFalse(claim("one-outlet-errs").reason().contains("no two independent"), claim("one-outlet-errs").reason());
    }

    @Test
    void aVagueQuantityIsConsistentWithAFigureButNeverConfirmsIt() {
        ClaimResult r = claim("vague-against-a-figure");
        assertEquals(Status.SINGLE_SOURCE, r.status(), r.reason());
        assertEquals(org.factcheck.figures.Comparison.Verdict.CONSISTENT, r.comparisons().get(0).comparison().verdict());
        assertTrue(r.reason().contains("its figure rests on one outlet") && r.reason().contains("consistent without confirming")
                && r.reason().contains("\"Hundreds of civilians\" is vaguer than a figure"), r.reason());
        assertFalse(r.reason().contains("figures agree:"), r.reason());
    }

    @Test
    void aClaimOnNoIndependentOutletIsNotSingleSource() {
        ClaimResult r = claim("aggregator-only");
        assertEquals(Status.NO_INDEPENDENT_SOURCE, r.status(), r.reason());
        assertTrue(r.reason().startsWith("no independent outlet counted") && r.reason().contains("not an independent outlet"),
                r.reason());
        assertTrue(r.independent().isEmpty());
    }

    @Test
    void aSourceMarkedErrsMustDisagree() {
        Diagnostic d = only(Rule.ERRS, "errs-but-agrees.yaml");
        assertEquals(10, d.at().line());
        assertTrue(d.message().contains("agrees with source 1 (Wire Service)"), d.message());
    }

    @Test
    void aRatingThatContradictsTheStatusIsALocatedError() {
        Diagnostic d = only(Rule.RATING_STATUS, "rated-accurate-but-conflicting.yaml");
        assertEquals(Diagnostic.Severity.ERROR, d.severity());
        assertFalse(d.blocksBuild());
        assertEquals(10, d.at().line());
        assertTrue(d.message().contains("contradicts the status 'conflicting'") && d.message().contains("errs:")
                && d.message().contains("(Mixed)"), d.message());
        assertNotEquals(Status.CORROBORATED, claim("rated-accurate-but-conflicting").status());
    }

    private static Diagnostic only(Rule rule, String file) {
        List<Diagnostic> found = report.diagnostics().stream()
                .filter(d -> d.rule() == rule && d.at().file().endsWith(file)).toList();
        assertEquals(1, found.size(), report.diagnostics().toString());
        return found.get(0);
    }
}
