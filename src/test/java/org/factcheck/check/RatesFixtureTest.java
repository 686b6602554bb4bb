package org.factcheck.check;

import org.factcheck.Factcheck;
import org.factcheck.Roots;
import org.factcheck.cache.CacheDir;
import org.factcheck.figures.Comparison;
import org.factcheck.diagnostic.Diagnostic;
import org.factcheck.diagnostic.Rule;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code rates:}: sums in two currencies are compared only at a rate the claim states with its source,
 * by the same agreement rule as any other pair, and the page shows the conversion in a reader's words;
 * without a rate they stay not comparable, and a bad entry is a located error.
 */
class RatesFixtureTest {

    @TempDir
    Path tmp;

    /** The field's name, as a desk writes it. */
    private static final java.util.regex.Pattern FIELD = java.util.regex.Pattern.compile("(?<![\\w-])rates?:");

    private static ClaimResult claim(Report report, String id) {
        return report.claims().stream().filter(c -> c.claim().id().equals(id)).findFirst().orElseThrow();
    }

    private static String comparisons(Path out, String id) throws Exception {
        return Jsoup.parse(out.resolve("claims/" + id + ".html").toFile(), "UTF-8").select("ul.comparisons").text();
    }

    @Test
    void sumsThatAgreeAtTheStatedRateCorroborate() {
        Report report = Factcheck.check(Roots.fixture("rates"));
        assertFalse(report.hasBlockingErrors(), report.diagnostics().toString());
        ClaimResult r = claim(report, "fund-agrees-at-rate");
        assertEquals(Status.CORROBORATED, r.status(), r.reason());
        Comparison c = r.comparisons().get(0).comparison();
        assertEquals(Comparison.Verdict.AGREE, c.verdict(), c.reason());
        assertNotNull(c.conversion());
        assertEquals("EUR", c.conversion().rate().from());
        assertFalse(c.conversion().first(), "the euro sum (the second source) is the one converted");
        assertTrue(report.diagnostics().stream().noneMatch(d -> d.rule() == Rule.EXPECT), report.diagnostics().toString());
    }

    @Test
    void sumsThatDisagreeAtTheStatedRateConflictWhicheverWayTheRateIsGiven() {
        Report report = Factcheck.check(Roots.fixture("rates"));
        // The rate is USD→EUR while the pair is (USD, EUR): the dollar sum is converted.
        ClaimResult r = claim(report, "grid-disagrees-at-rate");
        assertEquals(Status.CONFLICTING, r.status(), r.reason());
        Comparison c = r.comparisons().get(0).comparison();
        assertEquals(Comparison.Verdict.DISAGREE, c.verdict(), c.reason());
        assertTrue(c.conversion().first(), "the dollar sum (the first source) is the one converted");
    }

    @Test
    void withoutARateSumsInTwoCurrenciesStayNotComparableAndTheAdvicePointsAtRates() {
        Report report = Factcheck.check(Roots.fixture("rates"));
        ClaimResult r = claim(report, "school-without-rate");
        assertEquals(Status.INCOMPARABLE, r.status(), r.reason());
        assertNull(r.comparisons().get(0).comparison().conversion());
        Diagnostic d = report.diagnostics().stream().filter(x -> x.rule() == Rule.INCOMPARABLE
                && x.at().file().endsWith("school-without-rate.yaml")).findFirst().orElseThrow();
        assertTrue(d.message().contains("`rates:`"), d.message());
        assertFalse(d.message().contains("unit:"), d.message());
    }

    @Test
    void theClaimPageShowsTheConversionInReadersWordsAndNoFieldName() throws Exception {
        Path out = tmp.resolve("out");
        Report report = Factcheck.build(Roots.fixture("rates"), out);
        assertFalse(report.hasBlockingErrors(), report.diagnostics().toString());
        assertEquals("✔ Agree: Dollar Wire says “$2.7 billion”, Euro Post “€2.5 billion”: these agree. €2.5 billion is about "
                + "$2.7 billion at 1.08 US dollars per euro (European Central Bank reference rate, 12 March 2025).",
                comparisons(out, "fund-agrees-at-rate"));
        assertEquals("≠ Disagree: Dollar Wire says “$3.1 billion”, Euro Post “€2.5 billion”: they disagree. $3.1 billion is about "
                + "€2.87 billion at 0.926 euros per US dollar (European Central Bank reference rate, 12 March 2025).",
                comparisons(out, "grid-disagrees-at-rate"));
        assertEquals("– Not comparable: Dollar Wire says “$900 million”, Euro Post “€800 million”: different currencies, so they "
                + "were not compared.", comparisons(out, "school-without-rate"));
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".html")).toList()) {
                String text = Jsoup.parse(p.toFile(), "UTF-8").text();
                // (the fixture's claim titles are their ids, "grid-disagrees-at-rate", and may end in "rate")
                assertFalse(FIELD.matcher(text).find() || text.contains("EUR per USD"), p + ": " + text);
            }
        }
    }

    @Test
    void theRatesSourceIsEscapedOnThePage() throws Exception {
        Path root = Roots.copy("rates", tmp.resolve("root"));
        Path file = root.resolve("content/claims/fund-agrees-at-rate.yaml");
        Files.writeString(file, Files.readString(file).replace("\"European Central Bank reference rate, 12 March 2025\"",
                "\"<script>alert(1)</script> & rate\""), StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");
        Factcheck.build(root, out);
        String html = Files.readString(out.resolve("claims/fund-agrees-at-rate.html"));
        assertFalse(html.contains("<script>alert(1)"), "the source must be escaped");
        assertTrue(comparisons(out, "fund-agrees-at-rate").contains("(<script>alert(1)</script> & rate)"),
                comparisons(out, "fund-agrees-at-rate"));
    }

    @Test
    void badRatesEntriesAreLocatedErrorsAndATypoIsAnUnknownField() throws Exception {
        Path root = Roots.copy("rates", tmp.resolve("root"));
        Files.copy(root.resolve("bad/rates-bad.yaml"), root.resolve("content/claims/rates-bad.yaml"));
        Report report = Factcheck.check(root);
        List<Diagnostic> bad = report.diagnostics().stream().filter(d -> d.at().file().endsWith("rates-bad.yaml")).toList();
        assertTrue(report.hasBlockingErrors());
        expect(bad, Rule.INVALID_VALUE, 11, 5, "already states a rate between EUR and USD");
        expect(bad, Rule.INVALID_VALUE, 12, 32, "positive number");
        expect(bad, Rule.INVALID_VALUE, 13, 21, "both GBP");
        expect(bad, Rule.INVALID_VALUE, 14, 21, "'XYZ'");
        expect(bad, Rule.INVALID_VALUE, 15, 45, "non-empty text");
        expect(bad, Rule.MISSING_FIELD, 16, 5, "missing required field 'source'");
        expect(bad, Rule.UNKNOWN_FIELD, 17, 37, "did you mean 'source'");
        expect(bad, Rule.INVALID_VALUE, 18, 32, "'abc'");
    }

    private static void expect(List<Diagnostic> found, Rule rule, int line, int column, String says) {
        assertTrue(found.stream().anyMatch(d -> d.rule() == rule && d.at().line() == line && d.at().column() == column
                && d.message().contains(says)), rule + " at " + line + ":" + column + " saying " + says + " in " + found);
    }

    @Test
    void editingARateReRendersTheClaimPageInAnIncrementalBuild() throws Exception {
        Path root = Roots.copy("rates", tmp.resolve("root"));
        Path out = tmp.resolve("site");
        CacheDir cache = CacheDir.open(tmp.resolve("cache"));
        java.time.LocalDate date = java.time.LocalDate.of(2026, 1, 1);
        Factcheck.build(root, out, date, cache);
        Path file = root.resolve("content/claims/fund-agrees-at-rate.yaml");
        Files.writeString(file, Files.readString(file).replace("rate: 1.08", "rate: 1.09"), StandardCharsets.UTF_8);
        Factcheck.build(root, out, date, cache);
        assertTrue(comparisons(out, "fund-agrees-at-rate").contains("€2.5 billion is about $2.73 billion at 1.09 US dollars per euro"),
                comparisons(out, "fund-agrees-at-rate"));
        Path fresh = tmp.resolve("fresh");
        Factcheck.build(root, fresh, date, org.factcheck.cache.CacheDir.none());
        assertEquals(Files.readString(fresh.resolve("claims/fund-agrees-at-rate.html")),
                Files.readString(out.resolve("claims/fund-agrees-at-rate.html")));
    }

    @Test
    void aRateReadBackFromTheCacheOnDiskStillConverts() throws Exception {
        Path root = Roots.copy("rates", tmp.resolve("root"));
        Path cache = tmp.resolve("cache");
        Report first = Factcheck.check(root, CacheDir.open(cache));
        Report second = Factcheck.check(root, CacheDir.open(cache));
        assertEquals(first, second);
        assertEquals(Status.CORROBORATED, claim(second, "fund-agrees-at-rate").status());
        // Editing the rate alone re-checks the claim: at 1.3 the sums no longer agree.
        Path file = root.resolve("content/claims/fund-agrees-at-rate.yaml");
        Files.writeString(file, Files.readString(file).replace("rate: 1.08", "rate: 1.3"), StandardCharsets.UTF_8);
        Report edited = Factcheck.check(root, CacheDir.open(cache));
        assertEquals(Factcheck.check(root), edited);
        assertEquals(Status.CONFLICTING, claim(edited, "fund-agrees-at-rate").status());
    }
}
