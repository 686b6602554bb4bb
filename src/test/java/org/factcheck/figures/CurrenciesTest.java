package org.factcheck.figures;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The codes a claim's {@code rates:} may name are exactly what the reader can give a sum of money, and
 * each has a name a page can print.
 */
class CurrenciesTest {

    @Test
    void everyCurrencyTheReaderProducesIsKnownAndNamed() {
        List<String> codes = new ArrayList<>();
        codes.addAll(Lexicon.CURRENCY_WORDS.values());
        codes.addAll(Lexicon.NAMED_CURRENCIES.values());
        codes.addAll(Lexicon.DOLLAR_PREFIXES.values());
        Lexicon.ISO_CODES.forEach(c -> codes.add(c.toUpperCase(Locale.ROOT)));
        for (String symbol : "$ € £ ₴ ₽ ¥ ₹ ₡ ₾ ₭ 元 ₦ ₩ ₺ ₪ ₱ ₫ ฿ ₸ ₼ ₵ ₮ ₲".split(" ")) {
            List<Figure> fs = FigureExtractor.extract("The fund holds " + symbol + "100 million.");
            assertEquals(1, fs.size(), symbol + " " + fs);
            codes.add(fs.get(0).unit());
        }
        for (String code : codes) {
            assertTrue(Currencies.known(code), code + " is read but a rate cannot name it");
            assertTrue(!Currencies.name(code, true).equals(code), code + " has no name for pages");
        }
    }

    @Test
    void sumsAreWrittenAsAReaderWritesThem() {
        assertEquals("$2.7 billion", Currencies.amount("USD", 2.7e9, 3));
        assertEquals("€2.75 billion", Currencies.amount("EUR", 2.754e9, 3));
        assertEquals("€800 million", Currencies.amount("EUR", 8e8, 3));
        assertEquals("2.7 billion Swiss francs", Currencies.amount("CHF", 2.7e9, 3));
        assertEquals("$950", Currencies.amount("USD", 950, 3));
        assertEquals("1.08", Currencies.rate(1.08));
    }
}
