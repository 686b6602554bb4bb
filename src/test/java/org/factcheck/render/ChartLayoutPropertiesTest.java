package org.factcheck.render;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The claim page's chart never draws a label over another label, a bar or an axis label, and keeps
 * every text inside the chart: long outlet names, one-word names longer than a line, ideographs,
 * close or equal values, open bounds and many sources.
 */
class ChartLayoutPropertiesTest {

    @Property(tries = 400)
    void noTwoTextsOrBarsTouch(@ForAll("marks") @Size(min = 1, max = 14) List<Charts.Mark> marks,
                               @ForAll("ticks") String tick) {
        View.Chart c = Charts.draw("Figures side by side", false, marks, v -> tick + v);
        List<double[]> boxes = Charts.boxes(c);
        for (int i = 0; i < boxes.size(); i++) {
            double[] a = boxes.get(i);
            assertTrue(a[0] >= 0 && a[2] <= c.width() && a[1] >= 0 && a[3] <= c.height(),
                    "box " + i + " " + java.util.Arrays.toString(a) + " leaves the chart " + c.width() + "x" + c.height());
            for (int j = i + 1; j < boxes.size(); j++) {
                assertFalse(Charts.touch(a, boxes.get(j)), "boxes " + i + " and " + j + " touch: "
                        + java.util.Arrays.toString(a) + " " + java.util.Arrays.toString(boxes.get(j)));
            }
        }
        for (View.ChartRow r : c.rows()) {
            assertTrue(r.label().lines().size() <= 3 && r.value().lines().size() <= 2, "labels are cut, not endless");
        }
    }

    @Property(tries = 200)
    void aLabelThatFitsIsKeptWhole(@ForAll("names") String name, @ForAll @DoubleRange(min = 100, max = 600) double width) {
        List<String> lines = Charts.lines(name, width, Charts.LABEL_SIZE, false, Integer.MAX_VALUE);
        assertTrue(String.join("", lines).replace(" ", "").equals(name.strip().replaceAll("\\s+", "")),
                "nothing is lost when the lines may be many: " + lines);
        for (String l : lines) {
            assertTrue(Charts.textWidth(l, Charts.LABEL_SIZE, false) <= width
                    || l.codePointCount(0, l.length()) == 1, "line wider than " + width + ": " + l);
        }
    }

    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> word = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(90),
                Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(12),
                Arbitraries.strings().withChars("WM%@—").ofMinLength(1).ofMaxLength(30),
                Arbitraries.strings().withCharRange('\u4e00', '\u4e80').ofMinLength(1).ofMaxLength(40),
                Arbitraries.of("The", "International", "Herald", "of", "BBC", "CNN", "Daily", "Mail", "Ré", "Ç", "ß", "😀"));
        return word.list().ofMinSize(1).ofMaxSize(14).map(w -> String.join(" ", w));
    }

    @Provide
    Arbitrary<List<Charts.Mark>> marks() {
        Arbitrary<Double> value = Arbitraries.oneOf(Arbitraries.doubles().between(-1e6, 1e6),
                Arbitraries.of(0.0, 9000.0, 9000.5, 9001.0));
        Arbitrary<Charts.Mark> mark = Combinators.combine(names(), names(), value,
                        Arbitraries.doubles().between(0, 5000), Arbitraries.integers().between(0, 3),
                        Arbitraries.of("errs", "disputed", "agrees", "counted", "uncounted"))
                .as((label, text, v, spread, open, verdict) -> new Charts.Mark(label, text,
                        open == 1 ? Double.NEGATIVE_INFINITY : v - spread, v, open == 2 ? Double.POSITIVE_INFINITY : v + spread,
                        verdict));
        return mark.list().ofMinSize(1).ofMaxSize(14);
    }

    @Provide
    Arbitrary<String> ticks() {
        return Arbitraries.oneOf(Arbitraries.of("", "2022-02-01 "), Arbitraries.strings().withCharRange('A', 'Z').ofMaxLength(40));
    }
}
