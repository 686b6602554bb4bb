/**
 * The figures engine: reads figures (money, percentages, durations, counts, areas, dates,
 * ordinals, ratios, ages, temperatures) out of quoted text and compares two figures with a reason.
 *
 * <p>Entry points: {@link org.factcheck.figures.FigureExtractor#extract(CharSequence, java.time.LocalDate)},
 * {@link org.factcheck.figures.Figures#compare(Figure, String, Figure, String, Double)} and
 * {@link org.factcheck.figures.Quantity}, the one model of comparability.
 *
 * <h2>How figures are compared</h2>
 * <ul>
 *   <li><b>One key</b>: {@link org.factcheck.figures.Quantity} is what a figure measures, its kind and
 *       canonical unit (an ISO currency with its aliases folded in, "%" apart from percentage points,
 *       days for every duration, km², or the counted noun after one singular rule and a short synonym
 *       table). Two figures are compared only when their keys are equal; the checker, {@code suggest}
 *       and the claim page's chart all use this key. An editor's per-source {@code unit:} overrides what
 *       the printed text says.</li>
 *   <li><b>Calendar units are intervals</b>: n months is the shortest to the longest run of n
 *       consecutive calendar months (1 → 28–31 days, 3 → 89–92), a year 12 months, a week 7 days.</li>
 *   <li><b>Agreement</b> is overlap of the figures' reading intervals ({@code readLow}–{@code readHigh}:
 *       the hedge and the precision of the written number) in the canonical unit. There is no default
 *       tolerance; a claim's {@code tolerance:} widens each reading by that fraction of its value.
 *       Percentages compare in points. Different keys are INCOMPARABLE, with a reason saying why and
 *       what the editor can do.</li>
 *   <li><b>Properties</b> (jqwik, {@code ComparisonPropertiesTest}): symmetric; widening a reading,
 *       a hedge, a range or the tolerance never turns agreement into conflict; one figure in two
 *       spellings always agrees.</li>
 * </ul>
 *
 * <p>Everything else is
 * package-private: {@code Tokens} (single-pass tokeniser), {@code NumberParser} (digits, scales,
 * number words), {@code Reader} (the dispatcher over the matchers, which share one {@code Scan}: the tokens,
 * the published date and the figure being built), the matchers {@code Quantities} (a number and what follows
 * it, with the {@code Suffixes} table: one rule per form after a number), {@code Money}, {@code Dates},
 * {@code WordFigures}, {@code Temperatures}, {@code Ages}, {@code Ratios} and {@code Labels} (counted nouns,
 * names), {@code Furniture} (promo lines), {@code Lexicon} (every
 * word the reader knows), {@code Hedge} (the hedge table) and {@code Intervals} (how wide a reader
 * takes a written figure: the one table, generated into the README and the methodology page).
 *
 * <h2>How figures are read</h2>
 * <ul>
 *   <li><b>Money</b>: $, US$, A$, C$, HK$ (also spaced, "c $ 16.4 million", never the article "a $5"), €,
 *       £, ₴, ₽, ¥, ₹, ₡, ₾, ₭, 元, ₦, ₩, ₺, ₪, ₱, ₫, ฿, ₸, ₼, ₵, ₮, ₲ before the sum or after it ("100 ₡",
 *       "100元"), an ISO code before ("UAH 120 billion") or a
 *       currency word after ("500 million euros", "200 pounds"); a known upper-case code glued to the sum
 *       ("CHF2.4bn", "USD5m", "GBP1.2bn"; "USD2A" stays a code); scales thousand/million/billion/
 *       trillion and k, m, mn, bn, tn (the one-letter ones only glued: "$5m"). Sums in two
 *       currencies are compared only at a rate the claim states ({@code rates:},
 *       {@link org.factcheck.figures.Rate}). "$5-10 billion" is a range. No number, no figure: "the billions in
 *       aid". Cents and
 *       pence ("50 cents", "20 pence", "85p"; "50 euro cents" is EUR), "one penny", "a 12-cent dividend" (in the
 *       main unit: 0.12 USD), sums in two units ("3 dollars 50 cents", "thirteen dollars and forty-five
 *       cents"; a number after a sum with no "cents" or "pence" is not its cents), named
 *       currencies after the number ("100 million Australian dollars", "2 billion Swiss francs", "500
 *       billion yen", "10 billion yuan", "rupees"; in lower case too: "10,000 swiss francs"), "Rs 250 crore", the Indian scales lakh (1e5) and
 *       crore (1e7, "lakh crore" 1e12). Negatives: "-3.2%", "−5 per cent", "minus 5 per cent", "-$5bn"
 *       (percentages, money and temperatures).</li>
 *   <li><b>Percent</b>: %, percent, per cent, pc; "percentage points" and "basis points" have unit
 *       "pp" (basis points / 100). Shares in words are percentages: "half of"/"half the" (not after
 *       first/second/last: "the first half of the year" is a period), "a third of", "a fifth of",
 *       "by a fifth", "two-thirds", "three-quarters of", "one in five".</li>
 *   <li><b>Duration</b>: a number with year, month, week, day, hour, minute ("24 hours", "twelve
 *       months"), hyphenated adjectives ("15-year", "two-hour"), "a decade" (10 year), "a fortnight" and "two fortnights" (14 days each; "once a fortnight"
 *       is a rate and "fortnightly" is not read), halves ("a year
 *       and a half", "an hour and a half", "two and a half years", "half a year", "a decade and a half").
 *       "over" before a duration is not a hedge ("$800bn over ten years").</li>
 *   <li><b>Count</b>: digits (separators: commas, plain, no-break or thin spaces) or number words
 *       with the counted noun as unit: the first lower-case content word after the number, skipping
 *       up to three modifiers ("35 European countries", "1,500 US troops"); a singular word before a
 *       plural one modifies it ("27 member states" → states); a capitalised plural counts
 *       ("150,000 Ukrainians"). "N-noun" compounds count ("20-point" → point, "32-member" → member;
 *       whole numbers only), as does "N times". A year-like number before an irregular plural is a count
 *       ("2000 servicemen", "1950 women"), except after a preposition ("in 2000 people…" is a year). Digits with no noun are a count with unit null;
 *       number words with no noun are not read ("these two stand"), nor is a bare "one" or "a"
 *       ("one of the", "one day", "no one"): they are idiom far more often than figures.
 *       Partitives are not counts of their own ("two of his aides"), except of a whole that is itself a number:
 *       "five of the nine seats" reads "five" as a count with unit null, as digits are ("33 of 48 drones"),
 *       since the part is the figure a story reports. Number words take halves and
 *       fractions of scales: "three and a half million", "a million and a half", "half a million", "a
 *       quarter of a million", "three-quarters of a billion", "half a dozen".</li>
 *   <li><b>Age</b>: "the 73-year-old actor", "50 years old", "aged 34", and a number set off by commas
 *       after a name ("Angelina Jolie, 50, is…") or after a noun for a person ("the president, 79,", "her
 *       husband, 81,"; the list is {@code Lexicon.ROLE_NOUNS}): an age in years, never a count or a
 *       duration. After any other noun it stays a count ("of the hostages, 12, were freed").</li>
 *   <li><b>Temperature</b>: "-12C", "−12°C", "12 degrees Celsius", "minus 12 degrees Celsius", "54F",
 *       "54 degrees Fahrenheit", "20-25C": value in °C, unit "°C"; Fahrenheit is converted when read,
 *       after the sign ("-4F" is −20 °C, its precision scaled by 5/9), the printed text kept. Kept
 *       conservative: a glued "C"/"F" with no sign before it, a bare "degrees" or a bare "°" is read
 *       only when the sentence holds a temperature word ("temperature", "lows", "heatwave", "freezing",
 *       "thermometer"…), so "Flat 4C" is not read and "turned 20 degrees" stays a count of degrees; a
 *       bare "degrees" ("minus 12 degrees") names no scale (unit null) and is compared only after the
 *       editor sets {@code unit: C} or {@code unit: F}. A change is not a temperature and is not read
 *       ("a 1.5C rise", "rose by 2C", "2C above pre-industrial levels"); "a 12-degree angle" stays a count.</li>
 *   <li><b>Area</b>: square miles/sq mi, square kilometres/km²/km2, acres, hectares, all in km2
 *       (1 sq mi = 2.589988110336 km2).</li>
 *   <li><b>Date</b>: "August 15, 2025", "15 August 2025", "Aug. 15, 2025", "2025-08-15", "February
 *       2025", a year 1900–2100 (unless a lower-case plural noun follows: "2000 troops"), decades
 *       ("1990s" → iso "1990/1999"). Month names without a year ("in February", "January 17") take
 *       their year from a year printed earlier in the same sentence ("returns in 2026, … in early
 *       January" → 2026-01); failing that, from the published date: the most recent such month up
 *       to the published month, or, after a future cue in the sentence (will, could, would, next,
 *       expected…; a capitalised cue mid-sentence is a name: "the Coalition of the Will"), the
 *       next one.
 *       A bare month needs a lead word ("in", "since", "last"…; "May" stricter) so "May" the verb
 *       is not read. Relative dates are resolved against the published date and marked
 *       {@code resolved}: "six months ago", "seven years ago", "a decade ago", "last July", "last
 *       year", "this month", "earlier this month", "next month" ("over the last year" is the past
 *       twelve months and is not read). Without a published date, "six months ago" is the duration
 *       "six months" and the others are not read. Parts of periods: "early/mid/late March" (days 1–10,
 *       11–20, 21–end), "early/mid/late 2025" (January–April, May–August, September–December),
 *       "the second half of 2024", "the first quarter of 2025", "Q3 2025", "H1 2026". With a published
 *       date: weekdays after a lead word ("on Friday": the last one on or before the published date, the
 *       next one after a future cue; "last Friday", "next Friday"), "last/this/next week" (Monday to
 *       Sunday). "the latter half of the year" is neither a share nor a date.</li>
 *   <li><b>Ordinal</b>: third…twentieth, the tens, "47th", "51st". "first" and "second" are not read
 *       (first time, a second).</li>
 *   <li><b>Ratio words</b> are the percentage change they state, so they compare with "rose by 100 per
 *       cent": doubled +100 %, tripled/trebled +200 %, quadrupled +300 %, halved -50 %, "five-fold" and
 *       "fivefold" +400 %, "a third more" +33 %, "a quarter fewer" -25 %. A percentage after "fell" is not
 *       signed by the verb, so "halved" meets "-50%" or "down by -50 %", not "fell 50%".</li>
 *   <li><b>Not figures</b>: digits inside names and labels ("Article 5", "Section 230", "Boeing 737",
 *       "Russia 24" — a capitalised word before a number, unless a unit follows), glued codes
 *       ("B-2", "F-16", "Covid-19", "ABC-12345", "G20", "COP29", "5G", "3f9a2c", "MH17", "24/7",
 *       "No. 10"), numbers after reference words ("page 3", "magnitude 6.2", "day 3"), number words
 *       and ordinals capitalised mid-sentence ("the Three Gorges Dam", "the Big Four", "the Fourth of
 *       July"), phone numbers ("020 7946 0958", "+1 555 123 4567", "555-123-4567"), times of
 *       day ("3pm", "10:30"), list markers ("1." at a line start). Page furniture: a line opened by a
 *       promo label ("👉 See also:", "✨ Don't miss:", "Read more:", "📖 Related:"), or by an emoji
 *       before a title-case headline ("👉 Effingham County Jail Bookings 72 Hours"), is another story's
 *       headline, and a listing's "2 minutes ago" alone on its line is a timestamp; neither is read.</li>
 *   <li><b>Intervals</b>: hedges give the shape ({@code Hedge}), the precision of the written number
 *       the width ({@code Intervals}); ranges ("18–22%", "between 1,000 and 1,500 troops", "from 40
 *       to 45 days") are intervals with the midpoint as value. {@code low}/{@code high} is what the text
 *       states, {@code readLow}/{@code readHigh} what a reader accepts. Values and bounds carry no
 *       floating-point noise ("about $14 million" is 13,000,000–15,000,000).</li>
 * </ul>
 * Overlapping readings resolve to the longest one starting first: "$800 billion" is one money
 * figure, never also a count of 800.
 */
package org.factcheck.figures;
