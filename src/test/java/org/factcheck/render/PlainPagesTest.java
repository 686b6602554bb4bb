package org.factcheck.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.factcheck.Factcheck;
import org.factcheck.Roots;
import org.factcheck.check.Report;
import org.factcheck.check.Status;
import org.factcheck.diagnostic.Diagnostic;
import org.factcheck.diagnostic.Rule;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Public pages speak the reader's language: built from fixture roots that reach every status and
 * every kind of reason (not found, several figures, disagreement, currencies, counted nouns, vague
 * figures, outlets not counted, repeated reporting, the same text, a source the desk finds wrong),
 * no page carries a repository path, a field name, an engine term, a doubled word or advice meant
 * for the desk. Also: counted sources first, lists that label status and rating, the desk's
 * conclusion and claimant, and a ClaimReview that never names an erring outlet as the claim's author.
 */
class PlainPagesTest {

    /** Each with why it must not reach a reader. */
    private static final List<Pattern> FORBIDDEN = Stream.of(
            // repository paths and file names
            "content/", "seeds/", "\\.ya?ml\\b", "\\.txt\\b",
            // the desk's field names
            "\\berrs\\b", "as_of", "\\bunit:", "\\bexpect:", "relies_on", "\\bfigure:", "`",
            // the engine's own terms
            "both read", "duration in days", "nothing named", "\\bcount of \\w", "money in [A-Z]{3}", "does not overlap",
            "lies (inside|outside)", "equal at", "\\boverlaps\\b", "\\bnormalised\\b", "\\bengine\\b", "both bare numbers",
            "\\d year\\b(?!s)", "\\bkeyed?\\b",
            // doubled words
            "\\b(\\w+)\\s+\\1\\b", "not counted: not",
            // instructions for the desk
            "split the claim", "cite sources", "\\bset unit", "mark it with", "remove '", "add '", "if they are the same thing")
            .map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE)).toList();

    @TempDir
    static Path tmp;

    private static Path roles;
    private static final List<Path> SITES = new ArrayList<>();
    /** Claim titles are the desk's own words (the fixtures' are their ids, "one-outlet-errs"): not scanned. */
    private static final List<String> TITLES = new ArrayList<>();
    /** Each block of a page is scanned on its own, so a heading after a nav item is not a doubled word. */
    private static final String BLOCKS = "p, li, dt, dd, h1, h2, h3, h4, td, th, caption, figcaption, blockquote, title, text, option, legend, label";

    @BeforeAll
    static void build() throws Exception {
        Set<Status> seen = EnumSet.noneOf(Status.class);
        for (String root : List.of("statuses", "roles", "same-text")) {
            Path out = tmp.resolve(root);
            Report report = Factcheck.build(Roots.fixture(root), out);
            assertFalse(report.hasBlockingErrors(), report.diagnostics().toString());
            report.claims().forEach(r -> seen.add(r.status()));
            report.claims().forEach(r -> TITLES.add(r.claim().title()));
            SITES.add(out);
        }
        assertEquals(EnumSet.allOf(Status.class), seen, "the fixtures reach every status");
        roles = tmp.resolve("roles");
    }

    @Test
    void noPublicPageSpeaksTheDesksLanguage() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path site : SITES) {
            try (Stream<Path> pages = Files.walk(site)) {
                for (Path page : pages.filter(p -> p.toString().endsWith(".html")).toList()) {
                    Document doc = Jsoup.parse(page.toFile(), "UTF-8");
                    List<String> blocks = new ArrayList<>(doc.select(BLOCKS).eachText());
                    blocks.add(doc.select("meta[name=description]").attr("content"));
                    String text = String.join(" | ", blocks);
                    for (String title : TITLES) {
                        text = text.replace(title, "‹title›");
                    }
                    for (Pattern p : FORBIDDEN) {
                        Matcher m = p.matcher(text);
                        if (m.find()) {
                            found.add(site.relativize(page) + " [" + p + "]: …"
                                    + text.substring(Math.max(0, m.start() - 60), Math.min(text.length(), m.end() + 40)) + "…");
                        }
                    }
                }
            }
        }
        assertTrue(found.isEmpty(), found.size() + " pages speak the desk's language:\n" + String.join("\n", found));
    }

    @Test
    void comparisonsSayWhatEachOutletPrintsInPlainWords() throws IOException {
        Document euros = page("claims/dollars-vs-euros.html");
        assertTrue(euros.select(".comparisons").text().contains(
                "Echo Times says “$50 billion”, Foxtrot News “€50 billion”: different currencies"), euros.select(".comparisons").text());
        Document vague = page("claims/vague-against-a-figure.html");
        assertTrue(vague.select(".comparisons").text().contains("too vague to confirm"), vague.select(".comparisons").text());
        Document agree = page("claims/one-outlet-errs.html");
        assertTrue(agree.select(".comparisons").text().contains("Wire Service says “15 years”, Echo Times “15-year”: these agree"),
                agree.select(".comparisons").text());
    }

    @Test
    void sourcesThatCountedComeFirstAndTheOthersAreMarked() throws IOException {
        Document doc = page("claims/one-outlet-errs.html");
        List<String> order = doc.select("section.source h3").eachText().stream().map(t -> t.substring(0, t.indexOf('.'))).toList();
        assertEquals(List.of("1", "3", "2"), order, "the erring source 2 comes after the two that counted, keeping its number");
        assertTrue(doc.select("section.source").last().hasClass("not-counted"));
        assertTrue(doc.select("section.source").first().select("a.quote.status-corroborated").size() == 1);
        assertTrue(doc.select("section.source").last().select("a.quote.status-corroborated").isEmpty(),
                "a source that did not count never gets the status colour");

        Document list = page("topics/roles.html");
        Element item = list.select("li:has(a.claim-title[href$=aggregator-and-one-outlet.html])").first();
        String meta = item.select(".meta").text();
        assertTrue(meta.contains("Aggregator Now (not counted)"), meta);
        assertTrue(meta.indexOf("Aggregator Now") > meta.indexOf("Wire Service") || !meta.contains("Wire Service"), meta);
    }

    @Test
    void listsLabelWhatTheSourcesSayAndTheDesksRating() throws IOException {
        Document report = page("report.html");
        Element item = report.select("li:has(a.claim-title[href$=one-outlet-errs.html])").first();
        String text = item.text();
        assertTrue(text.matches(".*Sources say: ✔ Corroborated; the desk finds Delta Mail wrong Our rating: ✔ Accurate.*"), text);
    }

    @Test
    void aRatedClaimSaysWhatTheDeskConcludedFirstAndWhoSaidIt() throws IOException {
        Document doc = page("claims/rated-accurate-but-conflicting.html");
        Element conclusion = doc.select("article.claim > h1 + p").first();
        assertTrue(conclusion.hasClass("conclusion"), "the conclusion comes straight after the headline");
        assertEquals("Our conclusion: The desk rates the figure accurate, but its sources disagree.", conclusion.text());
        assertEquals("The desk rates the figure accurate, but its sources disagree.",
                doc.select("meta[name=description]").attr("content"));
        assertEquals("Said by Vera Envoy, a press briefing, 2025-08-14", doc.select(".claimant").text());
    }

    @Test
    void claimReviewNamesTheClaimantNeverAnErringOutlet() throws IOException {
        JsonNode erring = jsonLd(page("claims/one-outlet-errs.html"));
        JsonNode item = erring.get("itemReviewed");
        assertNotEquals("Delta Mail", item.get("author").get("name").asText(), item.toString());
        item.get("appearance").forEach(a -> assertNotEquals("Delta Mail", a.get("author").get("name").asText(), item.toString()));

        JsonNode said = jsonLd(page("claims/rated-accurate-but-conflicting.html")).get("itemReviewed");
        assertEquals("Person", said.get("author").get("@type").asText());
        assertEquals("Vera Envoy", said.get("author").get("name").asText());
        assertEquals("2025-08-14", said.get("datePublished").asText());
    }

    @Test
    void noClaimWithoutAnIndependentOutletShowsTheSingleSourceBadge() throws IOException {
        Document doc = page("claims/aggregator-only.html");
        assertTrue(doc.select(".verdict .badge.status-single-source").isEmpty());
        assertEquals(1, doc.select(".verdict .badge.status-no-independent-source").size());
    }

    @Test
    void aRatedClaimWithoutAConclusionIsAWarningAtItsRating() throws IOException {
        Path root = Roots.copy("roles", tmp.resolve("no-conclusion"));
        Path claim = root.resolve("content/claims/one-outlet-errs.yaml");
        String yaml = Files.readString(claim);
        Files.writeString(claim, yaml.substring(0, yaml.indexOf("conclusion:")));
        List<Diagnostic> found = Factcheck.check(root).diagnostics().stream()
                .filter(d -> d.rule() == Rule.CONCLUSION).toList();
        assertEquals(1, found.size(), found.toString());
        assertEquals(Diagnostic.Severity.WARNING, found.get(0).severity());
        assertEquals("content/claims/one-outlet-errs.yaml", found.get(0).at().file());
        assertEquals(13, found.get(0).at().line(), "located at 'rating:'");
    }

    @Test
    void aClaimantWithoutANameIsALocatedError() throws IOException {
        Path root = Roots.copy("roles", tmp.resolve("bad-claimant"));
        Path claim = root.resolve("content/claims/rated-accurate-but-conflicting.yaml");
        Files.writeString(claim, Files.readString(claim).replace("claimant: {name: Vera Envoy,", "claimant: {"));
        List<Diagnostic> found = Factcheck.check(root).diagnostics().stream()
                .filter(d -> d.at().file().endsWith("rated-accurate-but-conflicting.yaml") && d.blocksBuild()).toList();
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).message().contains("name"), found.get(0).message());
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(roles.resolve(path).toFile(), "UTF-8");
    }

    private static JsonNode jsonLd(Document doc) throws IOException {
        return new ObjectMapper().readTree(doc.select("script[type=application/ld+json]").first().data());
    }
}
