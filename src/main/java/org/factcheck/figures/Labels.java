package org.factcheck.figures;

import static org.factcheck.figures.Tokens.ID;
import static org.factcheck.figures.Tokens.NUM;
import static org.factcheck.figures.Tokens.SYM;
import static org.factcheck.figures.Tokens.WORD;

/** What surrounds a number: the counted noun after it, and the names and references ("Article 5", "F-16") it is part of. */
final class Labels extends Matcher {
    Labels(Scan s) {
        super(s);
    }

    /**
     * The counted noun after a number: the first lower-case content word, skipping up to three
     * modifiers ("35 European countries", "two very different worldviews", "1,500 US troops").
     */
    String noun(int a) {
        s.nounCapitalised = false;
        s.nounFirst = null;
        int j = a;
        int skips = 0;
        int n = tk.n;
        while (j < n && skips <= 3) {
            if (tk.type[j] != WORD || !tk.gap[j]) {
                return null;
            }
            String lw = tk.lower[j];
            if ((lw == "most" || lw == "least") && j + 2 < n && isHyphen(j + 2) && tk.glued(j + 2)) {
                j++;        // "the two most talked-about men"
                skips++;
                continue;
            }
            if (lw != null && Lexicon.STOP.contains(lw)) {
                return null;
            }
            boolean compound = j + 2 < n && isHyphen(j + 1) && tk.glued(j + 1) && tk.glued(j + 2)
                    && tk.type[j + 2] == WORD;
            if (compound) {
                j += 3;
                skips++;
                continue;
            }
            char c = text.charAt(tk.start[j]);
            if (lw != null && Lexicon.MODIFIERS.contains(lw)) {
                j++;
                skips++;
                continue;
            }
            if (Character.isUpperCase(c)) {
                boolean contentNext = j + 1 < n && tk.type[j + 1] == WORD && tk.gap[j + 1]
                        && Character.isLowerCase(text.charAt(tk.start[j + 1]))
                        && (tk.lower[j + 1] == null || !Lexicon.STOP.contains(tk.lower[j + 1]));
                if (contentNext) {
                    j++;    // "1,500 US troops", "35 European countries"
                    skips++;
                    continue;
                }
                // "150,000 Ukrainians have come": a capitalised plural noun is what is counted.
                if (lw == null && endsWith(j, "s") && !allUpper(j)) {
                    s.nounCapitalised = true;
                    s.nounFirst = tk.lowerOf(j);
                    s.nounEnd = j + 1;
                    return tk.lowerOf(j);
                }
                return null;
            }
            if (!Character.isLowerCase(c) || tk.end[j] - tk.start[j] < 2 || endsWith(j, "ly")
                    || (endsWith(j, "ed") && lw == null && !Lexicon.CASUALTIES.contains(tk.lowerOf(j)))) {
                return null;
            }
            s.nounEnd = j + 1;
            String noun = tk.lowerOf(j);
            s.nounFirst = noun;
            // "27 member states", "5,000 air defence missiles": singular words before a plural one modify it.
            for (int k = j + 1; s.compoundNouns && !noun.endsWith("s") && k < n && k <= j + 2; k++) {
                if (tk.type[k] != WORD || !tk.gap[k] || !Character.isLowerCase(text.charAt(tk.start[k]))
                        || (tk.lower[k] != null && Lexicon.STOP.contains(tk.lower[k])) || endsWith(k, "ly")) {
                    break;
                }
                if (endsWith(k, "s") && !endsWith(k, "ss")) {
                    s.nounEnd = k + 1;
                    return tk.lowerOf(k);
                }
            }
            return noun;
        }
        return null;
    }

    /**
     * A number right after a capitalised word that is not sentence-initial is a name: "Article 5",
     * "Section 230", "Boeing 737", "Russia 24". Function words, hedges and months do not make labels.
     */
    boolean softLabel(int t) {
        int p = t - 1;
        if (p >= 0 && tk.gap[t] && tk.type[p] == WORD && tk.lower[p] != null && !tk.capitalised(p)
                && Lexicon.LABEL_WORDS.contains(tk.lower[p])) {
            return true;    // "page 3", "magnitude 6.2", "day 3"
        }
        if (p > 0 && tk.isSym(p, '.') && !tk.gap[p] && tk.isWord(p - 1, "no") && tk.capitalised(p - 1)) {
            return true;    // "No. 10"
        }
        if (p < 0 || !tk.gap[t] || tk.type[p] != WORD || !tk.capitalised(p)) {
            return false;
        }
        String w = tk.lower[p];
        // Even at the start of a sentence ("Article 5, at the heart of..."): the function words that
        // usually open a sentence before a number are all in NOT_LABEL.
        return w == null || !Lexicon.NOT_LABEL.contains(w);
    }

    /**
     * Digits glued into a name: "B-2", "F-16", "Covid-19", "ABC-12345", "24/7", "#5", "10:30".
     * A year glued to "mid-", "pre-" or "post-" is still a year.
     */
    boolean hardLabel(int t) {
        if (t > 0 && !tk.gap[t]) {
            int p = t - 1;
            char c = tk.symAt(p);
            if (isHyphen(p)) {
                if (p > 0 && !tk.gap[p]) {
                    if (tk.type[p - 1] == WORD) {
                        String w = tk.lower[p - 1];
                        return w == null || !Lexicon.YEAR_PREFIXES.contains(w);
                    }
                    if (isYear(p - 1) && isYear(t)) {
                        return false;   // "2019-2023": two years
                    }
                    return tk.type[p - 1] != SYM;
                }
            } else if (c == '/') {
                return p > 0 && tk.type[p - 1] == NUM;   // "24/7", but "six bedroom/10 bathroom" counts
            } else if (c == '#' || c == '.' || c == ':' || c == '_' || c == '@' || c == '&' || c == '№'
                    || c == '\\') {
                return true;
            } else if (tk.type[p] == ID || tk.type[p] == WORD || tk.type[p] == NUM) {
                return true;
            }
        }
        int a = t + 1;
        if (a + 1 < tk.n && !tk.gap[a] && !tk.gap[a + 1] && tk.type[a + 1] == NUM) {
            char c = tk.symAt(a);
            return c == '/' || c == ':' || c == '_' || c == '@' || c == '.' || c == '\\';
        }
        return false;
    }

    /**
     * "A crowd of 82,000": a number with no noun after it counts what the collective noun before it
     * is made of, so it can be compared with "82,317 fans"; null when no such noun precedes it.
     */
    String collective(int t0) {
        if (!tk.isWord(t0 - 1, "of")) {
            return null;
        }
        int w = t0 - 2;
        return w >= 0 && tk.type[w] == WORD && tk.lower[w] != null && Lexicon.CROWD_WORDS.contains(tk.lower[w])
                ? "spectators" : null;
    }

    /** A plural noun, as a year-like number before it needs to be a count ("2000 servicemen"). */
    boolean plural(String noun) {
        return noun.endsWith("s") || Lexicon.IRREGULAR_PLURALS.contains(noun) || noun.endsWith("men") && noun.length() > 5;
    }
}
