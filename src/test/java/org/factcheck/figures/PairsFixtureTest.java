package org.factcheck.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factcheck.figures.Pairs.Pair;
import org.factcheck.figures.Pairs.Side;
import org.factcheck.figures.Pairs.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The figures engine's bar, measured on hand-annotated sentence pairs: the engine's verdict on each pair
 * (extract each sentence's figure with its published date, compare) against a careful fact-checker's.
 * A pair labelled consistent (a vague quantity a precise figure falls within) shown as agree is a false
 * agreement: "consistent" never counts as confirmation.
 */
class PairsFixtureTest {

    private static final List<String> SPLITS = List.of("tune", "holdout", "blind");
    private static final double BAR = 0.97;

    /** The engine's answer on one pair: a verdict, or null with why it could not give one. */
    record Outcome(Pair pair, Verdict verdict, String detail) {
        boolean miss() {
            return verdict != pair.verdict();
        }
    }

    /** Precision and recall of agree and conflict, and false agreements, on one split. */
    record Score(String split, int pairs, double agreePrecision, double agreeRecall, double conflictPrecision,
                 double conflictRecall, int falseAgreements, List<Outcome> misses) {

        String report() {
            StringBuilder s = new StringBuilder();
            s.append(String.format("pairs %s: %d pairs, %d misses; agree P=%.3f R=%.3f; conflict P=%.3f R=%.3f; "
                            + "false agreements %d%n", split, pairs, misses.size(), agreePrecision, agreeRecall,
                    conflictPrecision, conflictRecall, falseAgreements));
            for (Outcome o : misses) {
                s.append(String.format("  MISS %s expected %s, engine %s: %s%n", o.pair().id(), o.pair().verdict().id(),
                        o.verdict() == null ? "no verdict" : o.verdict().id(), o.detail()));
            }
            return s.toString();
        }
    }

    @Test
    void fixtureFilesAreWellFormed() {
        List<Pair> all = new ArrayList<>();
        for (String split : SPLITS) {
            List<Pair> pairs = Pairs.load(split);
            Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
            for (Pair p : pairs) {
                counts.merge(p.verdict(), 1, Integer::sum);
                assertTrue(p.id().startsWith(split.substring(0, 1)), p.where() + ": id " + p.id() + " belongs to "
                        + split + ".txt (" + split.charAt(0) + "###)");
                assertTrue(!outlet(p.a()).equals(outlet(p.b())), p.where() + ": " + p.id()
                        + " needs two different outlets, got \"" + p.a().outlet() + "\" twice");
                for (Side s : List.of(p.a(), p.b())) {
                    if (s.figure() != null) {
                        int at = s.sentence().indexOf(s.figure());
                        assertTrue(at >= 0, p.file() + ":" + s.line() + ": figure \"" + s.figure()
                                + "\" does not occur in its sentence");
                        assertEquals(-1, s.sentence().indexOf(s.figure(), at + 1), p.file() + ":" + s.line()
                                + ": figure \"" + s.figure() + "\" occurs more than once in its sentence");
                    }
                    assertTrue(!s.published().isBefore(java.time.LocalDate.of(1990, 1, 1))
                                    && !s.published().isAfter(java.time.LocalDate.of(2030, 12, 31)),
                            p.file() + ":" + s.line() + ": implausible published date " + s.published());
                }
            }
            for (Verdict v : List.of(Verdict.AGREE, Verdict.CONFLICT, Verdict.INCOMPARABLE)) {
                assertTrue(counts.getOrDefault(v, 0) > 0, split + ".txt has no " + v.id() + " pair");
            }
            all.addAll(pairs);
        }
        assertTrue(all.stream().anyMatch(p -> p.verdict() == Verdict.CONSISTENT), "the fixture has no consistent pair");
        Set<String> ids = new HashSet<>();
        for (Pair p : all) {
            assertTrue(ids.add(p.id()), p.where() + ": duplicate id " + p.id());
        }
        assertTrue(all.size() >= 150, "the bar needs at least 150 pairs, the fixture has " + all.size());
        // every pair carries a verdict and a reason (the parser insists), so all of them, not just half, are annotated
        assertTrue(all.stream().allMatch(p -> p.verdict() != null && !p.why().isBlank()));
    }

    @Test
    void malformedLinesAreReportedWithFileLineAndColumn() {
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> Pairs.parse("x.txt",
                List.of("t001 | agrees | because", "  A | One | 2024-01-01 | 5 dead.", "  B | Two | 2024-01-01 | 5 dead.")));
        assertTrue(bad.getMessage().startsWith("x.txt:1:8: expected agree, conflict, incomparable or consistent"), bad.getMessage());
        IllegalArgumentException date = assertThrows(IllegalArgumentException.class, () -> Pairs.parse("x.txt",
                List.of("t001 | agree | because", "  A | One | 2024-02-30 | 5 dead.", "  B | Two | 2024-01-01 | 5 dead.")));
        assertTrue(date.getMessage().startsWith("x.txt:2:"), date.getMessage());
        assertTrue(date.getMessage().contains("published date"), date.getMessage());
        IllegalArgumentException half = assertThrows(IllegalArgumentException.class, () -> Pairs.parse("x.txt",
                List.of("t001 | agree | because", "  A | One | 2024-01-01 | 5 dead.")));
        assertTrue(half.getMessage().startsWith("x.txt:1:1: expected an A line and a B line"), half.getMessage());
        List<Pair> ok = Pairs.parse("x.txt", List.of("# c", "", "t001 | conflict | 5 is not 6",
                "  A | One | 2024-01-01 | 5 dead on Friday.", "    figure: 5 dead", "    unit: deaths",
                "  B | Two | 2024-01-02 | 6 dead."));
        assertEquals(1, ok.size());
        assertEquals("5 dead", ok.get(0).a().figure());
        assertEquals("deaths", ok.get(0).a().unit());
        assertEquals(null, ok.get(0).b().figure());
        assertEquals(Verdict.CONFLICT, ok.get(0).verdict());
    }

    @ParameterizedTest
    @ValueSource(strings = {"tune", "holdout", "blind"})
    void engineMeetsTheBar(String split) {
        Score s = score(split, Pairs.load(split));
        System.out.print(s.report());
        assertEquals(0, s.falseAgreements(), split + ": pairs shown as agreeing that should not\n" + s.report());
        assertTrue(s.agreePrecision() >= BAR, split + ": agree precision below " + BAR + "\n" + s.report());
        assertTrue(s.agreeRecall() >= BAR, split + ": agree recall below " + BAR + "\n" + s.report());
        assertTrue(s.conflictPrecision() >= BAR, split + ": conflict precision below " + BAR + "\n" + s.report());
        assertTrue(s.conflictRecall() >= BAR, split + ": conflict recall below " + BAR + "\n" + s.report());
    }

    static Score score(String split, List<Pair> pairs) {
        List<Outcome> outcomes = pairs.stream().map(PairsFixtureTest::judge).toList();
        int agreeShown = 0, agreeRight = 0, agreeGold = 0, conflictShown = 0, conflictRight = 0, conflictGold = 0;
        int falseAgreements = 0;
        for (Outcome o : outcomes) {
            Verdict gold = o.pair().verdict();
            agreeGold += gold == Verdict.AGREE ? 1 : 0;
            conflictGold += gold == Verdict.CONFLICT ? 1 : 0;
            if (o.verdict() == Verdict.AGREE) {
                agreeShown++;
                if (gold == Verdict.AGREE) {
                    agreeRight++;
                } else {
                    falseAgreements++;
                }
            } else if (o.verdict() == Verdict.CONFLICT) {
                conflictShown++;
                conflictRight += gold == Verdict.CONFLICT ? 1 : 0;
            }
        }
        return new Score(split, pairs.size(), ratio(agreeRight, agreeShown), ratio(agreeRight, agreeGold),
                ratio(conflictRight, conflictShown), ratio(conflictRight, conflictGold), falseAgreements,
                outcomes.stream().filter(Outcome::miss).toList());
    }

    /** A ratio with nothing to divide by counts as 0: an engine that never answers has no precision to show. */
    private static double ratio(int num, int den) {
        return den == 0 ? 0.0 : (double) num / den;
    }

    /** The engine's verdict on one pair; a sentence whose figure cannot be picked fails the pair. */
    static Outcome judge(Pair p) {
        Figure a;
        Figure b;
        try {
            a = pick(p.a());
            b = pick(p.b());
        } catch (IllegalStateException e) {
            return new Outcome(p, null, e.getMessage());
        } catch (RuntimeException e) {
            return new Outcome(p, null, "extractor threw " + e);
        }
        Comparison c;
        try {
            c = Figures.compare(a, p.a().unit(), b, p.b().unit(), null);
        } catch (RuntimeException e) {
            return new Outcome(p, null, "compare threw " + e + " on " + show(a) + " vs " + show(b));
        }
        Verdict v = switch (c.verdict()) {
            case AGREE -> Verdict.AGREE;
            case DISAGREE -> Verdict.CONFLICT;
            case INCOMPARABLE -> Verdict.INCOMPARABLE;
            case CONSISTENT -> Verdict.CONSISTENT;
        };
        return new Outcome(p, v, show(a) + " vs " + show(b) + " — " + c.reason());
    }

    /**
     * The side's figure: the only one read, or the one overlapping its {@code figure:} text most; in a
     * sentence with no figure, its vague quantity ("hundreds of civilians"), as the checker reads a quote.
     */
    static Figure pick(Side s) {
        List<Figure> read = FigureExtractor.extract(s.sentence(), s.published());
        if (read.isEmpty()) {
            read = Vague.read(s.sentence());
        }
        if (s.figure() == null) {
            if (read.size() == 1) {
                return read.get(0);
            }
            throw new IllegalStateException(read.isEmpty() ? "no figure read in \"" + s.sentence() + "\""
                    : "several figures and no figure: line in \"" + s.sentence() + "\": "
                    + read.stream().map(PairsFixtureTest::show).toList());
        }
        int from = s.sentence().indexOf(s.figure());
        int to = from + s.figure().length();
        Figure best = Figure.mostOverlapping(read, from, to);
        if (best == null) {
            throw new IllegalStateException("no figure read over \"" + s.figure() + "\" in \"" + s.sentence() + "\": "
                    + read.stream().map(PairsFixtureTest::show).toList());
        }
        return best;
    }

    private static String show(Figure f) {
        return "\"" + f.text() + "\" " + f.kind() + " " + f.normalised();
    }

    /** Outlet identity as a reader sees it: case, spaces and hyphens do not make a second outlet. */
    private static String outlet(Side s) {
        return s.outlet().toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s\\-]+", " ").strip();
    }
}
