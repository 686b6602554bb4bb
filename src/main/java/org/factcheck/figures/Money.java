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
            default -> null;
        };
    }

    /**
     * A currency named in words after the number: "Australian dollars", "Swiss francs", "Indian
     * rupees". Sets {@code unit} and returns the token after the name, or {@code a} when there is none.
     */
    int namedCurrency(int a) {
        int n = tk.n;
        if (a + 1 >= n || tk.type[a] != WORD || !tk.capitalised(a) || !tk.gap[a] || tk.lower[a] == null
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

    /** After a sum in words, "and 50 cents" / "and 20 pence": the token after them, or {@code end}. */
    int andCents(int end) {
        if (tk.isWord(end, "and") && end + 2 < tk.n && tk.type[end + 1] == NUM && plainInt(end + 1)
                && tk.intDigits[end + 1] <= 2 && (tk.isWord(end + 2, "cents") || tk.isWord(end + 2, "pence"))) {
            return end + 3;
        }
        return end;
    }

    /** The value of a sum in words, with the cents of "3 dollars and 50 cents" added. */
    double value(double v, String cur, int afterCurrency, int end) {
        if (end == afterCurrency) {
            return v;
        }
        s.step = 0.01;
        return v + tk.mantissa[afterCurrency + 1] / 100.0;
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
            if (pre != null && tk.isSym(t0 + 1, '$') && tk.glued(t0 + 1) && allUpper(t0)) {
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
        if (la == "pence" || la == "p" && !tk.gap[a] && digits) {
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

    /** A bare "one" before a money subunit ("one penny"); otherwise a bare "one" is not read. */
    int onePenny(int a) {
        return Suffixes.NONE;
    }

    /** "a 12-cent dividend": a sum in cents as an adjective. */
    int centAdjective(String w, double v, int end) {
        return Suffixes.NEXT;
    }

    private static int read(boolean set) {
        return set ? Suffixes.READ : Suffixes.NONE;
    }
}
