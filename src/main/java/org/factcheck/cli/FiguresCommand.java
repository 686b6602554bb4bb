package org.factcheck.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.factcheck.figures.Figure;
import org.factcheck.figures.FigureExtractor;
import org.factcheck.render.ReportJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code figures}: the figures the engine reads in text files, for editors and scripts. */
@Command(name = "figures", mixinStandardHelpOptions = true,
        description = {"Prints the figures found in text files.",
                "JSON: one array of {file, start, end, text, kind, value, unit, low, high}; start/end are"
                        + " zero-based character offsets into the file's text, end exclusive."})
final class FiguresCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON array instead of lines.")
    private boolean json;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Text files to read.")
    private List<Path> files;

    @Override
    public Integer call() throws IOException {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        List<Object> all = new ArrayList<>();
        int status = 0;
        for (Path file : files) {
            String text;
            try {
                text = org.factcheck.load.TextFiles.read(file);
            } catch (CharacterCodingException e) {
                err.println(file + ": error: not valid UTF-8 text");
                status = 1;
                continue;
            } catch (IOException e) {
                err.println(file + ": error: cannot read: " + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage()));
                status = 1;
                continue;
            }
            // Line and column advance with the figures (they come in text order): one pass over the text.
            int line = 1;
            int col = 1;
            int at = 0;
            for (Figure f : FigureExtractor.extract(text)) {
                if (json) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("file", file.toString());
                    m.put("start", f.start());
                    m.put("end", f.end());
                    m.putAll(ReportJson.figure(f));
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
                    out.println(file + ":" + line + ":" + col + ": " + f.kind().id() + " \"" + f.text() + "\" = " + f.normalised());
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
}
