package org.factcheck.peer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factcheck.figures.Figure;
import org.factcheck.figures.FigureExtractor;
import org.factcheck.figures.Kind;
import org.junit.jupiter.api.Test;

/**
 * Runs a peer's money and percent test suite the way the peer runs it: Microsoft Recognizers-Text's English
 * {@code CurrencyModel.json} (commit 9b33be72dd68de63eff70e430550795402c53655) and {@code PercentModel.json}
 * (commit 3d569f4470fb40e8a06b68355e4acdef923aaf38), stored with their NOTICE under
 * {@code peer/recognizers-text/}. Every case's Input goes through the extractor; each expected result is
 * matched by a money (or percentage) figure whose span overlaps it, with the same value and currency.
 * Cases the peer marks NotSupported or NotSupportedByDesign for Java are skipped, and every other result
 * left out is listed with its reason in {@code exclusions.txt}. Precision, recall and F1 are over all the
 * rest, summed over both files.
 */
class RecognizersTextSuiteTest {
    private static final String DIR = "/peer/recognizers-text/";
    private static final double BAR = 0.95;

    /** Peer unit names without an ISO code, to factcheck's currency and the factor to its main unit. */
    private static final Map<String, Object[]> UNITS = new HashMap<>();

    static {
        UNITS.put("Dollar", new Object[] {"USD", 1.0});
        UNITS.put("Cent", new Object[] {"USD", 0.01});
        UNITS.put("Pound", new Object[] {"GBP", 1.0});
        UNITS.put("Pence", new Object[] {"GBP", 0.01});
        UNITS.put("Penny", new Object[] {"GBP", 0.01});
        UNITS.put("Franc", new Object[] {"CHF", 1.0});
        UNITS.put("Rupee", new Object[] {"INR", 1.0});
        UNITS.put("Finnish markka", new Object[] {"FIM", 1.0});
        UNITS.put("Peseta", new Object[] {"ESP", 1.0});
        UNITS.put("Netherlands guilder", new Object[] {"NLG", 1.0});
    }

    private int expected;
    private int found;
    private int correct;
    private final List<String> misses = new ArrayList<>();

    @Test
    void currencyAndPercentCasesScoreF1AtLeastTheBar() throws IOException {
        Map<String, String> excluded = exclusions();
        score("currency", Kind.MONEY, excluded);
        score("percent", Kind.PERCENT, excluded);
        double p = found == 0 ? 1 : (double) correct / found;
        double r = expected == 0 ? 1 : (double) correct / expected;
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        System.out.printf(Locale.ROOT, "Recognizers-Text money and percent: %d expected, %d found, %d correct, "
                + "precision %.3f, recall %.3f, F1 %.3f%n", expected, found, correct, p, r, f1);
        misses.forEach(m -> System.out.println("  " + m));
        assertTrue(f1 >= BAR, "F1 " + f1 + " below " + BAR + "; misses: " + misses);
    }

    private void score(String model, Kind kind, Map<String, String> excluded) throws IOException {
        String file = model.equals("currency") ? "CurrencyModel.json" : "PercentModel.json";
        JsonNode cases = new ObjectMapper().readTree(resource(file));
        for (JsonNode c : cases) {
            if (forJava(c, "NotSupported") || forJava(c, "NotSupportedByDesign")) {
                continue;
            }
            String input = c.get("Input").asText();
            String lower = input.toLowerCase(Locale.ROOT);
            List<Figure> figures = new ArrayList<>();
            for (Figure f : FigureExtractor.extract(input)) {
                if (f.kind() == kind) {
                    figures.add(f);
                }
            }
            List<Figure> unmatched = new ArrayList<>(figures);
            for (JsonNode res : c.get("Results")) {
                String text = res.get("Text").asText();
                int start = res.has("Start") ? res.get("Start").asInt() : lower.indexOf(text);
                int end = res.has("End") ? res.get("End").asInt() + 1 : start + text.length();
                if (excluded.containsKey(model + "|" + text)) {
                    unmatched.removeIf(f -> f.start() < end && start < f.end());   // not scored either way
                }
            }
            found += unmatched.size();
            for (JsonNode res : c.get("Results")) {
                String text = res.get("Text").asText();
                int start = res.has("Start") ? res.get("Start").asInt() : lower.indexOf(text);
                int end = res.has("End") ? res.get("End").asInt() + 1 : start + text.length();
                if (excluded.containsKey(model + "|" + text)) {
                    continue;
                }
                expected++;
                Figure hit = null;
                for (Figure f : unmatched) {
                    if (f.start() < end && start < f.end() && same(res.get("Resolution"), f, kind)) {
                        hit = f;
                        break;
                    }
                }
                if (hit == null) {
                    misses.add("missed " + model + " \"" + text + "\" in: " + input + " (read: " + figures + ")");
                } else {
                    unmatched.remove(hit);
                    correct++;
                }
            }
            for (Figure f : unmatched) {
                misses.add("extra " + model + " \"" + f.text() + "\" in: " + input);
            }
        }
    }

    private static boolean same(JsonNode resolution, Figure f, Kind kind) {
        String v = resolution.get("value").asText();
        if (kind == Kind.PERCENT) {
            return "%".equals(f.unit()) && close(Double.parseDouble(v.replace("%", "")), f.value());
        }
        String unit = resolution.get("unit").asText();
        String iso = resolution.has("isoCurrency") ? resolution.get("isoCurrency").asText() : null;
        Object[] u = UNITS.get(unit);
        double factor = u == null ? 1 : (double) u[1];
        String cur = iso != null ? iso : u == null ? null : (String) u[0];
        return cur != null && cur.equals(f.unit()) && close(Double.parseDouble(v) * factor, f.value());
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
    }

    private static boolean forJava(JsonNode c, String field) {
        // "java" as a word of the list, not the "java" inside "javascript"
        return c.has(field) && c.get(field).asText().toLowerCase(Locale.ROOT).replace("javascript", "").contains("java");
    }

    /** "model|Text" to the reason the expected result is left out, from exclusions.txt. */
    private static Map<String, String> exclusions() throws IOException {
        Map<String, String> out = new HashMap<>();
        try (InputStream in = resource("exclusions.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] p = line.split("\\|", 3);
                out.put(p[0].strip() + "|" + p[1].strip(), p[2].strip());
            }
        }
        return out;
    }

    private static InputStream resource(String name) {
        InputStream in = RecognizersTextSuiteTest.class.getResourceAsStream(DIR + name);
        if (in == null) {
            throw new IllegalStateException(DIR + name + " on the test class path");
        }
        return in;
    }
}
