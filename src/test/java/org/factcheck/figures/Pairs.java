package org.factcheck.figures;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The hand-annotated sentence pairs in {@code pairs/*.txt}: two outlets' sentences
 * reporting one quantity, with the verdict a careful fact-checker gives. The line format is documented
 * at the top of each file; a malformed line is reported as {@code file:line:column: expected …}.
 */
final class Pairs {

    /** The verdict a careful fact-checker gives a pair. */
    enum Verdict {
        AGREE, CONFLICT, INCOMPARABLE,
        /** A vague quantity ("hundreds", "several") that the other figure falls within: never counted as agree. */
        CONSISTENT;

        static Verdict parse(String s) {
            return switch (s) {
                case "agree" -> AGREE;
                case "conflict" -> CONFLICT;
                case "incomparable" -> INCOMPARABLE;
                case "consistent" -> CONSISTENT;
                default -> null;
            };
        }

        String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One outlet's sentence: where it was published, when, and (optionally) which figure and what it counts. */
    record Side(int line, String outlet, LocalDate published, String sentence, String figure, String unit) {
        Side with(String key, String value) {
            return key.equals("figure") ? new Side(line, outlet, published, sentence, value, unit)
                    : new Side(line, outlet, published, sentence, figure, value);
        }
    }

    /** One annotated pair: its id, the expected verdict, the annotator's reason and the two sentences. */
    record Pair(String file, int line, String id, Verdict verdict, String why, Side a, Side b) {
        String where() {
            return file + ":" + line;
        }
    }

    private Pairs() {
    }

    /** Loads {@code /pairs/NAME.txt} from the test class path. */
    static List<Pair> load(String name) {
        String file = "pairs/" + name + ".txt";
        InputStream in = Pairs.class.getResourceAsStream("/" + file);
        Objects.requireNonNull(in, file + " on the test class path");
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(file, r.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the lines of one fixture file; {@code file} names it in error messages. */
    static List<Pair> parse(String file, List<String> lines) {
        List<Pair> out = new ArrayList<>();
        String id = null;
        Verdict verdict = null;
        String why = null;
        int headLine = 0;
        Side a = null;
        Side b = null;
        char last = 0;
        for (int i = 0; i < lines.size(); i++) {
            int n = i + 1;
            String raw = lines.get(i);
            String line = raw.strip();
            int col = raw.indexOf(line) + 1;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("A |") || line.startsWith("B |")) {
                if (id == null) {
                    throw error(file, n, col, "a pair line \"ID | VERDICT | WHY\" before this sentence");
                }
                char which = line.charAt(0);
                if ((which == 'A' && (a != null || b != null)) || (which == 'B' && (a == null || b != null))) {
                    throw error(file, n, col, which == 'A' ? "one A line per pair, before its B line"
                            : "one B line per pair, after its A line");
                }
                String[] f = line.split(" \\| ", -1);
                if (f.length != 4) {
                    throw error(file, n, col, "\"" + which + " | OUTLET | YYYY-MM-DD | SENTENCE\" (4 fields split by \" | \", got "
                            + f.length + ")");
                }
                String outlet = f[1].strip();
                String sentence = f[3].strip();
                if (outlet.isEmpty() || sentence.isEmpty()) {
                    throw error(file, n, col, "a non-empty outlet and sentence");
                }
                LocalDate published;
                try {
                    published = LocalDate.parse(f[2].strip());
                } catch (DateTimeParseException e) {
                    throw error(file, n, col + line.indexOf(f[2]), "a published date YYYY-MM-DD, got \"" + f[2].strip() + "\"");
                }
                Side side = new Side(n, outlet, published, sentence, null, null);
                if (which == 'A') {
                    a = side;
                } else {
                    b = side;
                }
                last = which;
                continue;
            }
            int colon = line.indexOf(':');
            String key = colon < 0 ? "" : line.substring(0, colon);
            if (key.equals("figure") || key.equals("unit")) {
                Side side = last == 'A' ? a : last == 'B' ? b : null;
                if (side == null) {
                    throw error(file, n, col, "\"" + key + ":\" right after the A or B sentence it belongs to");
                }
                String value = line.substring(colon + 1).strip();
                if (value.isEmpty()) {
                    throw error(file, n, col, "a value after \"" + key + ":\"");
                }
                if ((key.equals("figure") ? side.figure() : side.unit()) != null) {
                    throw error(file, n, col, "one \"" + key + ":\" per sentence");
                }
                if (last == 'A') {
                    a = side.with(key, value);
                } else {
                    b = side.with(key, value);
                }
                continue;
            }
            // a pair header: the previous pair must be complete
            if (id != null) {
                out.add(finish(file, headLine, id, verdict, why, a, b));
            }
            String[] f = line.split(" \\| ", -1);
            if (f.length != 3) {
                throw error(file, n, col, "\"ID | VERDICT | WHY\", \"A | …\", \"B | …\", \"figure: …\" or \"unit: …\"");
            }
            id = f[0].strip();
            if (!id.matches("[thb]\\d{3}")) {
                throw error(file, n, col, "an id like t001, h001 or b001, got \"" + id + "\"");
            }
            verdict = Verdict.parse(f[1].strip());
            if (verdict == null) {
                throw error(file, n, col + line.indexOf(f[1]), "agree, conflict, incomparable or consistent, got \"" + f[1].strip() + "\"");
            }
            why = f[2].strip();
            if (why.isEmpty()) {
                throw error(file, n, col + line.indexOf(f[2]), "a one-line reason after the verdict");
            }
            headLine = n;
            a = null;
            b = null;
            last = 0;
        }
        if (id != null) {
            out.add(finish(file, headLine, id, verdict, why, a, b));
        }
        return List.copyOf(out);
    }

    private static Pair finish(String file, int line, String id, Verdict verdict, String why, Side a, Side b) {
        if (a == null || b == null) {
            throw error(file, line, 1, "an A line and a B line for pair " + id);
        }
        return new Pair(file, line, id, verdict, why, a, b);
    }

    private static IllegalArgumentException error(String file, int line, int col, String expected) {
        return new IllegalArgumentException(file + ":" + line + ":" + col + ": expected " + expected);
    }
}
