package org.factcheck.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factcheck.Factcheck;
import org.factcheck.check.Report;
import org.factcheck.discovery.Finding.Member;
import org.factcheck.discovery.Finding.Verdict;
import org.junit.jupiter.api.Test;

/**
 * Discovery scored on hand-labelled archives (labels written before discovery ran on them): precision
 * of the top 10 and 20 findings (a hit is a finding whose every mention belongs to one labelled group
 * of one quantity, from at least two independent reports), recall of the planted discrepancies (each
 * reported as one discrepancy), every republished story recognised, no moving figure reported as a
 * discrepancy, and no trap grouped with what it only resembles. {@code tune} is the archive the rules
 * were set on; {@code holdout}, {@code holdout2}, {@code holdout3}, {@code holdout4} and {@code holdout5} were each
 * first scored blind, then read and tuned against (none of the six is blind any more); {@code holdout6} is the one
 * archive still blind.
 */
class DiscoveryFixtureTest {

    private static final double BAR = 0.8;

    record Score(String archive, double p10, double p20, double recall, int copiesFound, int copies,
                 List<String> problems, List<String> top) {

        String report() {
            return archive + ": P@10 " + p10 + ", P@20 " + p20 + ", discrepancy recall " + recall + ", copies "
                    + copiesFound + "/" + copies + (problems.isEmpty() ? "" : "\n  problems: " + String.join("\n  ", problems))
                    + "\n  " + String.join("\n  ", top);
        }
    }

    @Test
    void tune() throws IOException {
        Score s = score("tune");
        System.out.println(s.report());
        assertBar(s);
    }

    /** The first held-out archive; its first scored run led to rules set on tune, so it is no longer blind. */
    @Test
    void holdout() throws IOException {
        Score s = score("holdout");
        System.out.println(s.report());
        assertBar(s);
    }

    /**
     * Written after {@code holdout} was read and first scored blind (P@10 1.0, P@20 1.0, discrepancy recall 0.6,
     * copies 2/2: "at least 17 miners" read as agreeing with 23, and the depths "400 metres underground" and "a
     * depth of 650m" not linked, the 650m read as millions). The depths were then fixed by general rules (a
     * length glued to "m" where a depth or length is given, the dimension a length measures), so it has been
     * tuned against and is no longer blind. The floor is what those rules reach: P@10 1.0, P@20 1.0, recall 0.8
     * (4/5), copies 2/2. "At least 17" and 23 stay the one miss on purpose: the checker reads a floor and a
     * count above it as consistent, and discovery predicts what the checker will say of a draft, so it does not
     * call them a discrepancy on its own.
     */
    @Test
    void holdout2() throws IOException {
        Score s = score("holdout2");
        System.out.println(s.report());
        assertTrue(s.p10() >= 1.0, s.report());
        assertTrue(s.p20() >= 1.0, s.report());
        assertTrue(s.recall() >= 0.8, s.report());
        assertEquals(s.copies(), s.copiesFound(), s.report());
        assertEquals(List.of("planted discrepancy D1-miners-trapped not reported as one discrepancy"), s.problems(), s.report());
    }

    /**
     * Written blind to the code and first scored blind (P@10 0.6, P@20 0.62, discrepancy recall 0.4 (2/5), copies
     * 2/2: the count on board, the board seats and the tunnel's length not reported as discrepancies, another
     * tunnel's length grouped in, the rising death toll reported as a discrepancy). Its misses were then fixed
     * by general rules ("five of the nine seats" read as five seats, people and passengers on board one count,
     * a figure naming another thing kept apart, a running tally growing with the date a timeline, datelines and
     * the day a count was given left out), so it has been tuned against and is no longer blind. The floor is what
     * those rules reach: P@10 0.8, P@20 0.81, recall 1.0 (5/5), copies 2/2, no problems. The two top-ten misses
     * are true agreements the labels do not list (the takeover's completion "next year", the capsizing "late on
     * Saturday").
     */
    @Test
    void holdout3() throws IOException {
        Score s = score("holdout3");
        System.out.println(s.report());
        assertTrue(s.p10() >= 0.8, s.report());
        assertTrue(s.p20() >= 0.81, s.report());
        assertTrue(s.recall() >= 1.0, s.report());
        assertEquals(s.copies(), s.copiesFound(), s.report());
        assertEquals(List.of(), s.problems(), s.report());
    }

    /**
     * Written blind to the code and first scored blind (P@10 0.4, P@20 0.4, discrepancy recall 0.6 (3/5), copies
     * 2/2: the fire's start date and the bridge's length not reported as discrepancies, a link road's 2.4km grouped
     * with the bridge's, the evacuation order's day reported as a discrepancy, furniture ("3 min read") and
     * weekday-only dates of different events ranked in the top ten). Its misses were then fixed by general rules
     * ("began" and "broke out" one event, a date's beginning kept from an end, a weekday only news of its week, a
     * span about the event beside it, the day a count doubled no fact, a length belonging to the thing its phrase
     * names, read times and captions no figures, a multiple a change not a share, agreement on two of a thing no
     * finding), so it has been tuned against and is no longer blind. The floor is what those rules reach: P@10 0.9,
     * P@20 0.91, recall 1.0 (5/5), copies 2/2, no problems. The one top-ten miss is a true agreement the labels do
     * not list (the day the bridge opened).
     */
    @Test
    void holdout4() throws IOException {
        Score s = score("holdout4");
        assertTrue(s.p10() >= 0.9, s.report());
        assertTrue(s.p20() >= 0.91, s.report());
        assertTrue(s.recall() >= 1.0, s.report());
        assertEquals(s.copies(), s.copiesFound(), s.report());
        assertEquals(List.of(), s.problems(), s.report());
    }

    /**
     * Written blind to the code and first scored blind (P@10 0.4, P@20 0.6, discrepancy recall 0.4 (2/5), copies 2/2:
     * last year's funding and last year's reservoir level grouped with this year's, the rising injury count reported
     * as a discrepancy, relative dates ("this year", "last month", "this week") compared as dates, the passenger count
     * and the grounding's distance (miles against metres) not reported, a lifeboat station's distance grouped with
     * the grounding's). Its misses were then fixed by general rules (a figure said of a past period or a previous
     * occurrence another quantity, a relative date no date to compare, a count growing with the date across outlets
     * a timeline, passengers told beside the crew those on board, a distance about the place it is measured from, a
     * rare count of one story grouped though its sentences share no word, an age linked only by its own sentence),
     * so it has been tuned against and is no longer blind. The floor is what those rules reach: P@10 1.0, P@20 0.9,
     * recall 1.0 (5/5), copies 2/2, no problems.
     */
    @Test
    void holdout5() throws IOException {
        Score s = score("holdout5");
        assertTrue(s.p10() >= 1.0, s.report());
        assertTrue(s.p20() >= 0.9, s.report());
        assertTrue(s.recall() >= 1.0, s.report());
        assertEquals(s.copies(), s.copiesFound(), s.report());
        assertEquals(List.of(), s.problems(), s.report());
    }

    /**
     * Written blind to the code and never tuned against. Scored twice, each time on rules set without it: on
     * holdout4's rules P@10 0.5, P@20 0.4, discrepancy recall 0.8 (4/5), copies 2/2; then on holdout5's, P@10 0.5,
     * P@20 0.55, recall 0.8 (4/5), copies 2/2, the floor. It misses the storm's peak gust, reports the rising count of
     * homes without power as a discrepancy, groups the insurers' reward with the stolen silver's value, and reports
     * "June 26" against "26 June" (and a weekday against that date) as a discrepancy.
     */
    @Test
    void holdout6() throws IOException {
        Score s = score("holdout6");
        assertTrue(s.p10() >= 0.5, s.report());
        assertTrue(s.p20() >= 0.55, s.report());
        assertTrue(s.recall() >= 0.8, s.report());
        assertEquals(s.copies(), s.copiesFound(), s.report());
    }

    private static void assertBar(Score s) {
        assertTrue(s.p10() >= BAR, s.report());
        assertTrue(s.recall() >= BAR, s.report());
        assertEquals(s.copies(), s.copiesFound(), s.report());
        assertEquals(List.of(), s.problems(), s.report());
    }

    record LabelMember(String group, String article, String figure) {
    }

    static Score score(String archive) throws IOException {
        Path root = Path.of("src/test/resources/discovery", archive);
        JsonNode labels = new ObjectMapper(new YAMLFactory()).readTree(root.resolve("labels.yaml").toFile());
        List<LabelMember> members = new ArrayList<>();
        Map<String, JsonNode> groups = new LinkedHashMap<>();
        for (JsonNode g : labels.get("groups")) {
            groups.put(g.get("id").asText(), g);
            for (JsonNode m : g.get("members")) {
                members.add(new LabelMember(g.get("id").asText(), m.get("article").asText(), m.get("figure").asText()));
            }
        }
        List<LabelMember> apart = new ArrayList<>();
        for (JsonNode a : labels.path("apart")) {
            apart.add(new LabelMember("apart:" + a.get("group").asText(), a.get("article").asText(), a.get("figure").asText()));
        }
        Report report = Factcheck.check(root);
        Discovery.Result result = Discovery.run(report);
        List<Finding> findings = result.findings();
        List<String> problems = new ArrayList<>();
        List<String> top = new ArrayList<>();
        int hits10 = 0;
        int hits20 = 0;
        Set<String> recalled = new HashSet<>();
        for (Finding f : findings) {
            Set<String> labelled = new HashSet<>();
            for (Member m : f.members()) {
                labelled.add(labelOf(m.mention(), members, apart));
            }
            String only = labelled.size() == 1 ? labelled.iterator().next() : null;
            boolean hit = only != null && !only.startsWith("apart:") && f.independent() >= 2;
            if (f.rank() <= 10 && hit) {
                hits10++;
            }
            if (f.rank() <= 20 && hit) {
                hits20++;
            }
            if (hit && f.verdict() == Verdict.DISCREPANCY && "discrepancy".equals(groups.get(only).get("verdict").asText())) {
                recalled.add(only);
            }
            if (hit && f.verdict() == Verdict.DISCREPANCY && !"discrepancy".equals(groups.get(only).get("verdict").asText())) {
                problems.add("false discrepancy: " + only + " is labelled " + groups.get(only).get("verdict").asText()
                        + " (rank " + f.rank() + ")");
            }
            for (String l : labelled) {
                if (l != null && !l.startsWith("apart:") && "timeline".equals(groups.get(l).get("verdict").asText())
                        && f.verdict() == Verdict.DISCREPANCY) {
                    problems.add("moving figure " + l + " reported as a discrepancy (rank " + f.rank() + ")");
                }
                if (l != null && l.startsWith("apart:") && labelled.contains(l.substring(6))) {
                    problems.add("trap grouped with " + l.substring(6) + " (rank " + f.rank() + ")");
                }
            }
            if (f.rank() <= 20) {
                top.add(f.rank() + ". " + (hit ? "hit " : "miss") + " " + f.verdict().id() + " " + labelled + " " + f.why());
            }
        }
        int planted = 0;
        for (JsonNode g : groups.values()) {
            if ("discrepancy".equals(g.get("verdict").asText()) && !g.path("optional").asBoolean()) {
                planted++;
                if (!recalled.contains(g.get("id").asText())) {
                    problems.add("planted discrepancy " + g.get("id").asText() + " not reported as one discrepancy");
                }
            }
        }
        int copies = 0;
        int copiesFound = 0;
        for (JsonNode c : labels.path("copies")) {
            copies++;
            if (result.copies().originalOf(c.get("copy").asText()).equals(c.get("original").asText())) {
                copiesFound++;
            } else {
                problems.add("copy " + c.get("copy").asText() + " of " + c.get("original").asText() + " not recognised");
            }
        }
        double p10 = findings.isEmpty() ? 0 : hits10 / (double) Math.min(10, findings.size());
        double p20 = findings.isEmpty() ? 0 : hits20 / (double) Math.min(20, findings.size());
        double recall = planted == 0 ? 1 : recalled.size() / (double) planted;
        // A known miss the labels name (with why) is reported but does not fail.
        List<String> known = new ArrayList<>();
        labels.path("known").forEach(k -> known.add(k.asText()));
        List<String> unknown = problems.stream().filter(p -> known.stream().noneMatch(p::contains)).toList();
        return new Score(archive, p10, p20, recall, copiesFound, copies, unknown, top);
    }

    /** The labelled group a mention belongs to: its article and its figure as printed, or its sentence, match. */
    private static String labelOf(Mention m, List<LabelMember> members, List<LabelMember> apart) {
        for (LabelMember a : apart) {
            if (a.article().equals(m.article().id()) && m.sentence().contains(a.figure())) {
                return a.group();
            }
        }
        String bySentence = null;
        for (LabelMember l : members) {
            if (!l.article().equals(m.article().id())) {
                continue;
            }
            if (m.printed().contains(l.figure()) || l.figure().contains(m.printed())) {
                return l.group();
            }
            if (bySentence == null && m.sentence().contains(l.figure())) {
                bySentence = l.group();
            }
        }
        return bySentence;
    }
}
