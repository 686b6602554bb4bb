package org.factcheck.figures;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Every word the reader looks at, in one place: number words, scales, units, currencies, months,
 * and the small closed sets used to tell a counted noun or a label from prose.
 *
 * <p>The scanner interns each word token against this vocabulary, so the reader compares
 * canonical strings and an unknown word costs no allocation.
 */
final class Lexicon {
    private Lexicon() {
    }

    static final Map<String, Integer> UNITS = new HashMap<>();
    static final Map<String, Integer> TENS = new HashMap<>();
    /** Scale words and abbreviations; "m", "k", "b" only count when glued to digits ("5m"). */
    static final Map<String, Double> SCALES = new HashMap<>();
    static final Set<String> GLUED_ONLY_SCALES = set("m", "k", "b");
    static final Map<String, Integer> ORDINALS = new HashMap<>();
    static final Map<String, Double> FRACTIONS = new HashMap<>();
    static final Map<String, Double> RATIO_WORDS = new HashMap<>();
    /** Duration unit words (singular and plural) to the unit name used in {@link Figure#unit()}. */
    static final Map<String, String> DURATIONS = new HashMap<>();
    /** Currency words after a number ("800 dollars") and ISO codes, to ISO 4217 codes. */
    static final Map<String, String> CURRENCY_WORDS = new HashMap<>();
    /** Temperature scales after a number or "degrees": "12C", "12°C", "12 degrees Celsius", "54F", "54 degrees Fahrenheit". */
    static final Map<String, String> TEMPERATURE_SCALES = map("c", "C", "celsius", "C", "centigrade", "C", "f", "F",
            "fahrenheit", "F");
    /**
     * Words that make a sentence about temperature, so that a bare "12C" or "minus 12 degrees" is
     * read as one (without them "Flat 4C" is an address and "20 degrees" an angle).
     */
    static final Set<String> TEMPERATURE_CUES = set("temperature", "temperatures", "heat", "heatwave", "cold", "colder",
            "coldest", "freezing", "frost", "warm", "warmer", "warmest", "hot", "hotter", "hottest", "chill", "weather",
            "thermometer", "thermometers", "forecast", "forecasters", "high", "highs", "low", "lows", "mercury", "celsius",
            "fahrenheit");
    /** Words after a temperature that make it a change ("a 1.5C rise"), which is not read as a temperature. */
    static final Set<String> TEMPERATURE_CHANGES = set("rise", "rises", "increase", "increases", "drop", "drops", "fall",
            "falls", "warming", "cooling", "change", "above", "higher", "lower", "warmer", "colder", "cooler", "hotter");
    static final Set<String> ISO_CODES = set("usd", "eur", "gbp", "uah", "rub", "jpy", "cny", "chf",
            "cad", "aud", "inr", "pln", "sek", "nok", "dkk", "try", "brl", "zar", "nzd", "hkd", "sgd");
    static final Map<String, String> DOLLAR_PREFIXES = map("us", "USD", "a", "AUD", "au", "AUD", "c", "CAD",
            "ca", "CAD", "nz", "NZD", "hk", "HKD", "s", "SGD");
    /** Area units to square kilometres. */
    static final Map<String, Double> AREA_WORDS = new HashMap<>();
    static final double SQ_MILE_KM2 = 2.589988110336;
    static final Map<String, Integer> MONTHS = new HashMap<>();
    static final Set<String> MONTH_ABBREVIATIONS = new HashSet<>();
    /** Words before a bare month name ("in February") that make it a date rather than a name or a verb. */
    static final Set<String> MONTH_LEADS = set("in", "on", "since", "until", "till", "by", "from", "through",
            "between", "and", "or", "to", "last", "next", "this", "early", "late", "mid", "during", "of", "before",
            "after", "throughout", "each", "every", "that");
    /** "May" is a verb far more often than a month: only these leads make it a date. */
    static final Set<String> MAY_LEADS = set("in", "since", "until", "by", "last", "next", "early", "late", "mid",
            "during", "from", "through", "throughout");
    /** Words that, looking back within a sentence, make a bare month refer to the coming one. */
    static final Set<String> FUTURE_CUES = set("will", "would", "could", "shall", "upcoming", "expected",
            "hopes", "hope", "plans", "planned", "scheduled", "due", "next", "coming");
    /** Prefixes glued by a hyphen to a year that keep it a year ("mid-2025"), unlike "F-16" or "Covid-19". */
    static final Set<String> YEAR_PREFIXES = set("mid", "pre", "post", "early", "late", "end", "start");
    /** Hyphenated compounds after a number word that make a count ("three-member"); "three-way" stays prose. */
    static final Set<String> WORD_COMPOUND_NOUNS = set("point", "member", "nation", "country", "state", "seat",
            "party", "storey", "story", "page", "mile", "kilometre", "kilometer", "lane", "person", "man", "woman",
            "game", "match", "step", "part", "stage", "phase", "round", "judge");
    /** Collective nouns whose "of N" counts spectators ("a crowd of 82,000"). */
    static final Set<String> CROWD_WORDS = set("crowd", "attendance", "audience");
    /** Words that are not the counted noun: function words, auxiliaries and similar. */
    static final Set<String> STOP = new HashSet<>();
    /** Modifiers skipped when looking for the counted noun ("35 European countries", "two very different worldviews"). */
    static final Set<String> MODIFIERS = new HashSet<>();
    /** Capitalised words before a number that do not make it a label ("In 2024", "Around 88 per cent"). */
    static final Set<String> NOT_LABEL = new HashSet<>();
    /** Lower-case words that make the number after them a reference, not a figure ("page 3", "magnitude 6.2"). */
    static final Set<String> LABEL_WORDS = set("page", "pages", "p", "pp", "chapter", "room", "line", "item",
            "paragraph", "clause", "grade", "level", "row", "seat", "platform", "gate", "route", "flight", "exit",
            "junction", "number", "no", "magnitude", "category", "version", "model", "size", "code", "channel",
            "stage", "phase", "article", "section", "resolution", "amendment", "rule", "box", "lot", "unit",
            "block", "apartment", "apt", "floor", "bus", "track", "episode", "season", "verse", "figure", "table",
            "day", "week", "game", "round", "class", "division", "district", "ward", "act", "scene", "volume",
            "vol", "issue", "tier", "band", "zone", "sector", "pier", "berth", "runway", "terminal", "studio");
    /** Past participles that are counted in casualty reports ("seven wounded"); other "-ed" words are verbs. */
    static final Set<String> CASUALTIES = set("killed", "wounded", "injured", "detained", "arrested", "displaced",
            "evacuated", "abducted", "deported", "missing", "dead");
    static final Set<String> ORDINAL_SUFFIXES = set("st", "nd", "rd", "th");
    /** Day of the week (ISO: Monday = 1) by name. */
    static final Map<String, Integer> WEEKDAYS = new HashMap<>();
    /** Words before a weekday that make it a date ("on Friday", "since Monday", "earlier Sunday"). */
    static final Set<String> WEEKDAY_LEADS = set("on", "since", "until", "till", "by", "from", "earlier", "later",
            "before", "after");
    /** Labels that open a promo or cross-link line ("See also: …"), compared lower-case with straight apostrophes. */
    static final Set<String> PROMO_LABELS = set("see also", "don't miss", "read more", "related", "also read",
            "read also", "more", "recommended", "watch", "listen", "must read", "most read", "trending", "popular",
            "you may also like", "you might also like", "related articles", "related stories", "sponsored",
            "advertisement", "further reading", "more on this story", "more from", "read next", "up next",
            "don't miss out", "latest", "opinion", "explore");
    /** Currencies named in words after a number, two or three words ("Australian dollars"), to ISO 4217 codes. */
    static final Map<String, String> NAMED_CURRENCIES = new HashMap<>();
    /** First words of {@link #NAMED_CURRENCIES}, so the reader looks further only after one of them. */
    static final Set<String> NAMED_CURRENCY_FIRST = new HashSet<>();

    /**
     * Nouns for a person named by a role, so that "the president, 79," and "her husband, 81," read as ages like
     * "Trump, 79,"; a number set off by commas after any other noun ("of the hostages, 12,") stays a count.
     */
    static final Set<String> ROLE_NOUNS = set("president", "envoy", "actor", "actress", "minister", "premier",
            "chancellor", "senator", "leader", "chief", "king", "queen", "prince", "princess", "pope", "mayor",
            "governor", "general", "commander", "spokesman", "spokeswoman", "ambassador", "diplomat", "official",
            "singer", "star", "player", "coach", "manager", "author", "writer", "director", "founder", "ceo",
            "chairman", "chairwoman", "judge", "lawyer", "suspect", "victim", "driver", "pilot", "soldier",
            "veteran", "man", "woman", "boy", "girl", "mother", "father", "wife", "husband", "son", "daughter",
            "brother", "sister", "grandmother", "grandfather", "widow", "partner", "journalist", "reporter",
            "activist", "businessman", "businesswoman", "billionaire", "tycoon", "candidate", "dissident",
            "opponent", "rival", "predecessor", "successor", "incumbent", "patriarch", "monarch", "prosecutor");
    /** Plurals without an "s": a year-like number before one is a count ("2000 servicemen", "1950 women"). */
    static final Set<String> IRREGULAR_PLURALS = set("men", "women", "children", "people", "personnel", "police",
            "staff", "cattle", "servicemen", "servicewomen", "policemen", "firemen", "gunmen", "fishermen",
            "militiamen", "tribesmen", "congressmen", "countrymen", "craftsmen", "kinsmen");

    /** Null-tolerant sets and maps: the reader asks about words that may not be vocabulary (null). */
    private static Set<String> set(String... words) {
        return new HashSet<>(java.util.Arrays.asList(words));
    }

    private static Map<String, String> map(String... kv) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    private static final Set<String> VOCABULARY = new HashSet<>();
    private static String[] table;
    private static int mask;

    static {
        String[] units = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        for (int i = 1; i < units.length; i++) {
            UNITS.put(units[i], i);
        }
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < tens.length; i++) {
            TENS.put(tens[i], (i + 2) * 10);
        }
        SCALES.put("hundred", 1e2);
        SCALES.put("thousand", 1e3);
        SCALES.put("k", 1e3);
        SCALES.put("million", 1e6);
        SCALES.put("m", 1e6);
        SCALES.put("mn", 1e6);
        SCALES.put("mln", 1e6);
        SCALES.put("billion", 1e9);
        SCALES.put("bn", 1e9);
        SCALES.put("b", 1e9);
        SCALES.put("bln", 1e9);
        SCALES.put("trillion", 1e12);
        SCALES.put("tn", 1e12);
        SCALES.put("trn", 1e12);
        SCALES.put("lakh", 1e5);
        SCALES.put("lakhs", 1e5);
        SCALES.put("crore", 1e7);
        SCALES.put("crores", 1e7);
        String[] ords = {"third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
            "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
            "nineteenth", "twentieth"};
        for (int i = 0; i < ords.length; i++) {
            ORDINALS.put(ords[i], i + 3);
        }
        String[] tenOrds = {"thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"};
        for (int i = 0; i < tenOrds.length; i++) {
            ORDINALS.put(tenOrds[i], (i + 3) * 10);
        }
        ORDINALS.put("hundredth", 100);
        // Fractions as shares (percent): the value is the per-hundred share.
        FRACTIONS.put("half", 50.0);
        FRACTIONS.put("halves", 50.0);
        FRACTIONS.put("third", 100.0 / 3);
        FRACTIONS.put("thirds", 100.0 / 3);
        FRACTIONS.put("quarter", 25.0);
        FRACTIONS.put("quarters", 25.0);
        FRACTIONS.put("fifth", 20.0);
        FRACTIONS.put("fifths", 20.0);
        FRACTIONS.put("tenth", 10.0);
        FRACTIONS.put("tenths", 10.0);
        RATIO_WORDS.put("doubled", 2.0);
        RATIO_WORDS.put("tripled", 3.0);
        RATIO_WORDS.put("trebled", 3.0);
        RATIO_WORDS.put("quadrupled", 4.0);
        RATIO_WORDS.put("halved", 0.5);
        String[] folds = {"twofold", "threefold", "fourfold", "fivefold", "sixfold", "sevenfold", "eightfold",
            "ninefold", "tenfold"};
        for (int i = 0; i < folds.length; i++) {
            RATIO_WORDS.put(folds[i], i + 2.0);
        }
        for (String u : new String[] {"year", "month", "week", "fortnight", "day", "hour", "minute"}) {
            DURATIONS.put(u, u);
            DURATIONS.put(u + "s", u);
        }
        DURATIONS.put("yr", "year");
        DURATIONS.put("yrs", "year");
        DURATIONS.put("hr", "hour");
        DURATIONS.put("hrs", "hour");
        DURATIONS.put("mins", "minute");
        CURRENCY_WORDS.put("dollar", "USD");
        CURRENCY_WORDS.put("dollars", "USD");
        CURRENCY_WORDS.put("euro", "EUR");
        CURRENCY_WORDS.put("euros", "EUR");
        CURRENCY_WORDS.put("pound", "GBP");
        CURRENCY_WORDS.put("pounds", "GBP");
        CURRENCY_WORDS.put("sterling", "GBP");
        CURRENCY_WORDS.put("hryvnia", "UAH");
        CURRENCY_WORDS.put("hryvnias", "UAH");
        CURRENCY_WORDS.put("hryvnas", "UAH");
        CURRENCY_WORDS.put("rouble", "RUB");
        CURRENCY_WORDS.put("roubles", "RUB");
        CURRENCY_WORDS.put("ruble", "RUB");
        CURRENCY_WORDS.put("rubles", "RUB");
        CURRENCY_WORDS.put("yen", "JPY");
        CURRENCY_WORDS.put("yuan", "CNY");
        CURRENCY_WORDS.put("renminbi", "CNY");
        CURRENCY_WORDS.put("rupees", "INR");
        CURRENCY_WORDS.put("francs", "CHF");
        for (String code : ISO_CODES) {
            CURRENCY_WORDS.put(code, code.toUpperCase(java.util.Locale.ROOT));
        }
        String[][] named = {{"australian dollar", "AUD"}, {"canadian dollar", "CAD"}, {"new zealand dollar", "NZD"},
            {"hong kong dollar", "HKD"}, {"singapore dollar", "SGD"}, {"us dollar", "USD"},
            {"american dollar", "USD"}, {"taiwan dollar", "TWD"}, {"swiss franc", "CHF"}, {"japanese yen", "JPY"},
            {"chinese yuan", "CNY"}, {"indian rupee", "INR"}, {"pakistani rupee", "PKR"}, {"sri lankan rupee", "LKR"},
            {"mexican peso", "MXN"}, {"philippine peso", "PHP"}, {"argentine peso", "ARS"},
            {"south african rand", "ZAR"}, {"swedish krona", "SEK"}, {"swedish kronor", "SEK"},
            {"norwegian krone", "NOK"}, {"norwegian kroner", "NOK"}, {"danish krone", "DKK"},
            {"danish kroner", "DKK"}, {"polish zloty", "PLN"}, {"polish zlotys", "PLN"}, {"turkish lira", "TRY"},
            {"brazilian real", "BRL"}, {"brazilian reais", "BRL"}, {"south korean won", "KRW"},
            {"russian rouble", "RUB"}, {"russian ruble", "RUB"}, {"ukrainian hryvnia", "UAH"},
            {"british pound", "GBP"}, {"saudi riyal", "SAR"}, {"emirati dirham", "AED"}, {"israeli shekel", "ILS"},
            {"new israeli shekel", "ILS"}, {"nigerian naira", "NGN"}, {"kenyan shilling", "KES"},
            {"egyptian pound", "EGP"}, {"indonesian rupiah", "IDR"}, {"thai baht", "THB"}, {"finnish markka", "FIM"},
            {"dutch guilder", "NLG"}};
        for (String[] kv : named) {
            NAMED_CURRENCY_FIRST.add(kv[0].substring(0, kv[0].indexOf(' ')));
            NAMED_CURRENCIES.put(kv[0], kv[1]);
            if (!kv[0].endsWith("s") && !kv[0].endsWith("yen") && !kv[0].endsWith("yuan") && !kv[0].endsWith("won")
                    && !kv[0].endsWith("rand") && !kv[0].endsWith("lira") && !kv[0].endsWith("baht")
                    && !kv[0].endsWith("naira") && !kv[0].endsWith("rupiah") && !kv[0].endsWith("kronor")
                    && !kv[0].endsWith("kroner") && !kv[0].endsWith("reais") && !kv[0].endsWith("markka")) {
                NAMED_CURRENCIES.put(kv[0] + "s", kv[1]);
            }
        }
        CURRENCY_WORDS.put("rupee", "INR");
        CURRENCY_WORDS.put("franc", "CHF");
        CURRENCY_WORDS.put("rmb", "CNY");
        CURRENCY_WORDS.put("peseta", "ESP");
        CURRENCY_WORDS.put("pesetas", "ESP");
        CURRENCY_WORDS.put("zloty", "PLN");
        CURRENCY_WORDS.put("zlotys", "PLN");
        CURRENCY_WORDS.put("kronor", "SEK");
        CURRENCY_WORDS.put("reais", "BRL");
        CURRENCY_WORDS.put("lira", "TRY");
        String[] days = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
        for (int i = 0; i < days.length; i++) {
            WEEKDAYS.put(days[i], i + 1);
        }
        AREA_WORDS.put("acre", 0.0040468564224);
        AREA_WORDS.put("acres", 0.0040468564224);
        AREA_WORDS.put("hectare", 0.01);
        AREA_WORDS.put("hectares", 0.01);
        String[] months = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december"};
        for (int i = 0; i < months.length; i++) {
            MONTHS.put(months[i], i + 1);
            String abbr = months[i].substring(0, 3);
            if (!abbr.equals("may")) {
                MONTHS.put(abbr, i + 1);
                MONTH_ABBREVIATIONS.add(abbr);
            }
        }
        MONTHS.put("sept", 9);
        MONTH_ABBREVIATIONS.add("sept");
        java.util.Collections.addAll(STOP, "a", "an", "the", "of", "and", "or", "to", "in", "on", "at", "by", "for",
            "from", "with", "without", "as", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
            "will", "would", "can", "could", "should", "may", "might", "must", "shall", "that", "this", "these",
            "those", "which", "who", "whom", "whose", "it", "its", "their", "his", "her", "our", "my", "your", "he",
            "she", "they", "we", "i", "you", "them", "him", "us", "not", "no", "nor", "so", "but", "if", "then",
            "than", "also", "still", "just", "only", "all", "each", "both", "such", "up", "down", "out", "off",
            "over", "under", "into", "onto", "about", "after", "before", "since", "until", "between", "during",
            "per", "there", "here", "when", "where", "while", "what", "how", "why", "do", "does", "did", "says",
            "said", "say", "ago", "more", "less", "fewer", "most", "least", "percent", "cent", "pc", "or", "across",
            "against", "among", "around", "through", "via", "because", "though", "although", "yet", "too",
            "even", "ever", "again", "later", "earlier", "now", "today", "yesterday", "tomorrow", "whether",
            "amid", "within", "toward", "towards", "upon", "like", "unlike", "plus", "minus", "versus", "vs",
            "other", "another", "some", "any", "many", "much", "few", "several", "own", "same", "year-on-year",
            "st", "nd", "rd", "th", "s", "am", "pm", "bn", "mn", "tn", "k", "m", "b", "million", "billion",
            "trillion", "thousand", "hundred", "times", "apiece", "each", "respectively", "last", "next",
            "first", "second", "third", "got", "get", "gets", "went", "go", "goes", "came", "come", "comes",
            "took", "take", "takes", "made", "make", "makes", "saw", "see", "sees");
        STOP.addAll(UNITS.keySet());
        STOP.addAll(TENS.keySet());
        STOP.addAll(MONTHS.keySet());
        java.util.Collections.addAll(MODIFIERS, "new", "more", "additional", "extra", "key", "major", "big",
            "small", "large", "separate", "different", "main", "former", "young", "old", "senior", "top", "full",
            "further", "armed", "civilian", "foreign", "local", "military", "nuclear", "political", "very",
            "other", "mostly", "largely", "registered", "active", "active-duty", "regular", "reserve", "total",
            "confirmed", "possible", "potential", "american", "european", "russian", "ukrainian", "british",
            "western", "eastern", "northern", "southern", "allied", "enemy", "private", "public", "state",
            "international", "national", "federal", "domestic", "global", "foreign-born", "unmanned", "long-range",
            "high", "low", "rare", "critical", "completely", "entirely", "totally", "widely", "slightly", "relatively", "independent", "daily", "annual", "weekly", "monthly");
        java.util.Collections.addAll(NOT_LABEL, "the", "a", "an", "in", "on", "at", "by", "for", "from", "to",
            "of", "with", "since", "until", "and", "but", "or", "so", "some", "about", "around", "roughly",
            "approximately", "nearly", "almost", "over", "under", "more", "less", "fewer", "up", "at", "just",
            "only", "another", "those", "these", "all", "after", "before", "during", "its", "his", "her", "their",
            "our", "last", "next", "this", "that", "between", "within", "below", "above", "circa", "estimated",
            "as", "upwards", "some", "every", "each", "than", "least", "most", "to", "was", "is", "are", "were",
            "had", "has", "have", "will", "would", "could", "killed", "early", "late", "mid", "top", "just",
            "page", "chapter", "no", "number");
        NOT_LABEL.remove("page");
        NOT_LABEL.remove("chapter");
        NOT_LABEL.remove("no");
        NOT_LABEL.remove("number");
        NOT_LABEL.addAll(STOP);
        NOT_LABEL.addAll(Hedge.words());
        java.util.Collections.addAll(NOT_LABEL, "exactly", "precisely", "barely", "only", "another", "nearly",
            "roughly", "almost", "approximately", "today", "yesterday", "when", "while", "those", "these");
        NOT_LABEL.addAll(MONTHS.keySet());
        NOT_LABEL.addAll(UNITS.keySet());
        NOT_LABEL.addAll(TENS.keySet());

        VOCABULARY.addAll(UNITS.keySet());
        VOCABULARY.addAll(TENS.keySet());
        VOCABULARY.addAll(SCALES.keySet());
        VOCABULARY.addAll(ORDINALS.keySet());
        VOCABULARY.addAll(FRACTIONS.keySet());
        VOCABULARY.addAll(RATIO_WORDS.keySet());
        VOCABULARY.addAll(DURATIONS.keySet());
        VOCABULARY.addAll(CURRENCY_WORDS.keySet());
        VOCABULARY.addAll(DOLLAR_PREFIXES.keySet());
        VOCABULARY.addAll(AREA_WORDS.keySet());
        VOCABULARY.addAll(MONTHS.keySet());
        VOCABULARY.addAll(MONTH_LEADS);
        VOCABULARY.addAll(MAY_LEADS);
        VOCABULARY.addAll(FUTURE_CUES);
        VOCABULARY.addAll(YEAR_PREFIXES);
        VOCABULARY.addAll(WORD_COMPOUND_NOUNS);
        VOCABULARY.addAll(STOP);
        VOCABULARY.addAll(MODIFIERS);
        VOCABULARY.addAll(NOT_LABEL);
        VOCABULARY.addAll(ORDINAL_SUFFIXES);
        VOCABULARY.addAll(LABEL_WORDS);
        VOCABULARY.addAll(CROWD_WORDS);
        VOCABULARY.addAll(Hedge.words());
        VOCABULARY.addAll(WEEKDAYS.keySet());
        VOCABULARY.addAll(NAMED_CURRENCY_FIRST);
        VOCABULARY.addAll(WEEKDAY_LEADS);
        VOCABULARY.addAll(TEMPERATURE_SCALES.keySet());
        VOCABULARY.addAll(TEMPERATURE_CUES);
        VOCABULARY.addAll(TEMPERATURE_CHANGES);
        java.util.Collections.addAll(VOCABULARY, "degree", "degrees", "minus", "fortnight", "once", "twice", "every", "per");
        java.util.Collections.addAll(VOCABULARY, "week", "aged", "age", "cents", "cent", "pence",
            "p", "rs", "euro", "minus", "early", "mid", "late", "quarter", "half", "first", "second", "third",
            "fourth", "per", "cent", "percent", "pc", "percentage", "points", "point",
            "square", "sq", "mi", "mile", "miles", "km", "kilometre", "kilometres", "kilometer", "kilometers",
            "fold", "old", "times", "basis", "strong", "most", "least", "decade", "decades", "ago", "ha", "earlier", "later", "this", "year",
            "month", "like", "on", "off", "way", "to", "a", "an", "s", "dozen", "and", "penny", "pennies", "fewer", "percents");
        VOCABULARY.addAll(ROLE_NOUNS);
        int size = Integer.highestOneBit(VOCABULARY.size() * 4) * 2;
        table = new String[size];
        mask = size - 1;
        for (String w : VOCABULARY) {
            int h = hash(w) & mask;
            while (table[h] != null) {
                h = (h + 1) & mask;
            }
            table[h] = w.intern();
        }
    }

    private static int hash(CharSequence s) {
        int h = 0;
        for (int i = 0; i < s.length(); i++) {
            h = 31 * h + s.charAt(i);
        }
        return h ^ (h >>> 16);
    }

    /** The canonical vocabulary string for these lower-case chars, or null when the word is not vocabulary. */
    static String intern(char[] buf, int len) {
        int h = 0;
        for (int i = 0; i < len; i++) {
            h = 31 * h + buf[i];
        }
        h = (h ^ (h >>> 16)) & mask;
        while (true) {
            String w = table[h];
            if (w == null) {
                return null;
            }
            if (w.length() == len) {
                boolean same = true;
                for (int i = 0; i < len; i++) {
                    if (w.charAt(i) != buf[i]) {
                        same = false;
                        break;
                    }
                }
                if (same) {
                    return w;
                }
            }
            h = (h + 1) & mask;
        }
    }
}
