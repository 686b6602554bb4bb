package org.factcheck.figures;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The currencies the figures engine reads, by ISO 4217 code, with what a reader calls them: the codes
 * a desk may name in a claim's {@code rates:}, and the words a page uses to show a conversion ("1.08 US
 * dollars per euro", "$2.7 billion"). Every code the reader can give a sum of money is here (a test
 * holds the reader's tables to it).
 */
public final class Currencies {

    private Currencies() {
    }

    /** One currency: its singular and plural names and the symbol written before a sum, or null. */
    private record Name(String one, String many, String symbol) {
    }

    private static final Map<String, Name> NAMES = new TreeMap<>();

    private static void add(String code, String one, String many, String symbol) {
        NAMES.put(code, new Name(one, many, symbol));
    }

    static {
        add("USD", "US dollar", "US dollars", "$");
        add("EUR", "euro", "euros", "€");
        add("GBP", "pound sterling", "pounds sterling", "£");
        add("AUD", "Australian dollar", "Australian dollars", "A$");
        add("CAD", "Canadian dollar", "Canadian dollars", "C$");
        add("NZD", "New Zealand dollar", "New Zealand dollars", "NZ$");
        add("HKD", "Hong Kong dollar", "Hong Kong dollars", "HK$");
        add("SGD", "Singapore dollar", "Singapore dollars", "S$");
        add("TWD", "Taiwan dollar", "Taiwan dollars", null);
        add("JPY", "yen", "yen", "¥");
        add("CNY", "yuan", "yuan", null);
        add("INR", "Indian rupee", "Indian rupees", "₹");
        add("PKR", "Pakistani rupee", "Pakistani rupees", null);
        add("LKR", "Sri Lankan rupee", "Sri Lankan rupees", null);
        add("CHF", "Swiss franc", "Swiss francs", null);
        add("RUB", "rouble", "roubles", "₽");
        add("UAH", "hryvnia", "hryvnias", "₴");
        add("PLN", "zloty", "zlotys", null);
        add("SEK", "Swedish krona", "Swedish kronor", null);
        add("NOK", "Norwegian krone", "Norwegian kroner", null);
        add("DKK", "Danish krone", "Danish kroner", null);
        add("TRY", "Turkish lira", "Turkish lira", null);
        add("BRL", "Brazilian real", "Brazilian reais", null);
        add("ZAR", "rand", "rand", null);
        add("MXN", "Mexican peso", "Mexican pesos", null);
        add("PHP", "Philippine peso", "Philippine pesos", null);
        add("ARS", "Argentine peso", "Argentine pesos", null);
        add("KRW", "won", "won", null);
        add("SAR", "Saudi riyal", "Saudi riyals", null);
        add("AED", "dirham", "dirhams", null);
        add("ILS", "shekel", "shekels", null);
        add("NGN", "naira", "naira", null);
        add("KES", "Kenyan shilling", "Kenyan shillings", null);
        add("EGP", "Egyptian pound", "Egyptian pounds", null);
        add("IDR", "rupiah", "rupiah", null);
        add("THB", "baht", "baht", null);
        add("CRC", "colón", "colones", null);
        add("GEL", "lari", "lari", null);
        add("LAK", "kip", "kip", null);
        add("VND", "dong", "dong", null);
        add("KZT", "tenge", "tenge", null);
        add("AZN", "manat", "manat", null);
        add("GHS", "cedi", "cedis", null);
        add("MNT", "tögrög", "tögrögs", null);
        add("PYG", "guaraní", "guaraníes", null);
        add("FIM", "markka", "markkaa", null);
        add("NLG", "guilder", "guilders", null);
        add("ESP", "peseta", "pesetas", null);
    }

    /** The ISO codes the engine reads, sorted. */
    public static Set<String> codes() {
        return Collections.unmodifiableSet(NAMES.keySet());
    }

    /** True when {@code code} (upper case, as in ISO 4217) is a currency the engine reads. */
    public static boolean known(String code) {
        return code != null && NAMES.containsKey(code);
    }

    /** What a reader calls one unit, or several units, of a known currency: "euro", "US dollars". */
    public static String name(String code, boolean plural) {
        Name n = NAMES.get(code);
        if (n == null) {
            return code;
        }
        return plural ? n.many() : n.one();
    }

    /**
     * A sum as a reader writes it, to {@code significant} significant digits: "$2.7 billion", "€800
     * million", "2.7 billion Swiss francs", "$950".
     */
    public static String amount(String code, double value, int significant) {
        double abs = Math.abs(value);
        String scale = abs >= 1e12 ? " trillion" : abs >= 1e9 ? " billion" : abs >= 1e6 ? " million" : "";
        double in = abs >= 1e12 ? value / 1e12 : abs >= 1e9 ? value / 1e9 : abs >= 1e6 ? value / 1e6 : value;
        String number = Numbers.format(round(in, significant)) + scale;
        Name n = NAMES.get(code);
        if (n != null && n.symbol() != null) {
            return (value < 0 ? "-" : "") + n.symbol() + (value < 0 ? number.substring(1) : number);
        }
        return number + " " + (n == null ? code : in == 1 ? n.one() : n.many());
    }

    /** {@code v} rounded to {@code significant} significant digits (half up, as a reader rounds). */
    static double round(double v, int significant) {
        if (v == 0 || Double.isNaN(v) || Double.isInfinite(v)) {
            return v;
        }
        return new BigDecimal(v).round(new MathContext(significant, RoundingMode.HALF_UP)).doubleValue();
    }

    /** A rate as a reader says it: "1.08" (at most six significant digits, no trailing zeros). */
    public static String rate(double rate) {
        return Numbers.format(round(rate, 6));
    }
}
