package org.factcheck;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tool's tests pass with any desk's content: no test source names the repository root's
 * {@code content/} or {@code seeds/} (a path that starts at the working directory), only fixture
 * roots under src/test/resources, which tests resolve against a root of their own.
 */
class NoRepoContentTest {

    /**
     * A string literal that is a working-directory path into content or seeds: "content", "seeds",
     * "./content/…", "seeds/x.txt", or the repository root itself ("." or "") handed to Path.of.
     */
    static final Pattern REPO_PATH = Pattern.compile(
            "Path\\.of\\(\\s*\"(\\./)?(content|seeds)(/[^\"]*)?\"|Paths\\.get\\(\\s*\"(\\./)?(content|seeds)(/[^\"]*)?\""
                    + "|Path\\.of\\(\\s*\"\\.?\"\\s*\\)\\.toAbsolutePath|Path\\.of\\(\\s*\"\\.?\"\\s*\\)\\s*[,)]\\s*[^;]*(build|check|load)"
                    + "|(build|check|load)\\(\\s*Path\\.of\\(\\s*\"\\.?\"\\s*\\)"
                    + "|new File\\(\\s*\"(\\./)?(content|seeds)"
                    + "|System\\.getProperty\\(\\s*\"[^\"]*\"\\s*,\\s*\"(content|seeds)\"\\s*\\)");

    static List<String> offences(String name, String source) {
        List<String> found = new ArrayList<>();
        Matcher m = REPO_PATH.matcher(source);
        while (m.find()) {
            int line = 1 + (int) source.substring(0, m.start()).chars().filter(c -> c == '\n').count();
            found.add(name + ":" + line + ": " + m.group());
        }
        return found;
    }

    @Test
    void noTestReadsTheRepositorysContentOrSeeds() throws IOException {
        List<String> found = new ArrayList<>();
        Path self = Path.of("src/test/java/org/factcheck/NoRepoContentTest.java");
        try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                if (!p.equals(self)) {
                    found.addAll(offences(p.toString(), Files.readString(p)));
                }
            }
        }
        assertEquals(List.of(), found, "tests must use fixture roots under src/test/resources, not the repository's content/ or seeds/");
    }

    @Test
    void thePatternCatchesTheWaysARootIsNamed() {
        for (String bad : List.of("Factcheck.build(Path.of(\".\"), out)", "Path.of(\"content\")", "Files.walk(Path.of(\"content\"))",
                "Path.of(\"seeds\")", "Path.of(\"content/pages/methodology.md\")", "Path.of(\"\").toAbsolutePath()",
                "Path.of(System.getProperty(\"figures.seeds\", \"seeds\"))", "Paths.get(\"./seeds/a.txt\")")) {
            assertEquals(1, offences("x", bad).size(), bad);
        }
        for (String fine : List.of("root.resolve(\"content/claims\")", "Roots.desk(\"other\").resolve(\"seeds\")",
                "Format.TEXT.write(r, d, Path.of(\"\"), out)", "Path.of(\"src/test/resources/roots\", name)")) {
            assertTrue(offences("x", fine).isEmpty(), fine);
        }
    }
}
