package org.factcheck.check;

import org.factcheck.Factcheck;
import org.factcheck.Roots;
import org.factcheck.cache.CacheDir;
import org.factcheck.diagnostic.Diagnostic;
import org.factcheck.diagnostic.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A republished copy of a cited story counts once, as {@code relies_on} does: silent copies under a
 * new headline and credited ones alike, with a located warning on the copy's source naming the
 * original; the desk overrules a false detection ({@code republishes: none}) and confirms a copy
 * detection missed ({@code republishes: ID}).
 */
class RepublishedCopiesTest {

    @TempDir
    Path cacheDir;

    private static ClaimResult claim(Report report, String id) {
        return report.claims().stream().filter(c -> c.claim().id().equals(id)).findFirst().orElseThrow();
    }

    private static List<Diagnostic> warnings(Report report, String claim) {
        return report.diagnostics().stream().filter(d -> d.rule() == Rule.REPUBLISHED)
                .filter(d -> d.at().file().equals("content/claims/" + claim + ".yaml")).toList();
    }

    @Test
    void everyClaimChecksWithTheStatusItExpects() {
        Report report = Factcheck.check(Roots.fixture("republished"));
        assertFalse(report.hasErrors(), report.diagnostics().toString());
    }

    @Test
    void aSilentCopyCountsOnceWithAWarningNamingTheOriginal() {
        Report report = Factcheck.check(Roots.fixture("republished"));
        ClaimResult r = claim(report, "silent-copy");
        assertEquals(Status.SINGLE_SOURCE, r.status(), r.reason());
        assertTrue(r.sources().get(1).notCounted().startsWith("it republishes article 'fenwick' (Fenwick Wire, 2025-03-12)"),
                r.sources().get(1).notCounted());
        List<Diagnostic> w = warnings(report, "silent-copy");
        assertEquals(1, w.size(), w.toString());
        assertEquals(Diagnostic.Severity.WARNING, w.get(0).severity());
        assertEquals("content/claims/silent-copy.yaml:9:12", w.get(0).at().toString(), "at the copy's quote");
        assertTrue(w.get(0).message().contains("republishes article 'fenwick' (Fenwick Wire, 2025-03-12)"), w.get(0).message());
        assertTrue(w.get(0).message().contains("not credited"), w.get(0).message());
    }

    @Test
    void aCreditedCopyCitedFirstIsTheOneNotCounted() {
        Report report = Factcheck.check(Roots.fixture("republished"));
        ClaimResult r = claim(report, "credited-copy-first");
        assertEquals(Status.SINGLE_SOURCE, r.status(), r.reason());
        assertTrue(r.sources().get(0).notCounted() != null, "the copy, not the original, is the one left out");
        assertNull(r.sources().get(1).notCounted());
        List<Diagnostic> w = warnings(report, "credited-copy-first");
        assertEquals(1, w.size(), w.toString());
        assertEquals("content/claims/credited-copy-first.yaml:7:12", w.get(0).at().toString());
        assertTrue(w.get(0).message().contains(", credited;"), w.get(0).message());
    }

    @Test
    void anOverruledCopyCountsTwiceWithoutAWarning() {
        Report report = Factcheck.check(Roots.fixture("republished"));
        ClaimResult r = claim(report, "overruled-copy");
        assertEquals(Status.CORROBORATED, r.status(), r.reason());
        assertEquals(List.of(), warnings(report, "overruled-copy"));
    }

    @Test
    void aCopyTheDeskConfirmsCountsOnceThoughDetectionMissedIt() {
        Report report = Factcheck.check(Roots.fixture("republished"));
        ClaimResult r = claim(report, "confirmed-copy");
        assertEquals(Status.SINGLE_SOURCE, r.status(), r.reason());
        List<Diagnostic> w = warnings(report, "confirmed-copy");
        assertEquals(1, w.size(), w.toString());
        assertTrue(w.get(0).message().contains("the desk says so"), w.get(0).message());
    }

    @Test
    void twoCopiesOfOneUncitedStoryCountOnceBesideOwnReporting() {
        Report report = Factcheck.check(Roots.fixture("republished"));
        ClaimResult r = claim(report, "two-copies-and-own-reporting");
        assertEquals(Status.CORROBORATED, r.status(), r.reason());
        assertEquals(List.of("Marsh Herald", "Northgate Times"), r.independent());
        List<Diagnostic> w = warnings(report, "two-copies-and-own-reporting");
        assertEquals(1, w.size(), w.toString());
        assertTrue(w.get(0).message().contains("as source 1 (article 'marsh-silent', Marsh Herald) does"), w.get(0).message());
    }

    @Test
    void aCachedCheckCountsCopiesAsAFullOneDoes() throws Exception {
        Path root = Roots.fixture("republished");
        Report full = Factcheck.check(root);
        assertEquals(full, Factcheck.check(root, CacheDir.open(cacheDir)));
        assertEquals(full, Factcheck.check(root, CacheDir.open(cacheDir)), "second run, from the cache");
    }

    @Test
    void anUnknownOrOwnIdInRepublishesIsALocatedError(@TempDir Path dir) throws Exception {
        Path root = Roots.copy("republished", dir);
        Path orbit = root.resolve("content/articles/orbit-rewrite.yaml");
        Files.writeString(orbit, Files.readString(orbit).replace("republishes: fenwick", "republishes: fenwik"));
        Path kestrel = root.resolve("content/articles/kestrel-own.yaml");
        Files.writeString(kestrel, Files.readString(kestrel).replace("republishes: none", "republishes: kestrel-own"));
        Report report = Factcheck.check(root);
        Diagnostic unknown = report.diagnostics().stream().filter(d -> d.at().file().endsWith("orbit-rewrite.yaml")).findFirst().orElseThrow();
        assertEquals("content/articles/orbit-rewrite.yaml:6:14", unknown.at().toString());
        assertTrue(unknown.message().contains("unknown article 'fenwik'; did you mean article 'fenwick'?"), unknown.message());
        Diagnostic own = report.diagnostics().stream().filter(d -> d.at().file().endsWith("kestrel-own.yaml")).findFirst().orElseThrow();
        assertTrue(own.message().contains("names the article itself"), own.message());
    }
}
