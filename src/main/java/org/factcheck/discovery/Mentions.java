package org.factcheck.discovery;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factcheck.anchor.ArticleText;
import org.factcheck.check.ArticleFigures;
import org.factcheck.figures.Figure;
import org.factcheck.figures.Kind;
import org.factcheck.figures.Quantity;
import org.factcheck.model.Article;

/**
 * Reads the mentions of one article: every figure worth a claim, with the sentence it stands in.
 * Page furniture ("3 comments", "5 things to know"), the day a statement was made ("said on Monday"),
 * a conversion in brackets ("12 kilometres (7.5 miles)") and the whole of "38 of the 60 seats" are
 * left out; a length is read in metres whatever its spelling, and a bare count takes its noun from
 * "the number of people displaced … has risen to 19,500".
 */
final class Mentions {

    private static final Set<Kind> KINDS = Set.of(Kind.MONEY, Kind.PERCENT, Kind.COUNT, Kind.AREA, Kind.DURATION,
            Kind.DATE, Kind.AGE, Kind.TEMPERATURE);
    private static final Pattern FURNITURE = Pattern.compile(
            "(?i)share this|\\bcomments?\\b|subscribe|sign up|newsletter|read more|follow our|live blog|live coverage"
                    + "|things to know|\\bphotos\\b|free articles?|\\bclick\\b");
    private static final Set<String> FURNITURE_NOUNS = Set.of("comment", "comments", "photo", "photos", "article",
            "articles", "thing", "things", "story", "stories", "share", "shares");
    private static final Pattern SAID_ON = Pattern.compile(
            "(?i)\\b(said|says|told [\\p{L} ]{1,30}|confirmed|announced|added|reported)( \\p{L}+)?( on| late on| early on| last)?\\s*$");
    private static final Pattern NUMBER_OF = Pattern.compile("(?i)\\bnumber of (\\p{L}+)");
    private static final Pattern MOVING = Pattern.compile(
            "(?i)\\b(risen|rose|climbed|increased|grown|jumped|fallen|dropped) to\\b|\\bso far\\b|\\bhas now\\b|\\bhave now\\b");
    private static final Pattern PRONOUN = Pattern.compile("^(It|Its|They|Their|This|These|He|She|His|Her)\\b");
    private static final Pattern ELSEWHERE = Pattern.compile(
            "(?i)\\bin a separate\\b|\\bseparately\\b|\\belsewhere\\b|\\bin neighbouring\\b|\\bin a different\\b");
    private static final Pattern NAME = Pattern.compile("(?<=[\\s(\"'“‘])\\p{Lu}[\\p{L}'’-]+");
    private static final Pattern DEATH_WORDS = Pattern.compile("(?i)\\b(kill\\w*|died|dead|death\\w*|lives)\\b");
    private static final Set<String> PEOPLE = Set.of("people", "person", "persons", "civilians", "civilian", "residents");
    /** Metres per unit, for lengths in any spelling. */
    private static final Map<String, Double> LENGTH = Map.ofEntries(
            Map.entry("km", 1000.0), Map.entry("kms", 1000.0), Map.entry("kilometre", 1000.0),
            Map.entry("kilometres", 1000.0), Map.entry("kilometer", 1000.0), Map.entry("kilometers", 1000.0),
            Map.entry("m", 1.0), Map.entry("metre", 1.0), Map.entry("metres", 1.0), Map.entry("meter", 1.0),
            Map.entry("meters", 1.0), Map.entry("mile", 1609.344), Map.entry("miles", 1609.344),
            Map.entry("mi", 1609.344));
    private static final Pattern GLUED_LENGTH = Pattern.compile("^\\s?(km|kms|mi|m)\\b");

    private Mentions() {
    }

    /** The mentions of an article, from its text and the figures of its whole text. */
    static List<Mention> of(ArticleFigures read) {
        Article article = read.article();
        ArticleText text = read.text();
        String body = text.text();
        String capture = text.capture();
        List<Figure> figures = read.figures();
        List<Mention> out = new ArrayList<>();
        Set<Integer> skip = new HashSet<>();
        int line = 1;
        int col = 1;
        int pos = 0;
        for (int i = 0; i < figures.size(); i++) {
            if (skip.contains(i)) {
                continue;
            }
            Figure f = figures.get(i);
            Figure next = i + 1 < figures.size() ? figures.get(i + 1) : null;
            if (next != null && between(body, f, next).matches("\\s?\\(")) {
                skip.add(i + 1); // "12 kilometres (7.5 miles)": the same figure, converted
            }
            String unit = null;
            if (next != null && f.kind() == Kind.COUNT && f.unit() == null && next.kind() == Kind.COUNT && next.unit() != null
                    && between(body, f, next).matches("\\s+of(\\s+the)?\\s+")) {
                unit = next.unit();
                f = withUnit(f, unit); // "38 of the 60 seats" counts 38 seats; 60 is the whole
                skip.add(i + 1);
            }
            if (!KINDS.contains(f.kind())) {
                continue;
            }
            int sentenceStart = sentenceStart(body, f.start());
            int sentenceEnd = sentenceEnd(body, f.end());
            String sentence = body.substring(sentenceStart, sentenceEnd);
            if (FURNITURE.matcher(sentence).find()) {
                continue;
            }
            if (f.kind() == Kind.DATE && SAID_ON.matcher(body.substring(sentenceStart, f.start())).find()) {
                continue; // the day a statement was made, not a fact
            }
            Settled settled = settled(f, body, sentence);
            if (settled == null) {
                continue;
            }
            f = settled.figure();
            unit = settled.unit() != null ? settled.unit() : unit;
            int start = text.start() + f.start();
            for (; pos < start; pos++) {
                if (capture.charAt(pos) == '\n') {
                    line++;
                    col = 1;
                } else {
                    col++;
                }
            }
            String measure = Quantity.of(f, null).label();
            Set<String> words = new java.util.LinkedHashSet<>(Words.of(sentence, f.start() - sentenceStart, f.end() - sentenceStart));
            if (PRONOUN.matcher(sentence).find() && article.title() != null) {
                words.addAll(Words.of(article.title(), -1, -1)); // "Its price tag is …": the headline names what "it" is
            }
            Set<String> near = Words.of(around(sentence, f.start() - sentenceStart, f.end() - sentenceStart), -1, -1);
            out.add(new Mention(article, f, unit, measure,
                    sentence(capture, text.start(), text.end(), start, text.start() + f.end()),
                    start, text.start() + f.end(), line, col, words, near, names(sentence), MOVING.matcher(sentence).find(),
                    ELSEWHERE.matcher(sentence).find()));
        }
        return out;
    }

    /** A figure as discovery reads it, and the {@code unit:} that makes the checker read it so (or null). */
    private record Settled(Figure figure, String unit) {
    }

    /** The figure with its counted noun or length settled from the sentence, or null when it says too little. */
    private static Settled settled(Figure f, String body, String sentence) {
        if (f.kind() != Kind.COUNT) {
            return new Settled(f, null);
        }
        String unit = f.unit() == null ? null : f.unit().toLowerCase(Locale.ROOT);
        if (unit == null) {
            Matcher glued = GLUED_LENGTH.matcher(body.substring(f.end(), Math.min(body.length(), f.end() + 5)));
            if (glued.find()) {
                unit = glued.group(1);
            }
        }
        if (unit != null && LENGTH.containsKey(unit)) {
            double metres = LENGTH.get(unit);
            return new Settled(scaled(f, "metre", metres), metres == 1000 ? "kilometres" : metres == 1 ? "metres" : "miles");
        }
        String settledUnit = null;
        if (unit == null) {
            Matcher m = NUMBER_OF.matcher(sentence);
            if (!m.find()) {
                return null; // a bare number says too little to group on
            }
            unit = m.group(1).toLowerCase(Locale.ROOT);
            f = withUnit(f, unit);
            settledUnit = unit;
        }
        if (FURNITURE_NOUNS.contains(unit)) {
            return null;
        }
        if (PEOPLE.contains(unit) && DEATH_WORDS.matcher(sentence).find()) {
            return new Settled(withUnit(f, "deaths"), "deaths"); // "42 people were killed" and "42 deaths" are one quantity
        }
        return new Settled(f, settledUnit);
    }

    /** The stems of the capitalised words of a sentence, but its first. */
    private static Set<String> names(String sentence) {
        Set<String> out = new java.util.LinkedHashSet<>();
        Matcher m = NAME.matcher(sentence);
        while (m.find()) {
            out.addAll(Words.of(m.group(), -1, -1));
        }
        return out;
    }

    /** The text of up to six words before a figure and three after it, without the figure. */
    private static String around(String sentence, int start, int end) {
        int from = start;
        for (int words = 0; from > 0 && words < 7; from--) {
            if (Character.isWhitespace(sentence.charAt(from - 1)) && from - 1 > 0 && !Character.isWhitespace(sentence.charAt(from - 2))) {
                words++;
            }
        }
        int to = end;
        for (int words = 0; to < sentence.length() && words < 4; to++) {
            if (Character.isWhitespace(sentence.charAt(to)) && to + 1 < sentence.length()
                    && !Character.isWhitespace(sentence.charAt(to + 1))) {
                words++;
            }
        }
        return sentence.substring(from, start) + " " + sentence.substring(end, to);
    }

    private static String between(String body, Figure a, Figure b) {
        return a.end() <= b.start() ? body.substring(a.end(), b.start()) : "\u0000";
    }

    private static Figure withUnit(Figure f, String unit) {
        return new Figure(f.start(), f.end(), f.text(), f.kind(), f.value(), unit, f.low(), f.high(), f.hedge(), f.iso(),
                f.resolved(), f.readLow(), f.readHigh());
    }

    private static Figure scaled(Figure f, String unit, double factor) {
        return new Figure(f.start(), f.end(), f.text(), f.kind(), f.value() * factor, unit, times(f.low(), factor),
                times(f.high(), factor), f.hedge(), f.iso(), f.resolved(), times(f.readLow(), factor),
                times(f.readHigh(), factor));
    }

    private static Double times(Double v, double factor) {
        return v == null ? null : v * factor;
    }

    private static int sentenceStart(String body, int at) {
        int s = at;
        while (s > 0) {
            char c = body.charAt(s - 1);
            if (c == '\n' || c == ' ' && s >= 2 && ".!?".indexOf(body.charAt(s - 2)) >= 0) {
                break;
            }
            s--;
        }
        return s;
    }

    private static int sentenceEnd(String body, int at) {
        int e = at;
        while (e < body.length()) {
            char c = body.charAt(e);
            if (c == '\n') {
                break;
            }
            e++;
            if (".!?".indexOf(c) >= 0 && (e >= body.length() || Character.isWhitespace(body.charAt(e)))) {
                break;
            }
        }
        return e;
    }

    /** The sentence around a figure, verbatim from the capture (so it anchors as a quote), at most about 240 characters. */
    static String sentence(String capture, int from, int to, int start, int end) {
        int s = start;
        while (s > from && start - s < 160) {
            char c = capture.charAt(s - 1);
            if (c == '\n' || c == ' ' && s - 2 >= from && (".!?".indexOf(capture.charAt(s - 2)) >= 0
                    || "\"”’'".indexOf(capture.charAt(s - 2)) >= 0 && s - 3 >= from && ".!?".indexOf(capture.charAt(s - 3)) >= 0)) {
                break;
            }
            s--;
        }
        int e = end;
        while (e < to && e - end < 160) {
            char c = capture.charAt(e);
            if (c == '\n') {
                break;
            }
            e++;
            if (".!?".indexOf(c) >= 0 && (e >= to || Character.isWhitespace(capture.charAt(e)))) {
                break;
            }
        }
        // Cut at word boundaries when the sentence was too long to take whole.
        while (s < start && s > from && !Character.isWhitespace(capture.charAt(s - 1))) {
            s++;
        }
        while (e > end && e < to && !Character.isWhitespace(capture.charAt(e)) && ".!?".indexOf(capture.charAt(e - 1)) < 0) {
            e--;
        }
        return capture.substring(s, e).strip();
    }
}
