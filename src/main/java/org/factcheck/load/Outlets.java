package org.factcheck.load;

import java.text.Normalizer;

/**
 * The one identity of an outlet: "Alpha Daily", "Alpha-Daily" and "alpha daily" are the same
 * outlet for counting, for its page and for its slug. Every stage compares outlets by this key.
 */
public final class Outlets {

    private Outlets() {
    }

    /**
     * The outlet's key, also its page's slug: accents dropped, lower case, every run of characters
     * other than letters and digits one hyphen ("The Daily-Mail!" → "the-daily-mail").
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
        // text with non-ASCII letters pays for decomposing accents.
        String text = name;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) {
                text = Normalizer.normalize(text, Normalizer.Form.NFD);
                break;
            }
        }
        StringBuilder sb = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK) {
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
}
