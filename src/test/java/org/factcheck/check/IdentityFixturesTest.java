package org.factcheck.check;

import org.factcheck.Factcheck;
import org.factcheck.Roots;
import org.factcheck.cache.CacheDir;
import org.factcheck.diagnostic.Diagnostic;
import org.factcheck.diagnostic.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The identity fixtures: what the reader sees is what is checked (hidden-text), one outlet is one
 * outlet however its name is spelt with invisible or compatibility characters (outlet-identity),
 * and one text cited under two outlet names is one source (same-text).
 */
class IdentityFixturesTest {

    @TempDir
    Path cacheDir;

    private static List<String> at(Report report, Rule rule) {
        return report.diagnostics().stream().filter(d -> d.rule() == rule)
                .map(d -> d.severity().id() + " " + d.at()).toList();
    }

    private static Diagnostic first(Report report, Rule rule, String file) {
        return report.diagnostics().stream().filter(d -> d.rule() == rule && d.at().file().equals(file)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + rule.id() + " in " + file + ": " + report.diagnostics()));
    }

    @Test
    void bidiControlsAndForeignDigitsAreLocatedErrorsAndAreNeverCorroborated() {
        Report report = Factcheck.check(Roots.fixture("hidden-text"));
        assertEquals(List.of(
                "error content/articles/epsilon.yaml:2:8",          // a bidi control in a title
                "error content/articles/zeta.yaml:3:9",             // "Wire Digеst" with a Cyrillic е
                "error content/claims/arabic-indic-digits.yaml:9:12",
                "error content/claims/bidi-around-quote.yaml:9:12", // the quote is clean, the text shown before it is not
                "error content/claims/bidi-in-quote.yaml:9:12",
                "error content/claims/fullwidth-digits.yaml:9:12",
                "error content/claims/mathematical-digits.yaml:9:12",
                "warning seeds/beta.txt:1:37",                       // the capture itself: warned once, where the control is
                "warning seeds/delta.txt:4:1"), at(report, Rule.HIDDEN_TEXT));
        assertTrue(report.hasBlockingErrors(), "a page showing a figure the check did not read is never built");
        assertTrue(first(report, Rule.HIDDEN_TEXT, "content/claims/fullwidth-digits.yaml").message()
                .startsWith("quote contains digits that are not ASCII: '５' (U+FF15 FULLWIDTH DIGIT FIVE) at column 22; the figure cannot be checked"));
        assertTrue(first(report, Rule.HIDDEN_TEXT, "content/claims/mathematical-digits.yaml").message().contains("'𝟧'"));
        assertTrue(first(report, Rule.HIDDEN_TEXT, "content/claims/bidi-around-quote.yaml").message()
                .contains("U+202E RIGHT-TO-LEFT OVERRIDE, in the text shown before the quote"));
        assertTrue(first(report, Rule.HIDDEN_TEXT, "content/articles/zeta.yaml").message().contains("U+0435 CYRILLIC SMALL LETTER IE"));
        for (ClaimResult r : report.claims()) {
            assertTrue(r.status() != Status.CORROBORATED || r.claim().id().equals("bidi-elsewhere-in-capture"),
                    r.claim().id() + " is " + r.status().id() + ": " + r.reason());
        }
    }

    @Test
    void aCachedCheckOfHiddenTextWarnsAsAFullOneDoes() throws Exception {
        Path root = Roots.fixture("hidden-text");
        Report full = Factcheck.check(root);
        assertEquals(full, Factcheck.check(root, CacheDir.open(cacheDir)));
        assertEquals(full, Factcheck.check(root, CacheDir.open(cacheDir)), "second run, from the cache");
    }

    @Test
    void invisibleAndCompatibilityCharactersDoNotMakeANewOutlet() {
        Report report = Factcheck.check(Roots.fixture("outlet-identity"));
        assertFalse(report.hasBlockingErrors(), report.diagnostics().toString());
        for (String variant : List.of("wire-zwsp", "wire-shy", "wire-joiner", "wire-fullwidth")) {
            ClaimResult r = report.claims().stream().filter(c -> c.claim().id().equals("alpha-and-" + variant)).findFirst().orElseThrow();
            assertEquals(Status.SINGLE_SOURCE, r.status(), variant + ": " + r.reason());
            assertEquals("not an independent outlet: rewrites wire copy", r.sources().get(1).notCounted(), variant);
        }
        assertTrue(report.diagnostics().stream().noneMatch(d -> d.rule() == Rule.EXPECT), report.diagnostics().toString());
    }

    @Test
    void lookAlikeOutletNamesAreWarnedAboutAndShortNamesOneLetterApartAreNot() {
        Report report = Factcheck.check(Roots.fixture("outlet-identity"));
        assertEquals(List.of("warning content/articles/alpha-cyrillic.yaml:3:9", "warning content/articles/wire-typo.yaml:3:9"),
                at(report, Rule.LOOK_ALIKE));
        assertTrue(first(report, Rule.LOOK_ALIKE, "content/articles/alpha-cyrillic.yaml").message()
                .contains("looks the same as outlet 'Alpha Post' (content/articles/alpha.yaml)"));
        assertTrue(first(report, Rule.LOOK_ALIKE, "content/articles/wire-typo.yaml").message()
                .contains("is one letter away from outlet 'Wire Digest' (content/site.yaml)"));
    }

    @ParameterizedTest(name = "cached: {0}")
    @ValueSource(booleans = {false, true})
    void oneTextUnderTwoOutletNamesIsOneSource(boolean cached) throws Exception {
        Path root = Roots.fixture("same-text");
        Report report = Factcheck.check(root);
        if (cached) {
            Factcheck.check(root, CacheDir.open(cacheDir));
            Report again = Factcheck.check(root, CacheDir.open(cacheDir));
            assertEquals(report, again);
            report = again;
        }
        for (ClaimResult r : report.claims()) {
            assertEquals(r.claim().expect(), r.status().id(), r.claim().id() + ": " + r.reason());
        }
        assertEquals(List.of("warning content/claims/identical-copies-other-passages.yaml:9:12",
                "warning content/claims/one-capture-two-outlets.yaml:9:12"), at(report, Rule.SAME_TEXT));
        String copies = first(report, Rule.SAME_TEXT, "content/claims/identical-copies-other-passages.yaml").message();
        assertTrue(copies.contains("article 'delta'") && copies.contains("article 'gamma'")
                && copies.contains("'seeds/copy-one.txt' and 'seeds/copy-two.txt' are byte-identical"), copies);
        ClaimResult shared = report.claims().stream().filter(c -> c.claim().id().equals("one-capture-two-outlets")).findFirst().orElseThrow();
        assertTrue(shared.sources().get(1).notCounted().startsWith("the same text as source 1 (Alpha Post): both quote capture 'seeds/shared.txt'"),
                shared.sources().get(1).notCounted());
    }
}
