package org.factcheck.figures;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The annotated sentences in {@code figures/fixture.txt}: each sentence with the figures a careful
 * fact-checker reads in it. The line format is described at the top of the file.
 */
final class Fixture {

    /** One expected figure: span, kind, value (ISO period for dates) and unit. */
    record Expected(int start, int end, String text, Kind kind, double value, String iso, String unit,
                    String read) {

        boolean matches(Figure f) {
            if (f.start() != start || f.end() != end || f.kind() != kind || !Objects.equals(f.unit(), unit)) {
                return false;
            }
            if (read != null && !read.equals(readOf(f))) {
                return false;
            }
            if (kind == Kind.DATE) {
                return iso.equals(f.iso());
            }
            return close(f.value(), value);
        }

        @Override
        public String toString() {
            return kind.id() + " \"" + text + "\" " + (kind == Kind.DATE ? iso : Numbers.format(value)) + " "
                    + (unit == null ? "-" : unit) + (read == null ? "" : " read " + read);
        }
    }

    /** A figure's reading interval in the fixture's notation, each bound to 12 significant digits. */
    static String readOf(Figure f) {
        return bound(f.readLow(), "-inf") + ".." + bound(f.readHigh(), "inf");
    }

    private static String bound(Double b, String none) {
        if (b == null) {
            return none;
        }
        return new java.math.BigDecimal(b).round(new java.math.MathContext(12)).stripTrailingZeros().toPlainString();
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
    }

    /** A sentence, its article's published date (or null) and what should be read in it. */
    record Sentence(int line, String text, LocalDate published, List<Expected> expected, String known) {
        @Override
        public String toString() {
            return "line " + line + ": " + (text.length() > 70 ? text.substring(0, 70) + "…" : text);
        }
    }

    private Fixture() {
    }

    static List<Sentence> load() {
        return load("/figures/fixture.txt");
    }

    /** The sentences of a fixture file on the test class path ("/figures/heldout.txt"). */
    static List<Sentence> load(String resource) {
        InputStream in = Fixture.class.getResourceAsStream(resource);
        Objects.requireNonNull(in, resource + " on the test class path");
        List<Sentence> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            LocalDate published = null;
            String text = null;
            int textLine = 0;
            String known = null;
            List<Expected> expected = new ArrayList<>();
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.startsWith("> ") || line.startsWith("@published ")) {
                    if (text != null) {
                        out.add(new Sentence(textLine, text, published, List.copyOf(expected), known));
                    }
                    text = null;
                    known = null;
                    expected.clear();
                }
                if (line.startsWith("@published ")) {
                    String d = line.substring(11).trim();
                    published = d.equals("none") ? null : LocalDate.parse(d);
                } else if (line.startsWith("> ")) {
                    text = line.substring(2);
                    textLine = no;
                } else if (line.startsWith("~ ")) {
                    known = line.substring(2);
                } else if (!line.isBlank() && !line.startsWith("#")) {
                    if (text == null) {
                        throw new IllegalStateException("line " + no + ": expectation before any sentence");
                    }
                    expected.add(parse(text, line, no));
                }
            }
            if (text != null) {
                out.add(new Sentence(textLine, text, published, List.copyOf(expected), known));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Expected parse(String sentence, String line, int no) {
        int q1 = line.indexOf('"');
        int q2 = line.lastIndexOf('"');
        if (q1 < 0 || q2 <= q1) {
            throw new IllegalStateException("line " + no + ": no quoted span in " + line);
        }
        Kind kind = Kind.valueOf(line.substring(0, q1).trim().toUpperCase(java.util.Locale.ROOT));
        String span = line.substring(q1 + 1, q2);
        String[] rest = line.substring(q2 + 1).trim().split("\\s+");
        int occurrence = 1;
        int restAt = 0;
        if (rest[0].startsWith("@")) {
            occurrence = Integer.parseInt(rest[0].substring(1));
            restAt = 1;
        }
        int start = -1;
        for (int k = 0; k < occurrence; k++) {
            start = sentence.indexOf(span, start + 1);
        }
        if (start < 0) {
            throw new IllegalStateException("line " + no + ": span \"" + span + "\" not in sentence");
        }
        String valueText = rest[restAt];
        String unit = rest.length > restAt + 1 && !rest[restAt + 1].equals("-") ? rest[restAt + 1] : null;
        String read = null;
        for (int k = restAt + 1; k + 1 < rest.length; k++) {
            if (rest[k].equals("read")) {
                String[] lh = rest[k + 1].split("\\.\\.");
                read = norm(lh[0]) + ".." + norm(lh[1]);
            }
        }
        if (kind == Kind.DATE) {
            return new Expected(start, start + span.length(), span, kind, Double.NaN, valueText, null, read);
        }
        return new Expected(start, start + span.length(), span, kind, eval(valueText), null, unit, read);
    }

    private static String norm(String b) {
        if (b.equals("inf") || b.equals("-inf")) {
            return b;
        }
        return new java.math.BigDecimal(eval(b)).round(new java.math.MathContext(12)).stripTrailingZeros()
                .toPlainString();
    }

    /** "8e11", "44600*2.589988110336", "200/3". */
    private static double eval(String s) {
        double v = 1;
        for (String factor : s.split("\\*")) {
            String[] div = factor.split("/");
            double f = Double.parseDouble(div[0]);
            for (int i = 1; i < div.length; i++) {
                f /= Double.parseDouble(div[i]);
            }
            v *= f;
        }
        return v;
    }
}
