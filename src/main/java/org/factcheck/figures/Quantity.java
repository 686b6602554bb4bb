package org.factcheck.figures;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a figure measures, as the one key two figures must share to be compared: the kind and a
 * canonical unit. The checker ({@link Figures#compare}), {@code suggest} and the claim page's
 * chart all decide comparability with this key and nothing else.
 *
 * <table>
 *   <caption>Canonical units</caption>
 *   <tr><th>Kind</th><th>Canonical unit</th><th>Aliases folded into it</th></tr>
 *   <tr><td>money</td><td>ISO 4217 code</td><td>"$", "US$", "USD", "dollars", "US dollars" → USD; "€", "euros" → EUR;
 *       "£", "pounds", "sterling" → GBP; A$, C$, NZ$, HK$, S$; yen, yuan, renminbi, rupees, francs, roubles,
 *       hryvnias; any three-letter code. A sum is converted into another currency only at a rate the claim states
 *       ({@code rates:}, see {@link Figures#compare(Figure, String, Figure, String, Double, java.util.List)}), never by
 *       {@code unit:}.</td></tr>
 *   <tr><td>percent</td><td>"%" or "pp"</td><td>"percent", "per cent" → %; "percentage points", "points" → pp.
 *       A share and a change in points are different things.</td></tr>
 *   <tr><td>duration</td><td>"day"</td><td>every unit of the duration table below</td></tr>
 *   <tr><td>area</td><td>"km2"</td><td>the reader already converts square miles, acres and hectares</td></tr>
 *   <tr><td>count</td><td>the counted noun</td><td>one singular rule ({@link #singular}), then the synonym table below;
 *       null when nothing is named</td></tr>
 *   <tr><td>temperature</td><td>"°C", or none when only "degrees" was printed</td><td>the reader converts
 *       Fahrenheit; an editor's {@code unit: C} or {@code unit: F} names the scale of a bare "degrees" (F is converted)</td></tr>
 *   <tr><td>date, ordinal, ratio</td><td>none</td><td>an override is ignored</td></tr>
 * </table>
 *
 * <p><b>Counted nouns</b> are the same thing only when their singular forms are equal or both sit
 * in one row of the synonym table. The table is deliberately short: a false "same thing" makes two
 * different counts agree, the worst error the site can make, while a missed synonym only leaves a
 * pair uncompared with a note telling the editor to set {@code unit:}.
 * <table>
 *   <caption>Synonyms of counted nouns (key first)</caption>
 *   <tr><td>soldiers</td><td>troops, servicemen, servicewomen, service members, servicemembers, military
 *       personnel, army personnel; bare "personnel" (with any other modifier, "medical personnel", it
 *       stays its own noun)</td></tr>
 *   <tr><td>countries</td><td>nations, member states</td></tr>
 *   <tr><td>people</td><td>persons, individuals</td></tr>
 *   <tr><td>children</td><td>kids</td></tr>
 *   <tr><td>deaths</td><td>dead, killed, fatalities</td></tr>
 *   <tr><td>wounded</td><td>injured</td></tr>
 *   <tr><td>drones</td><td>UAVs, unmanned aerial vehicles</td></tr>
 *   <tr><td>spectators</td><td>fans, attendees; also the number after "a crowd of", "an attendance of", "an audience of"</td></tr>
 * </table>
 *
 * <p><b>Durations</b> are compared in days as intervals, because calendar units are not a fixed
 * number of days:
 * <table>
 *   <caption>Days per duration unit</caption>
 *   <tr><th>Unit</th><th>Days</th></tr>
 *   <tr><td>minute, hour</td><td>1/1440, 1/24</td></tr>
 *   <tr><td>day, week, fortnight</td><td>1, 7, 14</td></tr>
 *   <tr><td>n months</td><td>the shortest to the longest run of n consecutive calendar months: 1 → 28–31,
 *       2 → 59–62, 3 → 89–92, 6 → 181–184, 12 → 365–366; a fractional month adds 28–31 days per month</td></tr>
 *   <tr><td>n years, n decades</td><td>as 12 n and 120 n months: 1 year → 365–366, 4 years → 1,460–1,461</td></tr>
 * </table>
 * So "three months" (89–92 days) agrees with "90 days", and "six weeks" (42 days) with "40 to 45 days".
 *
 * @param kind what the figure measures
 * @param unit the canonical unit, or null (dates, ordinals, ratios, counts with no noun)
 */
public record Quantity(Kind kind, String unit) {

    public Quantity {
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * The key of a figure. {@code override} is the editor's per-source {@code unit:} (what the
     * figure counts, its currency or its unit when the printed text is unusual); null or blank to
     * read it from the figure.
     */
    public static Quantity of(Figure f, String override) {
        String given = override != null && !override.isBlank() && unitError(f, override) == null ? override.strip() : null;
        String u = given != null ? given : f.unit();
        return switch (f.kind()) {
            case COUNT -> new Quantity(Kind.COUNT, u == null ? null : given != null ? noun(given) : noun(f.text(), u));
            case MONEY -> new Quantity(Kind.MONEY, u == null ? null : currency(u));
            case PERCENT -> new Quantity(Kind.PERCENT, u == null ? "%" : percentUnit(u));
            case DURATION -> new Quantity(Kind.DURATION, u != null && DURATION_UNITS.containsKey(durationUnit(u)) ? "day"
                    : u == null ? null : u.toLowerCase(Locale.ROOT));
            case AREA -> new Quantity(Kind.AREA, u == null || AREA_NAMES.contains(u.toLowerCase(Locale.ROOT)) ? "km2"
                    : u.toLowerCase(Locale.ROOT));
            case TEMPERATURE -> new Quantity(Kind.TEMPERATURE, given == null ? f.unit() : temperatureScale(given) == null
                    ? given.toLowerCase(Locale.ROOT) : "°C");
            // Dates, ordinals, ratios and any other kind: the kind alone is the key.
            default -> new Quantity(f.kind(), null);
        };
    }

    /**
     * Why an editor's {@code unit:} cannot apply to a figure, or null when it can. {@code unit:} names
     * a counted noun, or a currency, scale or unit the printed text does not name; it never turns one
     * currency into another, one calendar unit into another, or one kind into another (a currency on a
     * count or a percentage). Such a {@code unit:} is ignored by the comparison and is an error.
     */
    public static String unitError(Figure f, String override) {
        if (override == null || override.isBlank()) {
            return null;
        }
        String given = override.strip();
        String asCurrency = CURRENCIES.get(SPACES.matcher(given.toLowerCase(Locale.ROOT)).replaceAll(" "));
        if (f.kind() == Kind.MONEY && f.unit() != null && !currency(given).equals(currency(f.unit()))) {
            return "'unit: " + given + "' cannot make the printed " + currency(f.unit()) + " figure '" + f.text() + "' "
                    + currency(given) + ": currencies are never converted by 'unit:'; to compare sums in two currencies, state the "
                    + "rate and its source in the claim's 'rates:'";
        }
        if (f.kind() == Kind.DURATION && f.unit() != null && DURATION_UNITS.containsKey(durationUnit(f.unit()))
                && !durationUnit(given).equals(durationUnit(f.unit()))) {
            return "'unit: " + given + "' cannot change the printed " + durationUnit(f.unit()) + "s of '" + f.text()
                    + "': calendar units are compared as they are printed, never renamed";
        }
        if (f.kind() != Kind.MONEY && asCurrency != null) {
            return "'unit: " + given + "' names a currency, but '" + f.text() + "' is not a sum of money: 'unit:' never "
                    + "changes what kind of figure a source prints";
        }
        return null;
    }

    /** True when figures of the two keys are compared; the same as {@code equals}, named for readers. */
    public boolean comparableWith(Quantity other) {
        return equals(other);
    }

    /** The key as an editor reads it on the claim page: "count of soldiers", "money in USD". */
    public String label() {
        return switch (kind) {
            case COUNT -> unit == null ? "count (nothing named)" : "count of " + plural(unit);
            case MONEY -> "money in " + unit;
            case DURATION -> "day".equals(unit) ? "duration in days" : "duration in " + unit;
            case PERCENT -> "pp".equals(unit) ? "percentage points" : "%".equals(unit) ? "percentage" : "percentage in " + unit;
            case AREA -> "km2".equals(unit) ? "area in km²" : "area in " + unit;
            case TEMPERATURE -> unit == null ? "temperature (scale not named)" : "temperature in " + unit;
            default -> kind.id();
        };
    }

    /** What two figures of this key share, for a reason: "both count soldiers", "both in USD". */
    String both() {
        return switch (kind) {
            case COUNT -> unit == null ? "both bare numbers (nothing named)" : "both count " + plural(unit);
            case MONEY -> "both in " + unit;
            case DURATION -> "both durations";
            case PERCENT -> "pp".equals(unit) ? "both in percentage points" : "both percentages, compared in points";
            case AREA -> "both areas in km²";
            case DATE -> "both dates";
            case ORDINAL -> "both ordinals";
            case RATIO -> "both ratios";
            case TEMPERATURE -> unit == null ? "both temperatures (scale not named)" : "both temperatures in " + unit;
            default -> "both " + kind.id() + "s";
        };
    }

    /**
     * Why figures of keys {@code a} and {@code b} are not compared, and what the editor can do;
     * null when they are comparable.
     */
    static String whyNot(Quantity a, Quantity b) {
        if (a.equals(b)) {
            return null;
        }
        if (a.kind != b.kind) {
            return "different kinds (" + a.label() + ", " + b.label() + "): figures of different kinds are never compared; "
                    + "name the figure the claim is about with `figure:`, or split the claim";
        }
        return switch (a.kind) {
            case MONEY -> a.unit == null || b.unit == null
                    ? "only one names its currency: set `unit:` (e.g. `unit: USD`) on the other source"
                    : "different currencies (" + a.unit + ", " + b.unit + ") and the claim states no rate between them: "
                    + "to compare them, state the rate and where it comes from in the claim's `rates:` (e.g. `{from: " + a.unit
                    + ", to: " + b.unit + ", rate: …, source: …}`); otherwise cite sources in one currency or split the claim";
            case COUNT -> a.unit == null || b.unit == null
                    ? "only one says what it counts (" + (a.unit == null ? "nothing named, " + plural(b.unit)
                    : plural(a.unit) + ", nothing named") + "): if the bare number counts "
                    + plural(a.unit == null ? b.unit : a.unit) + " too, set `unit: " + plural(a.unit == null ? b.unit : a.unit)
                    + "` on its source"
                    : "different things counted (" + plural(a.unit) + ", " + plural(b.unit) + "): if they are the same thing, "
                    + "set `unit:` on a source";
            case PERCENT -> ("pp".equals(a.unit) || "pp".equals(b.unit)) && ("%".equals(a.unit) || "%".equals(b.unit))
                    ? "a percentage and a change in percentage points are different measures: if both are changes in points, "
                    + "set `unit: pp` on the other source; otherwise split the claim"
                    : "different units (" + a.unit + ", " + b.unit + "): set `unit:` on a source if they measure the same thing";
            case TEMPERATURE -> a.unit == null || b.unit == null
                    ? "only one names its scale: set `unit: C` or `unit: F` on the source that says only \"degrees\""
                    : "different units (" + a.unit + ", " + b.unit + "): set `unit:` on a source if they measure the same thing";
            default -> "different units (" + a.unit + ", " + b.unit + "): set `unit:` on a source if they measure the same thing";
        };
    }

    /** "C", "°C", "Celsius" → "C"; "F", "°F", "Fahrenheit" → "F"; anything else null. */
    static String temperatureScale(String s) {
        String w = s.strip().toLowerCase(Locale.ROOT);
        if (w.startsWith("°")) {
            w = w.substring(1);
        }
        return switch (w) {
            case "c", "celsius", "centigrade" -> "C";
            case "f", "fahrenheit" -> "F";
            default -> null;
        };
    }

    /** Runs of white space, no-break spaces included; compiled once, as keys are made for every figure. */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\\u00a0]+");

    // ---------------------------------------------------------------- currencies

    private static final Map<String, String> CURRENCIES = new HashMap<>();

    static {
        String[][] rows = {
            {"USD", "$", "us$", "usd", "dollar", "dollars", "us dollar", "us dollars", "u.s. dollars"},
            {"EUR", "€", "eur", "euro", "euros"},
            {"GBP", "£", "gbp", "pound", "pounds", "sterling", "pounds sterling", "british pounds"},
            {"AUD", "a$", "au$", "aud", "australian dollar", "australian dollars"},
            {"CAD", "c$", "ca$", "cad", "canadian dollar", "canadian dollars"},
            {"NZD", "nz$", "nzd", "new zealand dollars"},
            {"HKD", "hk$", "hkd", "hong kong dollars"},
            {"SGD", "s$", "sgd", "singapore dollars"},
            {"JPY", "¥", "jpy", "yen"},
            {"CNY", "cny", "rmb", "yuan", "renminbi"},
            {"INR", "₹", "inr", "rupee", "rupees", "indian rupees"},
            {"CHF", "chf", "franc", "francs", "swiss franc", "swiss francs"},
            {"RUB", "₽", "rub", "rouble", "roubles", "ruble", "rubles"},
            {"UAH", "₴", "uah", "hryvnia", "hryvnias", "hryvnas"},
        };
        for (String[] row : rows) {
            for (int i = 1; i < row.length; i++) {
                CURRENCIES.put(row[i], row[0]);
            }
        }
    }

    /** The ISO code of a currency as printed or as an editor writes it: "$", "US$", "dollars" → USD. */
    static String currency(String s) {
        String w = SPACES.matcher(s.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
        String iso = CURRENCIES.get(w);
        if (iso != null) {
            return iso;
        }
        return w.length() == 3 && w.chars().allMatch(Character::isLetter) ? w.toUpperCase(Locale.ROOT) : w;
    }

    private static String percentUnit(String s) {
        String w = s.strip().toLowerCase(Locale.ROOT);
        return switch (w) {
            case "%", "percent", "per cent", "pc", "percentage" -> "%";
            case "pp", "percentage point", "percentage points", "point", "points", "pts" -> "pp";
            default -> w;
        };
    }

    private static final Set<String> AREA_NAMES = Set.of("km2", "km²", "sq km", "square kilometres", "square kilometers");

    // ---------------------------------------------------------------- counted nouns

    private static final Set<String> INVARIANT = Set.of("personnel", "police", "series", "species", "sheep", "fish",
            "news", "aircraft", "deer", "means", "staff", "dead", "wounded", "injured", "killed", "missing", "specimen", "omen",
            "abdomen", "stamen");
    private static final Map<String, String> IRREGULAR = Map.ofEntries(Map.entry("people", "person"),
            Map.entry("children", "child"), Map.entry("men", "man"), Map.entry("women", "woman"), Map.entry("lives", "life"),
            Map.entry("wives", "wife"), Map.entry("feet", "foot"), Map.entry("teeth", "tooth"), Map.entry("mice", "mouse"),
            Map.entry("geese", "goose"), Map.entry("buses", "bus"), Map.entry("crises", "crisis"), Map.entry("analyses", "analysis"));

    /**
     * The one singular rule: "countries" → "country", "drones" → "drone", "servicemen" →
     * "serviceman", "people" → "person", "glasses" → "glass"; invariant words ("personnel",
     * "aircraft", "killed") stay. Lower-cases; applying it twice changes nothing. Known limits, safe
     * because they only miss a match: "-us" and "-is" stay ("menus", "taxis"), "-ies" becomes "-y"
     * ("movies" → "movy": "movies" matches "movies" but not "movie").
     */
    static String singular(String noun) {
        String w = noun.strip().toLowerCase(Locale.ROOT);
        if (INVARIANT.contains(w)) {
            return w;
        }
        String irregular = IRREGULAR.get(w);
        if (irregular != null) {
            return irregular;
        }
        if (w.endsWith("men") && w.length() > 3) {
            return w.substring(0, w.length() - 3) + "man";
        }
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("zzes")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is") && w.length() > 3) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** The display plural of a canonical singular noun: "soldier" → "soldiers", "country" → "countries". */
    public static String plural(String singular) {
        String w = singular;
        String display = PLURALS.get(w);
        if (display != null) {
            return display;
        }
        if (INVARIANT.contains(w) || w.endsWith("ed") || w.contains(" ") && w.endsWith("personnel")) {
            return w;
        }
        for (Map.Entry<String, String> e : IRREGULAR.entrySet()) {
            if (e.getValue().equals(w)) {
                return e.getKey();
            }
        }
        if (MEN.contains(w)) {
            return w.substring(0, w.length() - 3) + "men";
        }
        if (w.endsWith("y") && w.length() > 1 && "aeiou".indexOf(w.charAt(w.length() - 2)) < 0) {
            return w.substring(0, w.length() - 1) + "ies";
        }
        if (w.endsWith("s") || w.endsWith("x") || w.endsWith("ch") || w.endsWith("sh") || w.endsWith("z")) {
            return w + "es";
        }
        return w + "s";
    }

    /** Nouns in "-man" whose plural is "-men" ("Germans" is not "Germen"). */
    private static final Set<String> MEN = Set.of("man", "woman", "serviceman", "servicewoman", "fisherman", "policeman",
            "policewoman", "chairman", "spokesman", "spokeswoman", "countryman", "congressman", "congresswoman", "gunman",
            "fireman", "militiaman", "workman", "craftsman", "businessman", "businesswoman", "sportsman", "statesman");

    /** Singular member (one word, or a two-word phrase) → canonical singular key. */
    private static final Map<String, String> SYNONYMS = new HashMap<>();
    /** Display plurals of keys whose plural the rule would get wrong. */
    private static final Map<String, String> PLURALS = Map.of("person", "people", "wounded", "wounded", "child", "children");
    /** Modifiers of "personnel" that keep it a count of soldiers. */
    private static final Set<String> MILITARY = Set.of("military", "army", "armed", "defence", "defense", "troop",
            "combat", "uniformed", "us", "u.s.", "american", "british", "russian", "ukrainian", "nato", "foreign");

    static {
        synonyms("soldier", "troop", "serviceman", "servicewoman", "service member", "servicemember", "personnel",
                "military personnel", "army personnel");
        synonyms("country", "nation", "member state");
        synonyms("person", "individual");
        synonyms("child", "kid");
        synonyms("death", "dead", "killed", "fatality");
        synonyms("wounded", "injured");
        synonyms("drone", "uav", "unmanned aerial vehicle");
        synonyms("spectator", "fan", "attendee");
    }

    private static void synonyms(String key, String... members) {
        SYNONYMS.put(key, key);
        for (String m : members) {
            SYNONYMS.put(m, key);
        }
    }

    /** The canonical counted noun an editor names in {@code unit:} ("troops" → "soldier", "US troops" → "soldier"). */
    static String noun(String given) {
        String[] words = SPACES.split(given.strip().toLowerCase(Locale.ROOT));
        String head = singular(words[words.length - 1]);
        return canonical(words.length > 1 ? words[words.length - 2] : null, head);
    }

    /**
     * The canonical counted noun of a printed figure: its head noun {@code unit}, joined with the
     * word before it when the two make a known phrase ("service members", "member states").
     */
    static String noun(String text, String unit) {
        String head = singular(unit);
        String[] words = SPACES.split(text.toLowerCase(Locale.ROOT));
        String before = null;
        for (int i = words.length - 1; i > 0; i--) {
            if (singular(words[i]).equals(head)) {
                before = words[i - 1];
                break;
            }
        }
        return canonical(before, head);
    }

    /** The key of a head noun (singular) after the word {@code before} it (null when none). */
    private static String canonical(String before, String head) {
        if (before != null) {
            String key = SYNONYMS.get(before + " " + head);
            if (key != null) {
                return key;
            }
            if (head.equals("personnel") && !before.isEmpty() && !Character.isDigit(before.charAt(0))
                    && !MILITARY.contains(before) && !NUMBER_WORDS.contains(before)) {
                return before + " personnel";   // "medical personnel" are not soldiers
            }
        }
        return SYNONYMS.getOrDefault(head, head);
    }

    /** Words that may stand between a number and "personnel" without making it a civilian role ("twelve personnel"). */
    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
            "hundred", "hundreds", "thousand", "thousands", "million", "millions", "dozen", "dozens", "k", "m");

    // ---------------------------------------------------------------- durations

    /** Duration unit → months it spans (calendar units) or negative days per unit (fixed units). */
    private static final Map<String, Double> DURATION_UNITS = Map.of("minute", -1.0 / 1440, "hour", -1.0 / 24,
            "day", -1.0, "week", -7.0, "fortnight", -14.0, "month", 1.0, "year", 12.0, "decade", 120.0);

    private static String durationUnit(String u) {
        String w = singular(u);
        return switch (w) {
            case "min", "mins" -> "minute";
            case "hr", "hrs", "h" -> "hour";
            case "yr", "yrs" -> "year";
            case "d" -> "day";
            case "wk", "wks" -> "week";
            default -> w;
        };
    }

    /** Days in a 400-year Gregorian cycle, which repeats exactly. */
    private static final int CYCLE_MONTHS = 4800;
    private static final long CYCLE_DAYS = 146_097;
    /** Prefix sums of month lengths over two cycles, so every run of up to one cycle starts inside the first. */
    private static final long[] PREFIX = new long[2 * CYCLE_MONTHS + 1];
    private static final Map<Integer, long[]> RUNS = new java.util.concurrent.ConcurrentHashMap<>();

    static {
        for (int m = 0; m < 2 * CYCLE_MONTHS; m++) {
            int year = 2000 + m / 12;
            PREFIX[m + 1] = PREFIX[m] + java.time.YearMonth.of(year, m % 12 + 1).lengthOfMonth();
        }
    }

    /** The fewest and most days in {@code n} consecutive calendar months. */
    static long[] monthRun(int n) {
        if (n <= 0) {
            return new long[] {0, 0};
        }
        int cycles = n / CYCLE_MONTHS;
        int rest = n % CYCLE_MONTHS;
        long[] r = RUNS.computeIfAbsent(rest, k -> {
            long min = Long.MAX_VALUE;
            long max = 0;
            for (int s = 0; s < CYCLE_MONTHS; s++) {
                long d = PREFIX[s + k] - PREFIX[s];
                min = Math.min(min, d);
                max = Math.max(max, d);
            }
            return new long[] {min, max};
        });
        return new long[] {r[0] + cycles * CYCLE_DAYS, r[1] + cycles * CYCLE_DAYS};
    }

    /** The fewest days {@code x} of a duration unit can be (x ≥ 0); NaN when the unit is not a duration. */
    static double daysLow(double x, String unit) {
        return days(x, unit, false);
    }

    /** The most days {@code x} of a duration unit can be (x ≥ 0); NaN when the unit is not a duration. */
    static double daysHigh(double x, String unit) {
        return days(x, unit, true);
    }

    private static double days(double x, String unit, boolean high) {
        if (Double.isInfinite(x)) {
            return x;
        }
        if (x < 0) {
            return -days(-x, unit, !high);
        }
        Double per = unit == null ? null : DURATION_UNITS.get(durationUnit(unit));
        if (per == null) {
            return Double.NaN;
        }
        if (per < 0) {
            return x * -per;
        }
        double months = x * per;
        // Guard the run table against absurd inputs; beyond a million months the cycle average is exact enough.
        if (months > 1e6) {
            return months * CYCLE_DAYS / CYCLE_MONTHS;
        }
        int whole = (int) Math.floor(months + 1e-9);
        double frac = Math.max(0, months - whole);
        long[] run = monthRun(whole);
        return high ? run[1] + frac * 31 : run[0] + frac * 28;
    }

    /** Mean days per unit, for a single point on an axis ("three months" sits at 91.3 days). */
    static double meanDays(String unit) {
        Double per = unit == null ? null : DURATION_UNITS.get(durationUnit(unit));
        if (per == null) {
            return Double.NaN;
        }
        return per < 0 ? -per : per * CYCLE_DAYS / CYCLE_MONTHS;
    }

    // ---------------------------------------------------------------- readings

    /**
     * A figure as compared: its key, and its value, stated interval and reading interval in the
     * unit it is compared in (open ends are infinite).
     *
     * @param key      what the figure measures
     * @param unit     the unit of the numbers below: the key's canonical unit, or the printed duration unit
     * @param value    the figure's value (a duration's mean length)
     * @param low      the stated interval's low end
     * @param high     the stated interval's high end
     * @param readLow  the low end of what a careful reader accepts as agreeing
     * @param readHigh the high end of what a careful reader accepts as agreeing
     */
    public record Reading(Quantity key, String unit, double value, double low, double high, double readLow,
                          double readHigh) {

        /** True when the reading is a single number. */
        public boolean isPoint() {
            return readLow == readHigh;
        }
    }

    /** The figure's reading in the key's canonical unit (durations in days, as calendar intervals). */
    public static Reading read(Figure f, String override) {
        return read(f, override, false);
    }

    /**
     * The figure's reading, in its printed duration unit when {@code asPrinted} (two figures in
     * the same unit are compared without converting: "3 months" is not "3.1 months"), else in the
     * canonical unit.
     */
    public static Reading read(Figure f, String override, boolean asPrinted) {
        Quantity key = of(f, override);
        String given = override != null && !override.isBlank() ? override.strip() : f.unit();
        double lo = f.low() == null ? Double.NEGATIVE_INFINITY : f.low();
        double hi = f.high() == null ? Double.POSITIVE_INFINITY : f.high();
        double rlo = f.readLow() == null ? Double.NEGATIVE_INFINITY : f.readLow();
        double rhi = f.readHigh() == null ? Double.POSITIVE_INFINITY : f.readHigh();
        if (f.kind() == Kind.DURATION && "day".equals(key.unit())) {
            if (asPrinted) {
                return new Reading(key, durationUnit(given), f.value(), lo, hi, rlo, rhi);
            }
            return new Reading(key, "day", f.value() * meanDays(given), daysLow(lo, given), daysHigh(hi, given),
                    daysLow(rlo, given), daysHigh(rhi, given));
        }
        if (f.kind() == Kind.TEMPERATURE && f.unit() == null && override != null && "F".equals(temperatureScale(override))) {
            // a bare "degrees" the editor says is Fahrenheit: convert as the reader does for a printed F
            return new Reading(key, key.unit(), toCelsius(f.value()), toCelsius(lo), toCelsius(hi), toCelsius(rlo), toCelsius(rhi));
        }
        return new Reading(key, key.unit(), f.value(), lo, hi, rlo, rhi);
    }

    private static double toCelsius(double f) {
        return Double.isInfinite(f) ? f : (f - 32) * 5 / 9;
    }

    /** The printed unit of a figure after an override (durations singular: "month"), for deciding whether to convert. */
    public static String printedUnit(Figure f, String override) {
        String given = override != null && !override.isBlank() ? override.strip() : f.unit();
        return f.kind() == Kind.DURATION && given != null ? durationUnit(given) : given;
    }
}
