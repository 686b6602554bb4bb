package org.factcheck.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** PrettyJson writes any tree of values byte for byte as Jackson's pretty UTF-8 writer, as report.json had it. */
class PrettyJsonPropertiesTest {

    private static final String[] PIECES = {"a", "Zélensky", "\"", "\\", "\n", "\t", "\b", "\f", "\r", "\u0000", "\u0001",
        "\u001f", "\u007f", "\u0080", "\u07ff", "\u0800", "\u2028", "\uffff", "🙂", "\ud835\udc00", "\ud800", "\udc00x", "/",
        "</script>", "中", " ", "'", "€"};

    private static Object tree(Random r, int depth) {
        int kind = r.nextInt(depth > 3 ? 6 : 8);
        switch (kind) {
            case 0: return null;
            case 1: return r.nextBoolean();
            case 2: return r.nextLong() >> r.nextInt(64);
            case 3: {
                double[] odd = {Double.NaN, Double.POSITIVE_INFINITY, -0.0, 1e-7, 1e21, 0.1, -2.5, Double.MIN_VALUE, 123456.789};
                return r.nextBoolean() ? odd[r.nextInt(odd.length)] : r.nextGaussian() * 1e6;
            }
            case 4:
            case 5: {
                StringBuilder s = new StringBuilder();
                for (int i = r.nextInt(6); i > 0; i--) {
                    s.append(PIECES[r.nextInt(PIECES.length)]);
                }
                return s.toString();
            }
            case 6: {
                List<Object> list = new ArrayList<>();
                for (int i = r.nextInt(4); i > 0; i--) {
                    list.add(tree(r, depth + 1));
                }
                return list;
            }
            default: {
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = r.nextInt(4); i > 0; i--) {
                    map.put("k" + i + PIECES[r.nextInt(PIECES.length)], tree(r, depth + 1));
                }
                return map;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void write(PrettyJson json, Object v) {
        if (v == null) {
            json.nul();
        } else if (v instanceof Boolean b) {
            json.bool(b);
        } else if (v instanceof Long l) {
            json.number(l);
        } else if (v instanceof Double d) {
            json.number(d);
        } else if (v instanceof String s) {
            json.string(s);
        } else if (v instanceof List<?> list) {
            json.startArray();
            list.forEach(e -> write(json, e));
            json.endArray();
        } else {
            json.startObject();
            ((Map<String, Object>) v).forEach((k, e) -> {
                json.field(k);
                write(json, e);
            });
            json.endObject();
        }
    }

    private static String jackson(Object tree) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        mapper.writer(printer).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, tree);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Property(tries = 3000)
    void writesWhatJacksonWrites(@ForAll long seed) throws Exception {
        Object tree = tree(new Random(seed), 0);
        PrettyJson json = new PrettyJson(0, 16);
        write(json, tree);
        assertEquals(jackson(tree), new String(json.bytes(), StandardCharsets.UTF_8), String.valueOf(tree));
    }
}
