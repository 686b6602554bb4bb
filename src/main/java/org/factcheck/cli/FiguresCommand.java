package org.factcheck.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.factcheck.figures.Figure;
import org.factcheck.figures.FigureExtractor;
import org.factcheck.figures.Kind;
import org.factcheck.export.ReportJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code figures}: the figures the engine reads in text files, for editors and scripts. */
@Command(name = "figures", mixinStandardHelpOptions = true,
        description = {"Prints the figures found in text files.",
                "JSON: one array of {file, start, end, text, kind, value, unit, low, high, readLow, readHigh};"
                        + " start/end are zero-based character offsets into the file's text, end exclusive;"
                        + " low/high is what the text states, readLow/readHigh what a careful reader accepts.",
                "Give --published to resolve relative dates (\"last week\", \"on Friday\", \"in March\") as"
                        + " the build does with the article's published date."})
final class FiguresCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON array instead of lines.")
    private boolean json;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "The article's published date, used to resolve relative and year-less dates.")
    private String published;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Text files to read.")
    private List<Path> files;

    @Override
    public Integer call() throws IOException {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        List<Object> all = new ArrayList<>();
        int status = 0;
        LocalDate date = null;
        if (published != null) {
            try {
                date = LocalDate.parse(published.strip());
            } catch (DateTimeParseException e) {
                err.println("error: --published: expected an ISO date such as 2026-02-01, found '" + published + "'");
                err.flush();
                return 2;
            }
        }
        for (Path file : files) {
            String text;
            try {
                text = org.factcheck.files.TextFiles.read(file);
            } catch (CharacterCodingException e) {
                err.println(file + ": error: not valid UTF-8 text");
                status = 1;
                continue;
            } catch (IOException e) {
                err.println(file + ": error: cannot read: " + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage()));
                status = 1;
                continue;
            }
            // Line and column advance with the figures, which come in order: one pass over the text.
            int line = 1;
            int col = 1;
            int at = 0;
            for (Figure f : FigureExtractor.extract(text, date)) {
                if (json) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("file", file.toString());
                    m.put("start", f.start());
                    m.put("end", f.end());
                    m.putAll(ReportJson.figure(f));
                    m.put("readLow", bound(f, f.readLow()));
                    m.put("readHigh", bound(f, f.readHigh()));
                    all.add(m);
                } else {
                    if (f.start() < at) {
                        line = 1;
                        col = 1;
                        at = 0;
                    }
                    for (; at < f.start(); at++) {
                        if (text.charAt(at) == '\n') {
                            line++;
                            col = 1;
                        } else {
                            col++;
                        }
                    }
                    out.println(file + ":" + line + ":" + col + ": " + f.kind().id() + " \"" + f.text() + "\" = " + f.normalised()
                            + (f.kind() == Kind.DATE ? "" : " (read " + FigureExtractor.reading(f) + ")"));
                }
            }
        }
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(all));
        }
        out.flush();
        err.flush();
        return status;
    }

    /** A reading bound for JSON: an ISO day for dates, a whole number as a long, null when unbounded. */
    private static Object bound(Figure f, Double b) {
        if (b == null) {
            return null;
        }
        if (f.kind() == Kind.DATE) {
            return LocalDate.ofEpochDay(b.longValue()).toString();
        }
        return b == Math.rint(b) && Math.abs(b) < 9.007199254740992E15 ? (Object) (long) b.doubleValue() : b;
    }
}
