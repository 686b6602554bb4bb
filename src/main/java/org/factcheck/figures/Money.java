package org.factcheck.figures;

import static org.factcheck.figures.Tokens.NUM;
import static org.factcheck.figures.Tokens.SYM;
import static org.factcheck.figures.Tokens.WORD;

/** Money: currency signs and codes before a sum, currency names after it, cents and pence, and sums in two units. */
final class Money extends Matcher {
    Money(Scan s) {
        super(s);
    }

    static String currencySign(char c) {
        return switch (c) {
            case '$' -> "USD";
            case '€' -> "EUR";
            case '£' -> "GBP";
            case '₴' -> "UAH";
            case '₽' -> "RUB";
            case '¥' -> "JPY";
            case '₹' -> "INR";
            case '₡' -> "CRC";
            case '₾' -> "GEL";
            case '₭' -> "LAK";
            case '元' -> "CNY";
            case '₦' -> "NGN";
            case '₩' -> "KRW";
            case '₺' -> "TRY";
            case '₪' -> "ILS";
            case '₱' -> "PHP";
            case '₫' -> "VND";
            case '฿' -> "THB";
            case '₸' -> "KZT";
            case '₼' -> "AZN";
            case '₵' -> "GHS";
            case '₮' -> "MNT";
            case '₲' -> "PYG";
            default -> null;
        };
    }

    /**
     * A currency named in words after the number: "Australian dollars", "Swiss francs", "Indian
     * rupees". Sets {@code unit} and returns the token after the name, or {@code a} when there is none.
     */
    int namedCurrency(int a) {
        int n = tk.n;
        if (a + 1 >= n || tk.type[a] != WORD || !tk.gap[a] || tk.lower[a] == null
                || !Lexicon.NAMED_CURRENCY_FIRST.contains(tk.lower[a])) {
            return a;
        }
        String one = tk.lower[a];
        for (int len = 3; len >= 2; len--) {
            if (a + len - 1 >= n) {
                continue;
            }
            StringBuilder sb = new StringBuilder(one);
            boolean ok = true;
            for (int k = 1; k < len && ok; k++) {
                ok = tk.type[a + k] == WORD && tk.gap[a + k];
                if (ok) {
                    sb.append(' ').append(tk.lowerOf(a + k));
                }
            }
            String code = ok ? Lexicon.NAMED_CURRENCIES.get(sb.toString()) : null;
            if (code != null) {
                s.unit = code;
                return a + len;
            }
        }
        return a;
    }

    /** The cents of the last {@link #andCents} that found some (0 otherwise). */
    private double cents;

    /**
     * After a sum in a currency, its cents in a second unit: "3 dollars 50 cents", "thirteen dollars and
     * forty-five cents", "4 euros 20 pence". Returns the token after them, or {@code end} when there are none.
     */
    int andCents(int end) {
        cents = 0;
        int t = tk.isWord(end, "and") ? end + 1 : end;
        if (t >= tk.n || !(tk.type[t] == NUM && plainInt(t) && tk.intDigits[t] <= 2 || tk.type[t] == WORD)) {
            return end;
        }
        double v = num.value;
        int next = num.next;
        if (!num.read(t) || num.scaled || num.value >= 100 || num.value != Math.rint(num.value)) {
            num.value = v;
            num.next = next;
            return end;
        }
        int c = num.next;
        double read = num.value;
        num.value = v;
        num.next = next;
        if (!(tk.isWord(c, "cents") || tk.isWord(c, "cent") || tk.isWord(c, "pence"))) {
            return end;
        }
        cents = read;
        return c + 1;
    }

    /** The value of a sum, with the cents of "3 dollars and 50 cents" added. */
    double value(double v, String cur, int afterCurrency, int end) {
        if (end == afterCurrency) {
            return v;
        }
        s.step = 0.01;
        return v + cents / 100.0;
    }

    /**
     * A sum led by a currency sign or code: "$5 billion", "€2.5bn", "US$10", "CHF2.4bn", "Rs 250 crore". READ
     * when one was read, NONE when a sign stands here without a sum, NEXT when no currency leads.
     */
    int led(int t0) {
        int t = t0;
        String cur = null;
        byte ty = tk.type[t0];
        if (ty == SYM) {
            cur = currencySign(tk.symAt(t0));
            if (cur == null) {
                return Suffixes.NONE;
            }
            t++;
        } else if (ty == WORD) {
            String w = tk.lower[t0];
            String pre = Lexicon.DOLLAR_PREFIXES.get(w);
            // "C$16.4m", "HK$10bn"; spaced and lower case ("c $ 16.4 million") too, but never the article "a $5"
            boolean spaced = w != "a" && w != "s" && tk.isSym(t0 + 1, '$') && t0 + 2 < tk.n && tk.type[t0 + 2] == NUM;
            if (pre != null && tk.isSym(t0 + 1, '$') && (tk.glued(t0 + 1) && allUpper(t0) || spaced)) {
                cur = pre;
                t = t0 + 2;
            } else if (Lexicon.ISO_CODES.contains(w) && allUpper(t0) && t0 + 1 < tk.n && tk.type[t0 + 1] == NUM) {
                cur = w.toUpperCase(java.util.Locale.ROOT);
                t = t0 + 1;
            } else if (w == "rs" && tk.capitalised(t0)) {
                // "Rs 250 crore", "Rs. 500", "Rs500": Indian rupees
                t = t0 + 1;
                if (tk.isSym(t, '.') && tk.glued(t)) {
                    t++;
                }
                if (t < tk.n && tk.type[t] == NUM) {
                    cur = "INR";
                }
            }
        }
        if (cur == null) {
            return Suffixes.NEXT;
        }
        {
            // "CHF2.4bn": a code glued to its sum is not a label like "G7" (the tokens split only known codes)
            boolean gluedCode = t == t0 + 1 && t < tk.n && ty == WORD && Lexicon.ISO_CODES.contains(tk.lower[t0]) && !tk.gap[t];
            if (t >= tk.n || tk.type[t] != NUM || !num.read(t) || s.labels.hardLabel(t) && !gluedCode) {
                return Suffixes.NONE;
            }
            double v = num.value;
            s.step = num.step;
            int end = num.next;
            if (s.quantities.range(t, end)) {
                end = num.next;
                v = s.value;
            }
            // "US$5 billion dollars" is rare, but "$5 billion USD" is not: swallow a repeated code.
            if (end < tk.n && tk.type[end] == WORD && cur.equalsIgnoreCase(tk.lowerOf(end))) {
                end++;
            }
            return read(set(Kind.MONEY, v, cur, end));
        }
    }

    /** Cents and pence: "50 cents", "20 pence", "85p", "50 euro cents"; "3 dollars and 50 cents" is read from the dollars. */
    int subunit(int a, boolean digits) {
        String la = a < tk.n && tk.type[a] == WORD ? tk.lower[a] : null;
        double v = num.value;
        if ((la == "cents" || la == "cent") && !s.ranged) {
            s.step = s.step / 100;
            return read(set(Kind.MONEY, v / 100, "USD", a + 1));
        }
        if (la == "euro" && (tk.isWord(a + 1, "cents") || tk.isWord(a + 1, "cent")) && !s.ranged) {
            s.step = s.step / 100;
            return read(set(Kind.MONEY, v / 100, "EUR", a + 2));
        }
        if (la == "pence" || la == "pennies" || la == "p" && !tk.gap[a] && digits) {
            s.step = s.step / 100;
            return read(set(Kind.MONEY, v / 100, "GBP", a + 1));
        }
        return Suffixes.NEXT;
    }

    /** Money named after the number: "Australian dollars", "US dollars", "euros", "USD", with "and 50 cents". */
    int currencyAfter(int a) {
        String la = a < tk.n && tk.type[a] == WORD ? tk.lower[a] : null;
        double v = num.value;
        int named = namedCurrency(a);
        if (named > a) {
            String cur = s.unit;
            int end = andCents(named);
            return read(set(Kind.MONEY, value(v, cur, named, end), cur, end));
        }
        String sign = currencySign(tk.symAt(a));
        if (sign != null && !s.ranged && !(a + 1 < tk.n && tk.type[a + 1] == NUM && tk.glued(a + 1))) {
            return read(set(Kind.MONEY, v, sign, a + 1));      // "100 ₡", "100₾", "100元": the sign after the sum
        }
        if (la == "us" && a + 1 < tk.n && tk.lower[a + 1] != null && tk.lower[a + 1].startsWith("dollar")) {
            return read(set(Kind.MONEY, v, "USD", a + 2));
        }
        if (la != null && Lexicon.CURRENCY_WORDS.containsKey(la)
                && (!Lexicon.ISO_CODES.contains(la) || allUpper(a))) {
            String cur = Lexicon.CURRENCY_WORDS.get(la);
            int end = andCents(a + 1);
            return read(set(Kind.MONEY, value(v, cur, a + 1, end), cur, end));
        }
        return Suffixes.NEXT;
    }

    /** A bare "one" before a money subunit ("one penny", "one cent"); otherwise a bare "one" is not read. */
    int onePenny(int a) {
        String la = a < tk.n && tk.type[a] == WORD ? tk.lower[a] : null;
        if (la == "penny") {
            s.step = 0.01;
            return read(set(Kind.MONEY, 0.01, "GBP", a + 1));
        }
        if (la == "cent") {
            s.step = 0.01;
            return read(set(Kind.MONEY, 0.01, "USD", a + 1));
        }
        return Suffixes.NONE;
    }

    /** "a 12-cent dividend", "a 10-pence coin": a sum in cents or pence as an adjective. */
    int centAdjective(String w, double v, int end) {
        String cur = w.equals("cent") ? "USD" : w.equals("pence") || w.equals("penny") ? "GBP" : null;
        if (cur == null || s.ranged) {
            return Suffixes.NEXT;
        }
        s.step = s.step / 100;
        return read(set(Kind.MONEY, v / 100, cur, end));
    }

    private static int read(boolean set) {
        return set ? Suffixes.READ : Suffixes.NONE;
    }
}
