package org.factcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Every factcheck command the README and the handbook show must still parse: a renamed option or
 * command makes this fail, naming the file and line, so the docs cannot drift from the tool.
 * Concrete commands ({@code java -jar target/factcheck.jar check --format github}) are parsed by
 * picocli exactly as the command line parses them; synopses ({@code build [--root DIR] …}) must
 * name only options their command has.
 */
class DocsCommandsTest {

    /** A command as run: java -jar …factcheck….jar, bin/factcheck, or factcheck (an alias). */
    private static final Pattern RUN = Pattern.compile(
            "(?:java(?:\\s+-\\S+)*\\s+-jar\\s+\\S*factcheck\\S*\\.jar|bin/factcheck|(?<![\\w/.\\-])factcheck)[ \\t]+([^\\n`]*)");
    /** A synopsis in inline code: a command name followed by bracketed options. */
    private static final Pattern SYNOPSIS = Pattern.compile(
            "`((?:new claim|init|build|check|serve|suggest|figures)) ((?:[^`]*?)\\[[^`]*)`");
    private static final Pattern OPTION = Pattern.compile("(?<![\\w-])(--[a-z][a-z-]*)");

    record Found(String file, int line, String text) {
    }

    @Test
    void everyDocumentedCommandParses() throws IOException {
        List<Found> runs = new ArrayList<>();
        List<Found> synopses = new ArrayList<>();
        for (Path doc : docs()) {
            collect(doc, runs, synopses);
        }
        assertTrue(runs.size() >= 10, "expected the docs to show commands; found " + runs);
        List<String> broken = new ArrayList<>();
        for (Found run : runs) {
            List<String> args = arguments(run.text());
            if (args.isEmpty() || args.contains("COMMAND") || args.stream().anyMatch(a -> a.contains("…"))) {
                continue;
            }
            try {
                new CommandLine(new Main()).parseArgs(args.toArray(String[]::new));
            } catch (CommandLine.ParameterException e) {
                broken.add(run.file() + ":" + run.line() + ": `" + String.join(" ", args) + "`: " + e.getMessage());
            }
        }
        for (Found synopsis : synopses) {
            String command = SYNOPSIS.matcher("`" + synopsis.text() + "`").replaceFirst("$1");
            CommandSpec spec = subcommand(command);
            if (spec == null) {
                broken.add(synopsis.file() + ":" + synopsis.line() + ": unknown command in `" + synopsis.text() + "`");
                continue;
            }
            Matcher m = OPTION.matcher(synopsis.text());
            while (m.find()) {
                if (spec.findOption(m.group(1)) == null) {
                    broken.add(synopsis.file() + ":" + synopsis.line() + ": `" + spec.qualifiedName() + "` has no option " + m.group(1));
                }
            }
        }
        assertEquals(List.of(), broken, "commands in the docs that the tool no longer takes");
    }

    @Test
    void aRenamedOptionIsCaught() {
        // The check above is only worth having if a wrong option really fails to parse.
        List<String> args = arguments("check --formatt github");
        boolean failed = false;
        try {
            new CommandLine(new Main()).parseArgs(args.toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            failed = true;
        }
        assertTrue(failed);
        assertEquals(List.of("new", "claim", "--quote", "9,000 households"),
                arguments("new claim --quote \"9,000 households\" # a comment"));
    }

    private static List<Path> docs() throws IOException {
        List<Path> docs = new ArrayList<>();
        docs.add(Path.of("README.md"));
        try (Stream<Path> pages = Files.list(Path.of("src/site/markdown"))) {
            pages.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        return docs;
    }

    /** Finds commands in fenced blocks and inline code, joining shell line continuations. */
    private static void collect(Path doc, List<Found> runs, List<Found> synopses) throws IOException {
        List<String> lines = Files.readAllLines(doc, StandardCharsets.UTF_8);
        boolean fenced = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.strip().startsWith("```")) {
                fenced = !fenced;
                continue;
            }
            int number = i + 1;
            if (fenced) {
                StringBuilder joined = new StringBuilder(line);
                while (joined.toString().endsWith("\\") && i + 1 < lines.size()) {
                    joined.setLength(joined.length() - 1);
                    joined.append(' ').append(lines.get(++i).strip());
                }
                Matcher m = RUN.matcher(joined);
                while (m.find()) {
                    runs.add(new Found(doc.toString(), number, m.group(1)));
                }
                continue;
            }
            Matcher code = Pattern.compile("`([^`]+)`").matcher(line);
            while (code.find()) {
                Matcher m = RUN.matcher(code.group(1));
                while (m.find()) {
                    runs.add(new Found(doc.toString(), number, m.group(1)));
                }
            }
            Matcher s = SYNOPSIS.matcher(line);
            while (s.find()) {
                synopses.add(new Found(doc.toString(), number, s.group(1) + " " + s.group(2)));
            }
        }
    }

    /** The words of a shell command up to its end: a comment, a pipe, {@code &&}, {@code ||} or {@code ;}. */
    static List<String> arguments(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                word = word == null ? new StringBuilder() : word;
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else if ((c == '#' && word == null) || c == '|' || c == ';' || c == '&' || c == '>' || c == ')') {
                break;
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c);
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }

    private static CommandSpec subcommand(String name) {
        CommandLine cli = new CommandLine(new Main());
        for (String part : name.strip().split(" ")) {
            cli = cli.getSubcommands().get(part);
            if (cli == null) {
                return null;
            }
        }
        return cli.getCommandSpec();
    }
}
