package org.factcheck.model;

import java.text.Normalizer;

/**
 * The one identity of an outlet: "Alpha Daily", "Alpha-Daily" and "alpha daily" are the same
 * outlet for counting, for its page and for its slug. Every stage compares outlets by this key.
 */
public final class Outlets {

    private Outlets() {
    }

    /**
     * The outlet's key, also its page's slug: characters that do not show (zero-width spaces and
     * joiners, soft hyphens, word joiners, byte-order marks) dropped, compatibility forms folded
     * (NFKC: fullwidth "Ａ" is "a", "ﬁ" is "fi"), accents dropped, case folded, every run of
     * characters other than letters and digits one hyphen ("The Daily-Mail!" → "the-daily-mail").
     * Two spellings that look the same, letter for letter, get one key.
     */
    public static String key(String name) {
        // An archive has few outlet and topic names, each asked for thousands of times (every article, claim and
        // relies_on): remember the keys of the first few thousand names seen.
        String known = KEYS.get(name);
        if (known != null) {
            return known;
        }
        String key = compute(name);
        if (KEYS.size() < 4096) {
            KEYS.put(name, key);
        }
        return key;
    }

    private static final java.util.Map<String, String> KEYS = new java.util.concurrent.ConcurrentHashMap<>();

    private static String compute(String name) {
        // One pass over the characters (suggest calls this once per figure of an archive); only
        // text with non-ASCII characters pays for folding and decomposing.
        String text = name;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) {
                text = Normalizer.normalize(caseFold(text), Normalizer.Form.NFKD);
                break;
            }
        }
        StringBuilder sb = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK
                    || ignorable(cp)) {
                // An invisible character inside a word must not split it: "Dig", a zero-width space and "est" are "digest".
                continue;
            }
            if (Character.isLetter(cp) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                    || type == Character.OTHER_NUMBER) {
                if (gap && sb.length() > 0) {
                    sb.append('-');
                }
                gap = false;
                sb.appendCodePoint(Character.toLowerCase(cp));
            } else {
                gap = true;
            }
        }
        return sb.length() == 0 ? "x" : sb.toString();
    }

    /**
     * True for the default-ignorable characters, which show nothing: format characters (soft hyphen,
     * zero-width space and joiners, word joiner, bidi controls, byte-order mark, …) and the Hangul fillers.
     */
    public static boolean ignorable(int cp) {
        return cp > 127 && (Character.getType(cp) == Character.FORMAT || cp == 0x115F || cp == 0x1160 || cp == 0x3164
                || cp == 0xFFA0 || cp == 0x034F || cp >= 0xFE00 && cp <= 0xFE0F || cp >= 0xE0100 && cp <= 0xE01EF);
    }

    /**
     * Simple case folding, code point by code point: upper then lower case, so "ς" and "σ", "ſ" and
     * "s", "K" (Kelvin sign) and "k" fold alike, which lower-casing alone does not do.
     */
    private static String caseFold(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!ignorable(cp)) {
                sb.appendCodePoint(Character.toLowerCase(Character.toUpperCase(cp)));
            }
        }
        return sb.toString();
    }
}
