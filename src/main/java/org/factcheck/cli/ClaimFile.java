package org.factcheck.cli;

import java.util.List;
import java.util.Locale;

/**
 * Writes claim files as an editor would: the schema line first (so the editor's YAML plugin
 * completes and checks it), double-quoted values (so a quote holding ": " or "#" stays text),
 * and comments where the desk must still decide something.
 */
final class ClaimFile {

    /**
     * One source of a draft: article id, the verbatim quote, the figure to pick (or null), a comment (or
     * null), and optionally the {@code unit:}, {@code as_of:} and {@code relies_on:} discovery settled.
     */
    record DraftSource(String article, String quote, String figure, String comment, String unit, java.time.LocalDate asOf,
                       String reliesOn) {

        DraftSource(String article, String quote, String figure, String comment) {
            this(article, quote, figure, comment, null, null, null);
        }
    }

    private ClaimFile() {
    }

    static String yaml(String title, String topic, String claim, List<DraftSource> sources, String note) {
        return yaml(title, topic, claim, sources, note, null);
    }

    /** As above, with the status the draft is expected to check with (or null). */
    static String yaml(String title, String topic, String claim, List<DraftSource> sources, String note, String expect) {
        StringBuilder sb = new StringBuilder();
        sb.append("# yaml-language-server: $schema=../../schema/claim.schema.json\n");
        sb.append("title: ").append(quoted(title)).append('\n');
        sb.append("topic: ").append(quoted(topic)).append('\n');
        sb.append("claim: ").append(quoted(claim)).append('\n');
        sb.append("sources:\n");
        for (DraftSource s : sources) {
            sb.append("  - article: ").append(s.article()).append('\n');
            sb.append("    quote: ").append(quoted(s.quote())).append('\n');
            if (s.figure() != null) {
                sb.append("    figure: ").append(quoted(s.figure()));
                if (s.comment() != null) {
                    sb.append("   # ").append(s.comment().replace('\n', ' '));
                }
                sb.append('\n');
            } else if (s.comment() != null) {
                sb.append("    # ").append(s.comment().replace('\n', ' ')).append('\n');
            }
            if (s.unit() != null) {
                sb.append("    unit: ").append(quoted(s.unit())).append('\n');
            }
            if (s.asOf() != null) {
                sb.append("    as_of: ").append(s.asOf()).append('\n');
            }
            if (s.reliesOn() != null) {
                sb.append("    relies_on: [").append(quoted(s.reliesOn())).append("]\n");
            }
        }
        if (note != null) {
            sb.append("note: ").append(quoted(note)).append('\n');
        }
        if (expect != null) {
            sb.append("expect: ").append(expect).append('\n');
        }
        return sb.toString();
    }

    /** A YAML double-quoted scalar: backslash, double quote and control characters escaped. */
    static String quoted(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '"' -> sb.append("\\\"");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\x%02x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** A file-name-safe id from words: lower case, letters and digits joined by '-', at most six words. */
    static String slug(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip().split(" ");
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (String w : words) {
            if (w.isEmpty() || n == 6) {
                continue;
            }
            String ascii = java.text.Normalizer.normalize(w, java.text.Normalizer.Form.NFD).replaceAll("[^a-z0-9]", "");
            if (ascii.isEmpty()) {
                continue;
            }
            sb.append(sb.length() == 0 ? "" : "-").append(ascii);
            n++;
        }
        return sb.length() == 0 ? "claim" : sb.toString();
    }

    /** The text shortened to about {@code max} characters at a word boundary, with an ellipsis. */
    static String shorten(String text, int max) {
        String t = text.strip().replaceAll("\\s+", " ");
        if (t.length() <= max) {
            return t;
        }
        int cut = t.lastIndexOf(' ', max);
        return t.substring(0, cut > max / 2 ? cut : max) + "…";
    }
}
