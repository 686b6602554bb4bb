package org.factcheck.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the text, extraction does not throw and every figure is a well-formed, ordered span of it. */
class ExtractorRobustnessTest {

    private static final String[] PIECES = {"$", "€", "£", "%", "-", "–", "/", ".", ",", " ", "  ", "\n", "'", "’",
        "0", "7", "12", "1,500", "2025", "1990s", "99999999999999999999", "0.8", "08", "+1", "999999999", "2.5", "bn", "m", "k", "tn",
        "per", "cent", "about", "nearly", "more", "than", "up", "to", "at", "least", "between", "and", "a", "one",
        "two", "twenty", "hundred", "thousand", "million", "half", "third", "of", "the", "years", "year", "ago",
        "days", "hour", "decade", "last", "this", "next", "earlier", "month", "January", "May", "Aug", "15th",
        "square", "miles", "km", "²", "km2", "acres", "fold", "times", "point", "member", "in", "US", "USD",
        "Article", "B", "F", "G20", "sixth", "47th", "doubled", "strong", "am", "pm", "No", "basis", "points",
        "minus", "−", "cents", "pence", "p", "euro", "Rs", "lakh", "crore", "Swiss", "francs", "Australian", "dollars",
        "early", "mid", "late", "quarter", "first", "second", "Q3", "H1", "Friday", "on", "week", "aged", "old",
        "Jolie", "👉", "See", "also", ":", "Read", "latter", "take", "effect", "will", "three-quarters", "a.m."};

    @Provide
    Arbitrary<String> newsish() {
        return Arbitraries.of(PIECES).list().ofMaxSize(40).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> spaced() {
        return Arbitraries.of(PIECES).list().ofMaxSize(40).map(l -> String.join(" ", l));
    }

    @Property(tries = 2000)
    void wellFormedOnNewsLikeNoise(@ForAll("newsish") String text) {
        check(text);
    }

    @Property(tries = 2000)
    void wellFormedOnSpacedTokens(@ForAll("spaced") String text) {
        check(text);
    }

    @Property(tries = 500)
    void wellFormedOnAnyString(@ForAll String text) {
        check(text);
    }

    private static void check(String text) {
        for (LocalDate published : new LocalDate[] {null, LocalDate.of(2025, 12, 29), LocalDate.of(1901, 1, 1)}) {
            List<Figure> figures = FigureExtractor.extract(text, published);
            int last = 0;
            for (Figure f : figures) {
                assertTrue(f.start() >= last && f.start() < f.end() && f.end() <= text.length(), f::toString);
                assertEquals(text.substring(f.start(), f.end()), f.text());
                assertNotNull(f.kind());
                assertNotNull(f.normalised());
                assertTrue(f.low() == null || f.high() == null || f.low() <= f.high(), f::toString);
                assertTrue(Double.isFinite(f.value()), f::toString);
                assertTrue(f.readLow() == null || f.readHigh() == null || f.readLow() <= f.readHigh(), f::toString);
                assertTrue(f.low() == null || f.readLow() != null && f.readLow() <= f.low(), f::toString);
                assertTrue(f.high() == null || f.readHigh() != null && f.readHigh() >= f.high(), f::toString);
                if (f.kind() == Kind.DATE) {
                    assertNotNull(f.iso());
                    assertNotNull(f.jsonLow());
                }
                last = f.end();
            }
        }
    }
}
