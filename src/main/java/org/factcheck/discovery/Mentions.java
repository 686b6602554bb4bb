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
 * Page furniture ("3 comments", "5 things to know", "3 min read"), a picture's caption or credit, the day a
 * statement was made ("said on Monday"), a conversion in brackets ("12 kilometres (7.5 miles)") and the whole
 * of "38 of the 60 seats" are left out; a length is read in metres whatever its spelling ("650m deep" too, not
 * 650 million), with the thing its phrase names ("a 2.4km link road"), and a bare count takes its noun from
 * "the number of people displaced … has risen to 19,500". "five of the nine seats" counts five seats; people
 * and passengers on board are one count; a multiple ("doubled") is a change, not a share; a dateline and the
 * day a running count was given or changed ("rose to 19 on Tuesday", "doubled on Tuesday") are no facts; a
 * date says whether it began or ended what it dates.
 */
final class Mentions {

    private static final Set<Kind> KINDS = Set.of(Kind.MONEY, Kind.PERCENT, Kind.COUNT, Kind.AREA, Kind.DURATION,
            Kind.DATE, Kind.AGE, Kind.TEMPERATURE);
    private static final Pattern FURNITURE = Pattern.compile(
            "(?i)share this|\\bcomments?\\b|subscribe|sign up|newsletter|read more|follow our|live blog|live coverage"
                    + "|things to know|\\bphotos\\b|free articles?|\\bclick\\b"
                    // the reading time a page prints ("3 min read"): a number about the page, not the story
                    + "|\\b\\d+\\s*(?:mins?|minutes?)\\.?\\s+read\\b|\\bread(?:ing)? time\\b");
    /**
     * A picture's caption or credit line ("Photo: The first cars cross the bridge on Wednesday.", "[Image: Harbour
     * Quarter Partnership, 1 of 4]", "Pictured above: …"): it restates the story beside the picture, or names who
     * took it, so its figures are no report of their own.
     */
    private static final Pattern CAPTION = Pattern.compile(
            "(?i)^\\s*[\\[(]?\\s*(?:photo(?:graph)?s?|pictures?|pictured|image|caption)\\b[^:\\n]{0,20}:");
    /** A multiple ("more than doubled", "halved"): a change in a quantity, not a share of a whole like "a third of". */
    private static final Pattern MULTIPLE = Pattern.compile(
            "(?i)\\b(?:doubl|tripl|trebl|quadrupl|halv)(?:ed|es|ing|e)\\b");
    private static final Set<String> FURNITURE_NOUNS = Set.of("comment", "comments", "photo", "photos", "article",
            "articles", "thing", "things", "story", "stories", "share", "shares");
    private static final Pattern SAID_ON = Pattern.compile(
            "(?i)\\b(said|says|told [\\p{L} ]{1,30}|confirmed|announced|added|reported)( \\p{L}+)?( on| late on| early on| last)?\\s*$");
    /** The day a count stood at a value ("rose to 19 on Tuesday", "reached 27 people on Thursday"): when, not what. */
    private static final Pattern AS_OF = Pattern.compile("(?i)\\b(?:(?:rose|risen|climbed|increased|reached|jumped|grew|fell"
            + "|dropped|stood at|stands at)(?:\\s+to)?\\s+\\d[\\d,.]*(?:\\s+\\p{L}+){0,2}"
            // "the number … more than doubled on Tuesday": the day a count changed, told without its new value
            + "|(?:doubled|tripled|trebled|quadrupled|halved))\\s+(?:on|by|as of)\\s*$");
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
    /** A figure glued to "m" is read as millions; in a depth or length it is metres ("650m deep", "a depth of 650m"). */
    private static final Pattern GLUED_M = Pattern.compile("\\d\\s?m(?:\\s+\\p{L}+)?$");
    private static final Pattern DIMENSION_AFTER = Pattern.compile(
            "^\\s*(?:deep|below|beneath|underground|long|high|tall|wide)\\b");
    private static final Pattern DIMENSION_BEFORE = Pattern.compile(
            "(?i)\\b(?:depth|height|length|altitude|elevation|width)\\s+of\\s*$");
    /** A length below ground or water: "400 metres underground" and "a depth of 650m" measure one thing. */
    private static final Pattern DEPTH = Pattern.compile("(?i)\\b(?:deep|depth|below|beneath|underground)\\b");
    /** People, passengers and "passengers and crew" aboard a vessel are one count: those on board. */
    private static final Set<String> ABOARD_NOUNS = Set.of("people", "persons", "passengers");
    private static final Pattern ABOARD_AFTER = Pattern.compile(
            // "186 passengers and eleven crew on board": the passengers counted aboard, the crew told beside them
            "^\\s*,?\\s*(?:on board|aboard|onboard|and (?:[\\p{L}\\d]+\\s+)?crew)\\b");
    private static final Pattern ABOARD_BEFORE = Pattern.compile("(?i)\\b(?:carrying|carried)\\s+$");
    /** Counts that grow as news comes in: a later, larger report of them is news, not a disagreement. */
    private static final Pattern TALLY = Pattern.compile("(?i)\\b(?:kill\\w*|dead|deaths?|died|toll|displaced|evacuat\\w*"
            + "|missing|injur\\w*|wounded|cases|infect\\w*|rescued|arrested|detained)\\b");
    /** A dateline ("SCARVAIG, Oct 7 (Agency) -"): the day the story was filed, not a fact in it. */
    private static final Pattern DATELINE_BEFORE = Pattern.compile("^\\p{Lu}[\\p{Lu} .'’-]*,\\s*$");
    private static final Pattern DATELINE_AFTER = Pattern.compile("^\\s*[(\\-–—]");
    /** Who said it: "…, Jane Doe said", "said Jane Doe, …", "according to Westisle Ferries". */
    private static final Pattern ATTRIBUTION = Pattern.compile(
            "[,;][^,;.]*\\b(?:said|says|told)\\b|\\b(?:said|says|told|according to)\\b[^,;.]*");
    /** A name in the figure's own noun phrase: "the 14km Carrow tunnel" (after), "Carrow's 14km" (before). */
    private static final Pattern SUBJECT_AFTER = Pattern.compile("^\\p{Ll}{0,3}\\s+((?:\\p{Lu}[\\p{L}'’-]*\\s+)+)\\p{Ll}");
    private static final Pattern SUBJECT_BEFORE = Pattern.compile("(\\p{Lu}[\\p{L}-]+)['’]s\\s+(?:\\p{Ll}+\\s+)?$");
    /** A length's unit and any conversion in brackets after its number: "km", " kilometres", " miles (1.9km)". */
    private static final Pattern LENGTH_TAIL = Pattern.compile(
            "^(?:\\s?(?:kms?|mi|m|kilomet(?:re|er)s?|met(?:re|er)s?|miles?)\\b)?(?:\\s*\\([^)]{0,30}\\))?");
    /** The noun phrase a length modifies: "a 2.4km link road", "the 2.4km bridge" (lower-case words, at most three). */
    private static final Pattern THING_AFTER = Pattern.compile("^\\s+((?:\\p{Ll}[\\p{Ll}-]*)(?:\\s\\p{Ll}[\\p{Ll}-]*){0,2})");
    /** Where a length is measured from: "from Inishvane pier", "along the coast from the town" (the place, two words at most). */
    private static final Pattern ORIGIN = Pattern.compile("^(?:\\s+\\p{Ll}+){0,3}?\\s+from\\s+(?:the\\s+)?"
            + "([\\p{L}'’-]+(?:\\s+(?!(?:and|to|in|on|at|with|after|before|when|where|which|while|was|is)\\b)[\\p{L}'’-]+)?)");
    /** A dimension after a length ("2.4 kilometres long"): the thing measured is named before it. */
    private static final Pattern DIMENSION_WORD = Pattern.compile("^\\s*(?:long|wide|high|tall|deep)\\b");
    /** The thing a dimension is given of: "the bridge, 2.4 kilometres long", "the crossing is 1.2 miles long". */
    private static final Pattern THING_BEFORE = Pattern.compile("(\\p{Ll}[\\p{Ll}-]*)(?:,|\\s+(?:is|was|are|were|will be"
            + "|would be|measures|measured|stretches|stretched|runs|ran))\\s+$");

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
        Set<String> story = story(body);
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
                f = withUnit(f, unit); // "38 of the 60 seats", "five of the nine seats": 38, five; the whole is context
                skip.add(i + 1);
            }
            if (!KINDS.contains(f.kind())) {
                continue;
            }
            int sentenceStart = sentenceStart(body, f.start());
            int sentenceEnd = sentenceEnd(body, f.end());
            String sentence = body.substring(sentenceStart, sentenceEnd);
            if (FURNITURE.matcher(sentence).find() || CAPTION.matcher(body.substring(lineStart(body, f.start()))).find()) {
                continue;
            }
            if (f.kind() == Kind.DATE && SAID_ON.matcher(body.substring(sentenceStart, f.start())).find()) {
                continue; // the day a statement was made, not a fact
            }
            if (f.kind() == Kind.DATE && AS_OF.matcher(body.substring(sentenceStart, f.start())).find()) {
                continue; // the day a running count was given: each report has its own, none is a fact to compare
            }
            if (Periods.relative(f)) {
                continue; // "this year", "last month": the period around publication, which every report has its own
            }
            if (f.kind() == Kind.DATE && DATELINE_BEFORE.matcher(body.substring(sentenceStart, f.start())).find()
                    && DATELINE_AFTER.matcher(body.substring(f.end(), Math.min(body.length(), f.end() + 3))).find()) {
                continue; // "SCARVAIG, Oct 7 (Agency) -": the day the story was filed
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
            if (f.kind() == Kind.PERCENT && MULTIPLE.matcher(f.text()).find()) {
                measure += " change"; // "the number more than doubled" and "burned a third of the forest" are two quantities
            }
            Set<String> words = new java.util.LinkedHashSet<>(Words.of(sentence, f.start() - sentenceStart, f.end() - sentenceStart));
            if (PRONOUN.matcher(sentence).find() && article.title() != null) {
                words.addAll(Words.of(article.title(), -1, -1)); // "Its price tag is …": the headline names what "it" is
            }
            if ("metre".equals(f.unit()) && DEPTH.matcher(sentence).find()) {
                words.add("depth"); // "400 metres underground" and "a depth of 650m" share what they measure
            }
            // A date's event is named in words, not by another figure's noun beside it ("in 2009 with 186 people on board").
            String bare = withoutOthers(sentence, sentenceStart, figures, i, f);
            Set<String> near = Words.of(around(bare, f.start() - sentenceStart, f.end() - sentenceStart), -1, -1);
            boolean tally = f.kind() == Kind.COUNT && TALLY.matcher(sentence).find();
            Mention.Aspect aspect = f.kind() == Kind.DATE ? Events.aspect(before(bare, f.start() - sentenceStart),
                    after(bare, f.end() - sentenceStart)) : Mention.Aspect.NONE;
            out.add(new Mention(article, f, unit, measure,
                    sentence(capture, text.start(), text.end(), start, text.start() + f.end()),
                    start, text.start() + f.end(), line, col, words, near, names(sentence), MOVING.matcher(sentence).find(),
                    ELSEWHERE.matcher(sentence).find(), f.kind() == Kind.DATE ? Set.of() : subject(body, f, sentenceStart), tally,
                    aspect, f.kind() == Kind.DATE && Events.weekday(f),
                    "metre".equals(f.unit()) ? thing(body, f, sentenceStart, sentenceEnd) : Set.of(),
                    "metre".equals(f.unit()) ? origin(body, f, sentenceEnd) : Set.of(),
                    Periods.past(sentence, sentenceStart, figures, i, article.published()), story));
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
        // The reader takes the word after "650m" for its noun ("650m deep" counts "deep"s): that word is the dimension.
        boolean dimensionNoun = unit != null && DIMENSION_AFTER.matcher(" " + unit).find();
        if ((unit == null || dimensionNoun) && GLUED_M.matcher(f.text()).find() && f.value() >= 1e6
                && (dimensionNoun || inDimension(f, body))) {
            f = scaled(f, null, 1e-6); // "650m deep": metres, not 650 million
            unit = "m";
        }
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
        if (ABOARD_NOUNS.contains(unit) && aboard(f, body)) {
            // "212 people on board", "carrying 186 passengers and crew": one count, whatever the noun
            return new Settled(withUnit(f, "occupants"), "occupants");
        }
        if (PEOPLE.contains(unit) && DEATH_WORDS.matcher(sentence).find()) {
            return new Settled(withUnit(f, "deaths"), "deaths"); // "42 people were killed" and "42 deaths" are one quantity
        }
        return new Settled(f, settledUnit);
    }

    /** The sentence with every other figure of it blanked out (same length, so offsets hold). */
    private static String withoutOthers(String sentence, int sentenceStart, List<Figure> figures, int i, Figure f) {
        char[] out = sentence.toCharArray();
        for (int j = i - 1; j >= 0 && figures.get(j).end() > sentenceStart; j--) {
            blank(out, figures.get(j), sentenceStart, f);
        }
        for (int j = i + 1; j < figures.size() && figures.get(j).start() < sentenceStart + out.length; j++) {
            blank(out, figures.get(j), sentenceStart, f);
        }
        return new String(out);
    }

    private static void blank(char[] out, Figure other, int sentenceStart, Figure f) {
        if (other.end() > f.start() && other.start() < f.end()) {
            return; // the figure itself, as read
        }
        for (int k = Math.max(0, other.start() - sentenceStart); k < Math.min(out.length, other.end() - sentenceStart); k++) {
            out[k] = ' ';
        }
    }

    /** Whether the words around a figure say it counts those aboard a vessel or vehicle. */
    private static boolean aboard(Figure f, String body) {
        String after = body.substring(f.end(), Math.min(body.length(), f.end() + 20));
        String before = body.substring(Math.max(0, f.start() - 20), f.start());
        return ABOARD_AFTER.matcher(after).find() || ABOARD_BEFORE.matcher(before).find();
    }

    /** Whether a figure stands where a depth, height or length is given ("650m deep", "a depth of 650m"). */
    private static boolean inDimension(Figure f, String body) {
        String after = body.substring(f.end(), Math.min(body.length(), f.end() + 20));
        String before = body.substring(Math.max(0, f.start() - 30), f.start());
        return DIMENSION_AFTER.matcher(after).find() || DIMENSION_BEFORE.matcher(before).find();
    }

    /** The stems of a name in the figure's own noun phrase: "the 14km Carrow tunnel", "Carrow's 14km". */
    static Set<String> subject(String body, Figure f, int sentenceStart) {
        Matcher after = SUBJECT_AFTER.matcher(body.substring(f.end(), Math.min(body.length(), f.end() + 60)));
        if (after.find()) {
            return Words.of(after.group(1), -1, -1);
        }
        Matcher before = SUBJECT_BEFORE.matcher(body.substring(Math.max(sentenceStart, f.start() - 40), f.start()));
        if (before.find()) {
            return Words.of(before.group(1), -1, -1);
        }
        return Set.of();
    }

    /**
     * The stems of the thing a length measures, as its own phrase says: the words it modifies ("a 2.4km link
     * road", up to a word that is no noun: "the 9km tunnel would"), else, when a dimension follows it, the noun
     * it is given of ("the bridge, 2.4 kilometres long", "the crossing is 1.2 miles long"). Empty when the phrase
     * names none, or only part of something ("a 12km stretch of the road"), or a name ("the 14km Carrow tunnel",
     * left to {@link #subject}).
     */
    static Set<String> thing(String body, Figure f, int sentenceStart, int sentenceEnd) {
        String rest = body.substring(f.end(), sentenceEnd);
        Matcher tail = LENGTH_TAIL.matcher(rest);
        rest = tail.find() ? rest.substring(tail.end()) : rest;
        Matcher after = THING_AFTER.matcher(rest);
        if (after.find() && !DIMENSION_WORD.matcher(rest).find()) {
            List<String> phrase = new ArrayList<>();
            for (String w : after.group(1).split(" ")) {
                if (Words.of(w, -1, -1).isEmpty()) {
                    break; // "the 9km tunnel would": a word that is no part of the noun
                }
                phrase.add(w);
            }
            int used = String.join(" ", phrase).length();
            boolean partitive = rest.substring(after.start(1) + used).matches("(?s)\\s+of\\b.*");
            return phrase.isEmpty() || partitive ? Set.of() : Words.of(String.join(" ", phrase), -1, -1);
        }
        if (DIMENSION_WORD.matcher(rest).find()) {
            Matcher before = THING_BEFORE.matcher(body.substring(sentenceStart, f.start()));
            if (before.find()) {
                return Words.of(before.group(1), -1, -1);
            }
        }
        return Set.of();
    }

    /**
     * The stems of the place a length is measured from, as its phrase says: "about two miles from Inishvane pier",
     * "two miles along the coast from the town" (at most three words between the length and "from", at most two
     * words of the place). Empty when it names none.
     */
    static Set<String> origin(String body, Figure f, int sentenceEnd) {
        String rest = body.substring(f.end(), sentenceEnd);
        Matcher tail = LENGTH_TAIL.matcher(rest);
        rest = tail.find() ? rest.substring(tail.end()) : rest;
        Matcher from = ORIGIN.matcher(rest);
        return from.find() ? Words.of(from.group(1), -1, -1) : Set.of();
    }

    /**
     * The names of what a sentence is about: its names without those of its attribution ("…, minister Jane
     * Doe said", "according to Westisle Ferries"), since who said a figure is not what it measures.
     */
    static Set<String> topics(String sentence) {
        return names(ATTRIBUTION.matcher(sentence).replaceAll(" "));
    }

    /** The stems of the names a text gives: capitalised words that open no sentence or line. */
    static Set<String> story(String body) {
        Set<String> out = new java.util.LinkedHashSet<>();
        Matcher m = NAME.matcher(body);
        while (m.find()) {
            int p = m.start() - 1;
            while (p >= 0 && " \"'“‘(".indexOf(body.charAt(p)) >= 0) {
                p--;
            }
            if (p >= 0 && ".!?:\n".indexOf(body.charAt(p)) < 0) {
                out.addAll(Words.of(m.group(), -1, -1));
            }
        }
        return out;
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
        return before(sentence, start) + " " + after(sentence, end);
    }

    /** The text of up to six words before {@code start}. */
    private static String before(String sentence, int start) {
        int from = start;
        for (int words = 0; from > 0 && words < 7; from--) {
            if (Character.isWhitespace(sentence.charAt(from - 1)) && from - 1 > 0 && !Character.isWhitespace(sentence.charAt(from - 2))) {
                words++;
            }
        }
        return sentence.substring(from, start);
    }

    /** The text of up to three words after {@code end}. */
    private static String after(String sentence, int end) {
        int to = end;
        for (int words = 0; to < sentence.length() && words < 4; to++) {
            if (Character.isWhitespace(sentence.charAt(to)) && to + 1 < sentence.length()
                    && !Character.isWhitespace(sentence.charAt(to + 1))) {
                words++;
            }
        }
        return sentence.substring(end, to);
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

    private static int lineStart(String body, int at) {
        int s = at;
        while (s > 0 && body.charAt(s - 1) != '\n') {
            s--;
        }
        return s;
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
