package org.factcheck.load;

import org.factcheck.diagnostic.Diagnostic;
import org.factcheck.files.Limits;
import org.factcheck.diagnostic.Location;
import org.factcheck.diagnostic.Rule;
import org.factcheck.files.TextFiles;

import org.factcheck.site.SitePaths;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The desk's Markdown pages ({@code content/pages/*.md}), read under the same rules as every
 * content file, so {@code check} reports a bad page (not UTF-8, a folder named {@code x.md}, a
 * link outside the root, two files sharing one page) where {@code build} would otherwise fail.
 */
public final class Pages {

    private Pages() {
    }

    /** One page: its slug (the page's file name without .html), the file relative to the root, its Markdown. */
    public record Page(String name, String file, String markdown) {
    }

    /** The pages in file-name order; every problem goes to {@code problems}, located in its file. */
    public static List<Page> load(Path root, Limits limits, List<Diagnostic> problems) {
        Path dir = root.resolve("content/pages");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            problems.add(Diagnostic.contentError(Rule.OTHER, Location.of("content/pages"), "cannot list directory: " + e.getMessage()));
            return List.of();
        }
        List<Page> pages = new ArrayList<>();
        Map<String, String> bySlug = new HashMap<>();
        for (Path p : files) {
            String name = p.getFileName().toString();
            String file = "content/pages/" + name;
            String md;
            try {
                md = TextFiles.readInside(root, p, limits.contentFileBytes(), "content-file-bytes", true);
            } catch (TextFiles.MalformedTextException e) {
                problems.add(Diagnostic.contentError(Rule.OTHER, new Location(file, e.line(), e.column()), e.getMessage()));
                continue;
            } catch (IOException e) {
                problems.add(Diagnostic.contentError(Rule.OTHER, Location.of(file), Loader.readProblem(e)));
                continue;
            }
            MarkdownNesting.TooDeep deep = MarkdownNesting.check(md, limits);
            if (deep != null) {
                problems.add(Diagnostic.contentError(Rule.LIMIT, new Location(file, deep.line(), deep.column()), deep.problem()));
                continue;
            }
            String slug = Slugs.of(name.substring(0, name.length() - 3));
            String other = bySlug.putIfAbsent(slug, file);
            if (other != null) {
                problems.add(Diagnostic.contentError(Rule.DUPLICATE_ID, Location.of(file), "page " + file + " and page " + other
                        + " would both be written to " + SitePaths.textPage(slug) + "; rename one of them"));
                continue;
            }
            pages.add(new Page(slug, file, md));
        }
        return pages;
    }
}
