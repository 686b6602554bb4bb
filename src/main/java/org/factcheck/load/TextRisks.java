package org.factcheck.load;

import org.factcheck.diagnostic.Diagnostic;
import org.factcheck.diagnostic.Rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Characters that make what a reader sees differ from what the check reads: bidirectional
 * controls (which reorder the text around them on screen), decimal digits that are not ASCII
 * (which look like figures but are read as none) and words mixing Latin, Cyrillic and Greek
 * letters (which look like another outlet's name). Content files are scanned for them as they load.
 */
public final class TextRisks {

    private TextRisks() {
    }

    /**
     * True for the bidirectional formatting characters: the Arabic letter mark, the left-to-right and
     * right-to-left marks, the embeddings and overrides (U+202A–U+202E) and the isolates (U+2066–U+2069).
     */
    public static boolean bidiControl(int cp) {
        return cp == 0x061C || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
    }

    /**
     * True for a decimal digit other than ASCII 0–9: fullwidth, Arabic-Indic, Devanagari, mathematical
     * (a supplementary code point) and every other script's. The figure reader reads ASCII digits only.
     */
    public static boolean foreignDigit(int cp) {
        return cp > '9' && Character.isDigit(cp);
    }

    /** The index of the first bidirectional control in {@code text}, or −1. */
    public static int firstBidi(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // All bidi controls are in the BMP, so a char test is enough (and keeps the capture scan cheap).
            if (c >= 0x061C && bidiControl(c)) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the first non-ASCII decimal digit in {@code text}, or −1. */
    public static int firstForeignDigit(CharSequence text) {
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            if (cp > 127 && foreignDigit(cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    /** How many bidirectional controls {@code text} holds. */
    public static int countBidi(CharSequence text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (bidiControl(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** A character as an editor can look it up: "U+202E RIGHT-TO-LEFT OVERRIDE". */
    public static String describe(int cp) {
        String name = Character.getName(cp);
        return String.format(Locale.ROOT, "U+%04X", cp) + (name == null ? "" : " " + name);
    }

    /** The one-based column, counted in characters as an editor sees them (code points), of index {@code i} in {@code text}. */
    public static int column(CharSequence text, int i) {
        int lineStart = 0;
        for (int k = i - 1; k >= 0; k--) {
            if (text.charAt(k) == '\n') {
                lineStart = k + 1;
                break;
            }
        }
        return Character.codePointCount(text, lineStart, i) + 1;
    }

    /** The one-based line of index {@code i} in {@code text}. */
    public static int line(CharSequence text, int i) {
        int line = 1;
        for (int k = 0; k < i; k++) {
            if (text.charAt(k) == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * The first word of {@code name} that mixes letters of two of the Latin, Cyrillic and Greek
     * scripts ("Digеst" with a Cyrillic "е"), or null. Those three share look-alike letters; a word
     * mixing them is a spoof or a typing accident, never a real name. Other mixtures (Japanese
     * kana with Han, a Latin brand in a Cyrillic name as a separate word) are fine.
     */
    public static String mixedScriptWord(String name) {
        int wordStart = 0;
        int scripts = 0;
        for (int i = 0; i <= name.length(); ) {
            int cp = i < name.length() ? name.codePointAt(i) : ' ';
            int width = i < name.length() ? Character.charCount(cp) : 1;
            if (!Character.isLetter(cp) && Character.getType(cp) != Character.NON_SPACING_MARK && Character.getType(cp) != Character.FORMAT) {
                if (Integer.bitCount(scripts) > 1) {
                    return name.substring(wordStart, i);
                }
                scripts = 0;
                wordStart = i + width;
            } else {
                scripts |= scriptBit(cp);
            }
            i += width;
        }
        return null;
    }

    private static int scriptBit(int cp) {
        if (cp < 128) {
            return Character.isLetter(cp) ? 1 : 0;
        }
        return switch (Character.UnicodeScript.of(cp)) {
            case LATIN -> 1;
            case CYRILLIC -> 2;
            case GREEK -> 4;
            default -> 0;
        };
    }

    /**
     * The problems of one content file's values: a bidirectional control in any text value; a
     * non-ASCII digit in a quote or a {@code figure:}; a mixed-script word in an outlet name
     * ({@code outlet:}, {@code relies_on:}, site.yaml's {@code outlets:}). All are located errors
     * that stop the build, since the page would show the reader something the check did not read.
     */
    static List<Diagnostic> scan(Schemas.Kind kind, YamlNode.Mapping doc) {
        List<Diagnostic> out = new ArrayList<>();
        walk(kind, doc, null, null, out);
        return out;
    }

    private static void walk(Schemas.Kind kind, YamlNode node, String key, String parent, List<Diagnostic> out) {
        if (node instanceof YamlNode.Mapping m) {
            for (YamlNode.Entry e : m.entries().values()) {
                walk(kind, e.value(), e.key(), key, out);
            }
        } else if (node instanceof YamlNode.Sequence s) {
            for (YamlNode item : s.items()) {
                walk(kind, item, key, parent, out);
            }
        } else if (node instanceof YamlNode.Scalar sc && sc.value() != null) {
            scalar(kind, sc, key == null ? "value" : key, parent, out);
        }
    }

    private static void scalar(Schemas.Kind kind, YamlNode.Scalar sc, String key, String parent, List<Diagnostic> out) {
        String value = sc.value();
        int bidi = firstBidi(value);
        if (bidi >= 0) {
            int more = countBidi(value) - 1;
            out.add(Diagnostic.contentError(Rule.HIDDEN_TEXT, sc.at(), "field '" + key + "' holds a bidirectional control, "
                    + describe(value.charAt(bidi)) + ", at character " + column(value, bidi) + " of its value"
                    + (more > 0 ? " (and " + more + " more)" : "")
                    + "; it makes the text display in another order than it is read and checked; delete it"));
        }
        boolean quoteLike = kind == Schemas.Kind.CLAIM && "sources".equals(parent) && ("quote".equals(key) || "figure".equals(key));
        int digit = quoteLike ? firstForeignDigit(value) : -1;
        if (digit >= 0) {
            int cp = value.codePointAt(digit);
            out.add(Diagnostic.contentError(Rule.HIDDEN_TEXT, sc.at(), key + " contains digits that are not ASCII: '"
                    + new String(Character.toChars(cp)) + "' (" + describe(cp) + ") at column " + column(value, digit)
                    + "; the figure cannot be checked (the reader reads 0-9 only); cite a source that prints the figure in ASCII digits"));
        }
        boolean outletName = kind == Schemas.Kind.ARTICLE && "outlet".equals(key) || "relies_on".equals(key)
                || kind == Schemas.Kind.SITE && "outlets".equals(parent) && "name".equals(key);
        String word = outletName ? mixedScriptWord(value) : null;
        if (word != null) {
            out.add(Diagnostic.contentError(Rule.HIDDEN_TEXT, sc.at(), "outlet name '" + value + "' mixes Latin, Cyrillic or Greek letters in the word '"
                    + word + "' (" + scriptsOf(word) + "); such a name only looks like another outlet's; type it again in one script"));
        }
    }

    /** The letters of the word that are not of its commonest script: "'е' is U+0435 CYRILLIC SMALL LETTER IE". */
    private static String scriptsOf(String word) {
        int[] counts = new int[5];
        word.codePoints().forEach(cp -> counts[scriptBit(cp)]++);
        int major = counts[1] >= counts[2] && counts[1] >= counts[4] ? 1 : counts[2] >= counts[4] ? 2 : 4;
        List<String> odd = new ArrayList<>();
        word.codePoints().forEach(cp -> {
            int bit = scriptBit(cp);
            if (bit != 0 && bit != major && odd.size() < 3) {
                odd.add("'" + new String(Character.toChars(cp)) + "' is " + describe(cp));
            }
        });
        return String.join(", ", odd);
    }
}
