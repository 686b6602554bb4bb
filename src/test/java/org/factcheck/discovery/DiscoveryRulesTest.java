package org.factcheck.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.factcheck.Factcheck;
import org.factcheck.anchor.ArticleText;
import org.factcheck.check.ArticleFigures;
import org.factcheck.discovery.Mention.Aspect;
import org.factcheck.figures.Kind;
import org.factcheck.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reading and grouping rules of discovery, each on a sentence or two: what a figure is read as, which
 * mentions are grouped, and when disagreeing values are a moving figure rather than a discrepancy.
 */
class DiscoveryRulesTest {

    private static final LocalDate DAY = LocalDate.of(2025, 10, 5);

    private static int ids;

    @TempDir
    Path tmp;

    /** The mentions of a one-paragraph article published on {@code published}. */
    static List<Mention> read(String outlet, LocalDate published, String text) {
        Article a = new Article("a" + ids++, null, "A story", outlet, published, null, "f.txt", null, null, null, null,
                List.of(), null, null);
        return Mentions.of(ArticleFigures.of(a, new ArticleText(text, 0, text.length())));
    }

    static Mention only(List<Mention> mentions, Kind kind) {
        List<Mention> of = mentions.stream().filter(m -> m.figure().kind() == kind).toList();
        assertEquals(1, of.size(), of.toString());
        return of.get(0);
    }

    @Test
    void aCountOfTheWholeIsTheCountNotTheWhole() {
        Mention m = only(read("Wire", DAY, "Under the deal, Oskary will take five of the nine seats on the Brantwell board."),
                Kind.COUNT);
        assertEquals(5, m.figure().value());
        assertEquals("five", m.printed());
        assertEquals("count of seats", m.measure());
        assertEquals("seats", m.unit());
        Mention digits = only(read("Wire", DAY, "The party won 38 of the 60 seats in the assembly."), Kind.COUNT);
        assertEquals(38, digits.figure().value());
    }

    @Test
    void someOfTheWholeIsNoCountOfItsOwn() {
        Mention m = only(read("Wire", DAY, "Oskary will take most of the nine seats on the Brantwell board."), Kind.COUNT);
        assertEquals(9, m.figure().value());
    }

    @Test
    void peopleAndPassengersOnBoardAreOneQuantity() {
        Mention people = only(read("Gazette", DAY, "The ferry had 212 people on board when it left Scarvaig harbour."), Kind.COUNT);
        Mention passengers = only(read("News", DAY, "The ferry was carrying 186 passengers and crew when it left Scarvaig."),
                Kind.COUNT);
        assertEquals("count of occupants", people.measure());
        assertEquals(people.measure(), passengers.measure());
        assertEquals(1, Discovery.clusters(List.of(people, passengers)).size());
        Mention ashore = only(read("News", DAY, "Some 186 passengers waited at Scarvaig harbour for the next sailing."),
                Kind.COUNT);
        assertEquals("count of passengers", ashore.measure(), "passengers not said to be aboard stay passengers");
    }

    @Test
    void aFigureNamingAnotherThingIsNotGroupedWithIt() {
        Mention carrow = only(read("Daily", DAY, "The 14km Carrow rail tunnel is the longest rail tunnel in the north."),
                Kind.COUNT);
        Mention hollins = only(read("Courier", DAY, "The new Hollins rail tunnel, 9km long, is the longest rail tunnel in the north."),
                Kind.COUNT);
        assertEquals(List.of("carrow"), List.copyOf(carrow.subject()));
        assertTrue(Discovery.namesAnother(carrow, hollins));
        assertEquals(0, Discovery.similarity(carrow, hollins, false));
        assertEquals(List.of(), Discovery.clusters(List.of(carrow, hollins)));
        Mention same = only(read("Post", DAY, "The Carrow rail tunnel, 9km long, is the longest rail tunnel in the north."),
                Kind.COUNT);
        assertEquals(1, Discovery.clusters(List.of(carrow, same)).size(), "the same named tunnel is grouped");
        Mention attributed = only(read("Post", DAY, "The rail tunnel, 9km long, is the longest rail tunnel in the north, "
                + "engineer Tomasz Reddy said."), Kind.COUNT);
        assertFalse(Discovery.namesAnother(carrow, attributed), "who said a figure is not another thing it names");
    }

    @Test
    void aRunningTallyThatGrowsWithTheDateMoves() {
        Mention first = only(read("Gazette", DAY, "Eleven people have died in the ferry sinking, the coastguard said."),
                Kind.COUNT);
        Mention later = only(read("Examiner", DAY.plusDays(4), "The death toll from the ferry sinking reached 27 people."),
                Kind.COUNT);
        assertTrue(first.tally() && later.tally());
        assertTrue(Discovery.moving(first, later));
        Mention lower = only(read("Examiner", DAY.plusDays(4), "The death toll from the ferry sinking reached 8 people."),
                Kind.COUNT);
        assertFalse(Discovery.moving(first, lower), "a toll reported smaller later is a disagreement");
        Mention sameDay = only(read("Examiner", DAY, "The death toll from the ferry sinking reached 27 people."), Kind.COUNT);
        assertFalse(Discovery.moving(first, sameDay), "two tolls of the same day disagree");
        Mention seats = only(read("Wire", DAY, "The party won 38 seats in the assembly."), Kind.COUNT);
        Mention moreSeats = only(read("Wire", DAY.plusDays(4), "The party won 41 seats in the assembly."), Kind.COUNT);
        assertFalse(Discovery.moving(seats, moreSeats), "a count that is no tally does not move by itself");
    }

    @Test
    void aLengthGluedToMInADepthIsMetres() {
        Mention depth = only(read("Daily", DAY, "The miners are at a depth of 650m, the union said."), Kind.COUNT);
        assertEquals(650, depth.figure().value(), 1e-9);
        assertEquals("count of metres", depth.measure());
        Mention deep = only(read("Daily", DAY, "The shaft is 650m deep."), Kind.COUNT);
        assertEquals(650, deep.figure().value(), 1e-9);
        Mention underground = only(read("Observer", DAY, "The men are believed to be about 400 metres underground."), Kind.COUNT);
        assertEquals(1, Discovery.clusters(List.of(depth, underground)).size(), "two depths of one story are grouped");
        assertTrue(read("Daily", DAY, "The club paid 650m for the stadium.").stream()
                .noneMatch(m -> "count of metres".equals(m.measure())), "a 650m with no depth is no length");
    }

    @Test
    void theDayAStoryWasFiledOrACountWasGivenIsNoFact() {
        List<Mention> dateline = read("Agency", DAY, "SCARVAIG, Oct 7 (Tollan Press Association) - The ferry Orla Bay sank.");
        assertTrue(dateline.stream().noneMatch(m -> m.figure().kind() == Kind.DATE), dateline.toString());
        List<Mention> asOf = read("Agency", DAY, "The number of people confirmed dead rose to 19 on Tuesday.");
        assertTrue(asOf.stream().noneMatch(m -> m.figure().kind() == Kind.DATE), asOf.toString());
        List<Mention> fact = read("Agency", DAY, "The rescue operation ended on Thursday, the service said.");
        assertEquals(1, fact.stream().filter(m -> m.figure().kind() == Kind.DATE).count(), "a day that is the fact stays");
    }

    @Test
    void aDatesEventIsNotAnotherFiguresNoun() {
        Mention year = only(read("Gazette", DAY, "It is the worst disaster since the Corran Star went down in 2009 with 186 people on board."),
                Kind.DATE);
        assertFalse(year.near().contains("peopl"), new ArrayList<>(year.near()).toString());
        assertTrue(year.near().contains("corran"));
    }

    @Test
    void aPagesReadingTimeIsNoFigure() {
        assertEquals(List.of(), read("Chronicle", DAY, "3 min read"));
        assertEquals(List.of(), read("Star", DAY, "Friday, 14 August 2026 | 5 min read"));
        Mention drive = only(read("Post", DAY, "The bridge cuts the drive to the hospital to 15 minutes."), Kind.DURATION);
        assertEquals("15 minutes", drive.printed(), "minutes in the story are read");
    }

    @Test
    void aPicturesCaptionOrCreditIsNoReport() {
        String caption = "The first cars cross the Carrick Narrows bridge at midday on Wednesday.";
        assertTrue(read("Mercury", DAY, "Photo: " + caption).isEmpty());
        assertTrue(read("Record", DAY, "[Image: An artist's impression of the quayside. Image: Harbour Partnership, 1 of 4]\n"
                + "Pictured above: evacuees at the showground on Tuesday.").isEmpty());
        assertEquals(1, read("Mercury", DAY, caption).size(), "the same words in the story are a report");
    }

    @Test
    void theDayACountDoubledIsNoFact() {
        List<Mention> doubled = read("Record", DAY,
                "The number of people ordered out of their homes more than doubled on Tuesday, fire officers said.");
        assertTrue(doubled.stream().noneMatch(m -> m.figure().kind() == Kind.DATE), doubled.toString());
        List<Mention> fact = read("Record", DAY, "The flames jumped the Lissane road on Tuesday.");
        assertEquals(1, fact.stream().filter(m -> m.figure().kind() == Kind.DATE).count(), "a day that is the fact stays");
    }

    @Test
    void aMultipleIsAChangeNotAShare() {
        Mention doubled = only(read("Record", DAY, "The number of people ordered out of their homes has more than doubled."),
                Kind.PERCENT);
        Mention third = only(read("Mercury", DAY, "The fire has burned through more than a third of the forest."), Kind.PERCENT);
        assertEquals("percentage change", doubled.measure());
        assertEquals("percentage", third.measure());
    }

    @Test
    void theVerbsOfABeginningAreOneEvent() {
        assertTrue(Words.of("The fire began on 9 August", -1, -1).contains("start"));
        assertTrue(Words.of("The fire broke out on 9 August", -1, -1).contains("start"));
        assertFalse(Words.of("The team broke the record", -1, -1).contains("start"), "broke alone is no beginning");
        Mention began = only(read("Mercury", DAY, "The wildfire began on 9 August, the service said."), Kind.DATE);
        Mention brokeOut = only(read("Star", DAY.plusDays(1), "The wildfire broke out on 7 August."), Kind.DATE);
        assertEquals(1, Discovery.clusters(List.of(began, brokeOut)).size(), "two reports of when the fire began");
    }

    @Test
    void whenAThingBeganAndWhenItEndsAreTwoDates() {
        Mention since = only(read("Newswire", DAY, "The car ferry, which has run since 1958, will make its last crossing at the "
                + "end of the month."), Kind.DATE);
        Mention ends = only(read("Mercury", DAY, "Traders expect to lose business once the car ferry stops at the end of September."),
                Kind.DATE);
        assertEquals(Aspect.START, since.aspect());
        assertEquals(Aspect.END, ends.aspect());
        assertEquals(0, Discovery.similarity(since, ends, false));
        Mention closes = only(read("Post", DAY, "The car ferry will make its final crossing at the end of September."), Kind.DATE);
        assertEquals(Aspect.END, closes.aspect());
        assertEquals(1, Discovery.clusters(List.of(ends, closes)).size(), "two reports of when it ends are grouped");
    }

    @Test
    void aWeekdayIsOnlyNewsOfItsWeek() {
        String told = "Workers walked out of the Greyling factory in tears on %s morning.";
        Mention tuesday = only(read("Chronicle", DAY, told.formatted("Tuesday")), Kind.DATE);
        Mention monday = only(read("Record", DAY.minusWeeks(8), told.formatted("Monday")), Kind.DATE);
        assertTrue(tuesday.weekday() && monday.weekday());
        assertEquals(List.of(), Discovery.clusters(List.of(tuesday, monday)));
        Mention sameWeek = only(read("Record", DAY.plusDays(1), told.formatted("Tuesday")), Kind.DATE);
        assertEquals(1, Discovery.clusters(List.of(tuesday, sameWeek)).size(), "the same week's weekday is grouped");
        Mention dated = only(read("Chronicle", DAY, told.formatted("6 October")), Kind.DATE);
        Mention recalled = only(read("Record", DAY.plusWeeks(8), told.formatted("6 October")), Kind.DATE);
        assertFalse(dated.weekday());
        assertEquals(1, Discovery.clusters(List.of(dated, recalled)).size(), "a full date is recalled for longer");
    }

    @Test
    void aSpanIsAboutWhatLastsIt() {
        Mention making = only(read("Chronicle", DAY, "Greyling is to close the Dunmore factory, ending more than sixty years "
                + "of blanket making in the town."), Kind.DURATION);
        Mention losing = only(read("Mercury", DAY, "Greyling said the Dunmore factory in the town had been losing money for "
                + "three years."), Kind.DURATION);
        assertEquals(0, Discovery.similarity(making, losing, false));
        Mention strike = only(read("Wire", DAY, "The drivers' union will stage a 48-hour strike from Thursday."), Kind.DURATION);
        Mention longer = only(read("Weekly", DAY, "The drivers' union has called a 72-hour strike."), Kind.DURATION);
        assertEquals(1, Discovery.clusters(List.of(strike, longer)).size(), "two spans of one strike are grouped");
    }

    @Test
    void aLengthBelongsToTheThingItsPhraseNames() {
        Mention link = only(read("Post", DAY, "A 2.4km link road, also part of the contract, joins the bridge to the ring road "
                + "at Ostry."), Kind.COUNT);
        Mention bridge = only(read("Mercury", DAY, "The 2.4km bridge is the first road across the estuary at Ostry."), Kind.COUNT);
        Mention given = only(read("Newswire", DAY, "The cable-stayed bridge, 2.4 kilometres long, is the first road across "
                + "the estuary at Ostry."), Kind.COUNT);
        assertEquals(Set.of("link", "road"), link.thing());
        assertEquals(Set.of("bridg"), bridge.thing());
        assertEquals(Set.of("bridg"), given.thing());
        assertTrue(Discovery.otherThing(bridge, link), "the link road's sentence names the bridge beside it");
        assertEquals(0, Discovery.similarity(link, bridge, false));
        assertEquals(0, Discovery.similarity(link, given, false));
        assertEquals(1, Discovery.clusters(List.of(bridge, given)).size(), "two lengths of the bridge are grouped");
        Mention crossing = only(read("Post", DAY, "The crossing is 1.2 miles (1.9km) long."), Kind.COUNT);
        assertEquals(Set.of("cross"), crossing.thing());
        assertFalse(Discovery.otherThing(bridge, crossing), "a sentence that does not name the bridge does not set it apart");
        assertEquals(Set.of(), only(read("Post", DAY, "Repairs closed a 12km stretch of the coast road."), Kind.COUNT).thing(),
                "part of a thing names no thing of its own");
    }

    @Test
    void reportsAgreeingOnTwoOfAThingAreNoFinding() throws IOException {
        Discovery.Result two = Discovery.run(Factcheck.check(archive(tmp.resolve("two"),
                "The Narrows bridge opened on Wednesday, and its two towers can be seen from the seafront.",
                "The Narrows bridge, whose two towers can be seen from the seafront, opened on Wednesday.")));
        assertTrue(two.findings().stream().noneMatch(f -> f.measure().equals("count of towers")), two.findings().toString());
        Discovery.Result nine = Discovery.run(Factcheck.check(archive(tmp.resolve("nine"),
                "The Narrows bridge opened on Wednesday, and its nine towers can be seen from the seafront.",
                "The Narrows bridge, whose nine towers can be seen from the seafront, opened on Wednesday.")));
        assertEquals(1, nine.findings().stream().filter(f -> f.measure().equals("count of towers")).count(),
                "a larger count that agrees is a finding");
        Discovery.Result dead = Discovery.run(Factcheck.check(archive(tmp.resolve("dead"),
                "Two people were killed when the Narrows bridge scaffolding fell on Wednesday.",
                "The scaffolding on the Narrows bridge fell on Wednesday, and two people were killed.")));
        assertEquals(1, dead.findings().stream().filter(f -> f.measure().equals("count of deaths")).count(),
                "two deaths agreed on always matter");
    }

    @Test
    void aRelativeDateIsNoDateToCompare() {
        List<Mention> relative = read("Wire", DAY, "The minister announced extra funding for the hospital this year, after cuts "
                + "last month.");
        assertTrue(relative.stream().noneMatch(m -> m.figure().kind() == Kind.DATE), relative.toString());
        assertEquals(1, read("Wire", DAY, "The minister announced extra funding for the hospital on 3 October.").stream()
                .filter(m -> m.figure().kind() == Kind.DATE).count(), "a named date stays");
    }

    @Test
    void aFigureSaidOfAPastPeriodIsAnotherQuantity() {
        Mention now = only(read("Echo", DAY, "The minister will provide €6.5m in extra funding for the hospital's clinics."),
                Kind.MONEY);
        Mention before = only(read("Record", DAY, "The hospital received €4.5m in extra funding last year for its clinics."),
                Kind.MONEY);
        assertFalse(now.past());
        assertTrue(before.past());
        assertEquals(0, Discovery.similarity(now, before, false));
        Mention level = only(read("Gazette", DAY, "At this point last year, Ashfell Reservoir stood at 74 per cent."), Kind.PERCENT);
        assertTrue(level.past());
        List<Mention> against = read("Gazette", DAY, "Ashfell Reservoir is at 31 per cent, against 74 per cent a year ago.");
        assertEquals(List.of(false, true), against.stream().filter(m -> m.figure().kind() == Kind.PERCENT).map(Mention::past)
                .toList(), "the past cue belongs to the figure beside it");
        Mention ban = only(read("Chronicle", DAY, "The last hosepipe ban in the area was in 2022."), Kind.DATE);
        assertTrue(ban.past(), "a previous occurrence is another event");
        Mention opened = only(read("Chronicle", DAY, "In 2017 the old ferry ran onto the reef with 19 people on board."), Kind.COUNT);
        assertTrue(opened.past(), "a sentence opening on an earlier year is of that year");
        assertFalse(only(read("Chronicle", DAY, "The ferry, built in 1997, ran onto the reef."), Kind.DATE).past());
    }

    @Test
    void aCountGrowingWithTheDateAcrossOutletsIsATimeline() throws IOException {
        String told = "%s people were hurt when the Orla Bay ferry struck the Skerrow Rocks off Scarvaig.";
        Discovery.Result rising = Discovery.run(Factcheck.check(archive(tmp.resolve("rising"),
                told.formatted("14"), told.formatted("19"), told.formatted("23"))));
        List<Finding> people = rising.findings().stream().filter(f -> f.measure().equals("count of people")).toList();
        assertEquals(1, people.size(), rising.findings().toString());
        assertEquals(Finding.Verdict.TIMELINE, people.get(0).verdict());
        Discovery.Result mixed = Discovery.run(Factcheck.check(archive(tmp.resolve("mixed"),
                told.formatted("14"), told.formatted("23"), told.formatted("19"))));
        assertEquals(Finding.Verdict.DISCREPANCY, mixed.findings().stream().filter(f -> f.measure().equals("count of people"))
                .findFirst().orElseThrow().verdict(), "a count that falls back disagrees");
    }

    @Test
    void passengersToldBesideTheCrewAreThoseOnBoard() {
        Mention m = read("Echo", DAY, "The MV Corrin Star had 186 passengers and eleven crew on board when it struck.").get(0);
        assertEquals("186 passengers", m.printed());
        assertEquals("count of occupants", m.measure());
    }

    @Test
    void aDistanceIsMeasuredFromAPlace() {
        Mention miles = only(read("Wire", DAY, "The MV Corrin Star, operated by Aldry Sound Ferries, hit the Skerrow Rocks "
                + "on its scheduled crossing, about two miles from Inishvane pier."), Kind.COUNT);
        Mention metres = only(read("Sentinel", DAY.plusDays(4), "The company confirmed the ship grounded roughly 800 metres "
                + "from Inishvane pier, inside the approach to the harbour rather than in open water."), Kind.COUNT);
        assertEquals(Set.of("inishvan", "pier"), miles.origin());
        assertEquals(1, Discovery.clusters(List.of(miles, metres)).size(), "two distances from one named place are grouped");
        Mention station = only(read("Gazette", DAY, "The lifeboat is based at Carra Point two miles along the coast from the "
                + "town, near the Skerrow Rocks and Inishvane pier."), Kind.COUNT);
        assertEquals(Set.of("town"), station.origin());
        assertEquals(0, Discovery.similarity(miles, station, false));
    }

    @Test
    void aRareCountOfOneStoryNeedsNoSharedWord() {
        Mention carrying = only(read("Wire", DAY, "The Corrin Star sails from Port Aldry to Inishvane daily. A passenger ferry "
                + "carrying 186 passengers struck rocks."), Kind.COUNT);
        Mention aboard = only(read("Gazette", DAY.plusDays(2), "Investigators boarded the Corrin Star at Inishvane after "
                + "it sailed from Port Aldry. The ship, with 168 passengers on board, had left on time."), Kind.COUNT);
        assertEquals(1, Discovery.clusters(List.of(carrying, aboard)).size());
        Mention other = only(read("Gazette", DAY.plusDays(2), "The Brannock sails from Kesh to Tollan. The ship, with 168 "
                + "passengers on board, had left on time."), Kind.COUNT);
        assertEquals(List.of(), Discovery.clusters(List.of(carrying, other)), "another story's count stays apart");
        Mention old = only(read("Wire", DAY, "The Corrin Star sails from Port Aldry to Inishvane. Tomás Hegarty, aged 67, was "
                + "on it."), Kind.AGE);
        Mention young = only(read("Gazette", DAY.plusDays(2), "The Corrin Star sails from Port Aldry to Inishvane. Derek "
                + "Moylan, aged 41, was hurt."), Kind.AGE);
        assertEquals(List.of(), Discovery.clusters(List.of(old, young)), "each person of a story has an age of their own");
        Mention hundredfold = only(read("Gazette", DAY.plusDays(2), "Investigators boarded the Corrin Star at Inishvane after "
                + "it sailed from Port Aldry. The ship, with 16,800 passengers on board, had left on time."), Kind.COUNT);
        assertEquals(List.of(), Discovery.clusters(List.of(carrying, hundredfold)),
                "a figure a hundred times the other, sharing no word with it, is another thing");
    }

    /** An archive of one article per text, each from its own outlet, published a day apart. */
    private static Path archive(Path root, String... texts) throws IOException {
        Files.createDirectories(root.resolve("content/articles"));
        Files.createDirectories(root.resolve("seeds"));
        for (int i = 0; i < texts.length; i++) {
            Files.writeString(root.resolve("seeds/s" + i + ".txt"), texts[i] + "\n");
            Files.writeString(root.resolve("content/articles/s" + i + ".yaml"), "title: \"Story " + i + "\"\noutlet: \"Outlet "
                    + i + "\"\npublished: " + DAY.plusDays(i) + "\nfile: seeds/s" + i + ".txt\n");
        }
        return root;
    }
}
