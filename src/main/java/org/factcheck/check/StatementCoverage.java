package org.factcheck.check;

import org.factcheck.anchor.Typography;
import org.factcheck.figures.Figure;
import org.factcheck.figures.FigureExtractor;
import org.factcheck.figures.Kind;
import org.factcheck.model.Article;
import org.factcheck.model.Claim;
import org.factcheck.model.Corpus;
import org.factcheck.diagnostic.Diagnostic;
import org.factcheck.diagnostic.Location;
import org.factcheck.model.Outlets;
import org.factcheck.diagnostic.Rule;
import org.factcheck.model.Source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what a claim's statement asserts beyond its quotes: a date (as the figures engine reads it)
 * that no quote states at least as precisely, or a capitalised name (a place such as "White House",
 * a person, a body) that no quote and no cited article's title contains. A statement is what the
 * reader is told the sources say, so it should carry nothing they do not.
 */
public final class StatementCoverage {

    /** A word, with the apostrophes, hyphens and dots that belong inside names ("Elmendorf-Richardson", "U.S."). */
    private static final Pattern WORD = Pattern.compile("\\p{L}(?:[\\p{L}\\p{M}\\p{Nd}]|['’.\\-](?=\\p{L}))*");
    /** Capitalised words that name no place or person: calendar words (dates are read as dates) and titles. */
    private static final Set<String> COMMON = Set.of(
            "i", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "mr", "mrs", "ms", "dr", "sir", "dame", "president", "prime", "minister", "secretary", "general", "chancellor",
            "vice", "king", "queen", "pope", "envoy", "spokesman", "spokeswoman", "leader");

    private StatementCoverage() {
    }

    /** The warning for {@code claim}, or null when its quotes carry every date and name its statement gives. */
    static Diagnostic check(Claim claim, Corpus corpus) {
        String statement = claim.claim();
        if (statement == null || claim.sources().isEmpty()) {
            return null;
        }
        List<String> missing = new ArrayList<>();
        missing.addAll(dates(claim, corpus));
        missing.addAll(names(claim, corpus));
        if (missing.isEmpty()) {
            return null;
        }
        return Diagnostic.warning(Rule.STATEMENT, statementAt(claim, corpus.root()), "the statement gives "
                + String.join(", ", missing.stream().map(m -> "'" + m + "'").toList())
                + " that none of its quotes carries (a name may also be in a cited article's title); quote the words that say it,"
                + " or take it out of the statement");
    }

    /** The statement's dates that no quote states at least as precisely (a quote's period inside the statement's). */
    private static List<String> dates(Claim claim, Corpus corpus) {
        List<String> missing = new ArrayList<>();
        List<Figure> quoted = null;
        for (Figure d : FigureExtractor.extract(claim.claim(), claim.published())) {
            if (d.kind() != Kind.DATE || d.low() == null || d.high() == null) {
                continue;
            }
            if (quoted == null) {
                quoted = new ArrayList<>();
                for (Source s : claim.sources()) {
                    Article a = corpus.articlesById().get(s.article());
                    for (Figure f : FigureExtractor.extract(s.quote(), a == null ? null : a.published())) {
                        if (f.kind() == Kind.DATE && f.low() != null && f.high() != null) {
                            quoted.add(f);
                        }
                    }
                }
            }
            boolean carried = quoted.stream().anyMatch(q -> q.low() >= d.low() && q.high() <= d.high());
            if (!carried) {
                missing.add(d.text());
            }
        }
        return missing;
    }

    /** The statement's runs of capitalised words found in no quote and no cited article's title. */
    private static List<String> names(Claim claim, Corpus corpus) {
        StringBuilder hay = new StringBuilder(" ");
        Set<String> outlets = new LinkedHashSet<>();
        for (Source s : claim.sources()) {
            hay.append(fold(s.quote())).append(" | ");
            Article a = corpus.articlesById().get(s.article());
            if (a != null) {
                hay.append(fold(a.title())).append(" | ");
                outlets.add(Outlets.key(a.outlet()));
            }
        }
        corpus.settings().outlets().values().forEach(o -> outlets.add(Outlets.key(o.name())));
        String haystack = hay.toString();
        Set<String> missing = new LinkedHashSet<>();
        for (String run : runs(claim.claim())) {
            if (outlets.contains(Outlets.key(run))) {
                continue;
            }
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{Nd}])" + Pattern.quote(fold(run)) + "(?![\\p{L}\\p{Nd}])").matcher(haystack);
            if (!m.find()) {
                missing.add(run);
            }
        }
        return List.copyOf(missing);
    }

    /**
     * Runs of consecutive capitalised words, each a name to look for: a sentence's first word, calendar
     * words and titles are left out (they start no name of their own), and a possessive "'s" is dropped.
     */
    static List<String> runs(String statement) {
        List<String> runs = new ArrayList<>();
        List<String> run = new ArrayList<>();
        Matcher m = WORD.matcher(statement);
        int last = 0;
        boolean first = true;
        while (m.find()) {
            String gap = statement.substring(last, m.start());
            String word = m.group().replaceAll("['’]s$", "");
            boolean sentenceStart = first || gap.strip().matches(".*[.!?:;]$") && !gap.strip().isEmpty();
            boolean joined = gap.isBlank() && !gap.isEmpty();
            last = m.end();
            first = false;
            boolean capital = !word.isEmpty() && Character.isUpperCase(word.charAt(0));
            boolean name = capital && !sentenceStart && !COMMON.contains(word.toLowerCase(Locale.ROOT));
            if (!name || !joined) {
                flush(run, runs);
            }
            if (name) {
                run.add(word);
            }
            // A possessive ends the name: "Trump's Ukraine" is two names.
            if (!m.group().equals(word) && m.group().matches(".*['’]s$")) {
                flush(run, runs);
            }
        }
        flush(run, runs);
        return runs;
    }

    private static void flush(List<String> run, List<String> runs) {
        if (!run.isEmpty()) {
            runs.add(String.join(" ", run));
            run.clear();
        }
    }

    private static String fold(String text) {
        return Typography.fold(text).text().toLowerCase(Locale.ROOT);
    }

    /** Where the {@code claim:} value starts in the claim's file, read only when there is something to warn about. */
    private static Location statementAt(Claim claim, Path root) {
        String file = claim.at().file();
        try {
            List<String> lines = Files.readAllLines(root.resolve(file), StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = Pattern.compile("^claim\\s*:\\s*").matcher(lines.get(i));
                if (m.find()) {
                    return new Location(file, i + 1, m.end() + 1);
                }
            }
        } catch (IOException | RuntimeException e) {
            // The file was read when the corpus was loaded; if it cannot be read again the warning names the file.
        }
        return claim.at();
    }
}
