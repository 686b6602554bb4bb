package org.factcheck.load;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads {@code content/articles/*.yaml} and {@code content/claims/*.yaml} under a root into a
 * {@link Corpus}. Files are parsed in parallel; every problem is collected with its location.
 */
public final class Loader {

    /** Ids become file names and URL parts, so they are kept to a safe alphabet. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Set<String> ARTICLE_FIELDS = Set.of("id", "title", "outlet", "published", "url", "file",
            "from", "to", "inferred", "note");
    private static final Set<String> INFERABLE = Set.of("title", "outlet", "published", "url");
    private static final Set<String> CLAIM_FIELDS = Set.of("id", "title", "topic", "claim", "sources", "note",
            "expect", "rating", "tolerance");
    private static final Set<String> SOURCE_FIELDS = Set.of("article", "quote", "figure", "as_of");
    /** The status ids a claim's {@code expect} may name. */
    public static final List<String> STATUSES = List.of("unanchored", "ambiguous", "conflicting", "corroborated",
            "single-source");

    private final Path root;

    private Loader(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** Loads the content under {@code root}. Never throws for bad content: problems are in the corpus. */
    public static Corpus load(Path root) {
        return new Loader(root).load();
    }

    private Corpus load() {
        List<Diagnostic> problems = Collections.synchronizedList(new ArrayList<>());
        if (!Files.isDirectory(root.resolve("content"))) {
            problems.add(Diagnostic.contentError(Location.of(root.toString()), Files.isDirectory(root)
                    ? "no content/ directory here; is this a factcheck root (content/articles, content/claims)?"
                    : "no such directory"));
            return new Corpus(root, List.of(), Map.of(), List.of(), problems);
        }
        List<Article> articles = new ArrayList<>(parseAll(root.resolve("content/articles"), problems, this::article));
        List<Claim> claims = new ArrayList<>(parseAll(root.resolve("content/claims"), problems, this::claim));
        articles.sort(Comparator.comparing(Article::id));
        claims.sort(Comparator.comparing(Claim::id));

        Map<String, Article> byId = new HashMap<>();
        for (Article a : articles) {
            Article first = byId.putIfAbsent(a.id(), a);
            if (first != null) {
                problems.add(Diagnostic.contentError(a.at(), "duplicate article id '" + a.id() + "' (also " + first.at().file() + ")"));
            }
        }
        Map<String, Claim> claimsById = new HashMap<>();
        for (Claim c : claims) {
            Claim first = claimsById.putIfAbsent(c.id(), c);
            if (first != null) {
                problems.add(Diagnostic.contentError(c.at(), "duplicate claim id '" + c.id() + "' (also " + first.at().file() + ")"));
            }
            for (Source s : c.sources()) {
                if (!byId.containsKey(s.article())) {
                    String near = Names.closest(s.article(), byId.keySet());
                    problems.add(Diagnostic.contentError(s.articleAt(), "unknown article '" + s.article() + "'"
                            + (near != null ? "; did you mean '" + near + "'?" : "; no file content/articles/" + s.article() + ".yaml")));
                }
            }
        }
        List<Diagnostic> sorted = new ArrayList<>(problems);
        sorted.sort(DIAGNOSTIC_ORDER);
        return new Corpus(root, articles, byId, claims, sorted);
    }

    /** Orders diagnostics by file, line and column so every run prints them the same way. */
    public static final Comparator<Diagnostic> DIAGNOSTIC_ORDER = Comparator
            .comparing((Diagnostic d) -> d.at().file())
            .thenComparingInt(d -> d.at().line())
            .thenComparingInt(d -> d.at().column())
            .thenComparing(Diagnostic::message);

    private interface Parser<T> {
        T parse(String file, String id, YamlNode.Mapping doc, List<Diagnostic> problems);
    }

    private <T> List<T> parseAll(Path dir, List<Diagnostic> problems, Parser<T> parser) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> {
                String name = p.getFileName().toString();
                return (name.endsWith(".yaml") || name.endsWith(".yml")) && Files.isRegularFile(p);
            }).sorted().toList();
        } catch (IOException e) {
            problems.add(Diagnostic.contentError(Location.of(relative(dir)), "cannot list directory: " + e.getMessage()));
            return List.of();
        }
        return files.parallelStream()
                .map(path -> parseFile(path, problems, parser))
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    private <T> T parseFile(Path path, List<Diagnostic> problems, Parser<T> parser) {
        String file = relative(path);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path))).toString();
        } catch (CharacterCodingException e) {
            problems.add(Diagnostic.contentError(Location.of(file), "not valid UTF-8 text"));
            return null;
        } catch (IOException e) {
            problems.add(Diagnostic.contentError(Location.of(file), "cannot read: " + e.getMessage()));
            return null;
        }
        YamlNode doc;
        try {
            doc = YamlReader.read(file, text);
        } catch (YamlReader.YamlSyntaxException e) {
            problems.add(Diagnostic.contentError(e.at, e.getMessage()));
            return null;
        }
        if (!(doc instanceof YamlNode.Mapping mapping)) {
            problems.add(Diagnostic.contentError(doc == null ? Location.of(file) : doc.at(),
                    "expected a mapping of fields (title: …), found " + (doc == null ? "an empty file" : doc.describe())));
            return null;
        }
        String name = path.getFileName().toString();
        String id = name.substring(0, name.lastIndexOf('.'));
        List<Diagnostic> local = new ArrayList<>();
        T parsed = parser.parse(file, id, mapping, local);
        problems.addAll(local);
        return local.stream().anyMatch(Diagnostic::blocksBuild) ? null : parsed;
    }

    private String id(Fields f, String fileId, List<Diagnostic> problems) {
        String id = f.has("id") ? f.text("id", false) : fileId;
        if (id != null && !ID.matcher(id).matches()) {
            problems.add(Diagnostic.contentError(f.has("id") ? f.at("id") : f.at(),
                    "id '" + id + "' may hold only letters, digits, '.', '_' and '-', starting with a letter or digit"
                            + (f.has("id") ? "" : " (the id is the file name; rename the file or set 'id:')")));
        }
        return id;
    }

    private Article article(String file, String fileId, YamlNode.Mapping doc, List<Diagnostic> problems) {
        Fields f = new Fields(doc, "an article", ARTICLE_FIELDS, problems);
        String id = id(f, fileId, problems);
        String title = f.text("title", true);
        String outlet = f.text("outlet", true);
        var published = f.date("published", true);
        String url = f.text("url", false);
        if (url != null && !(url.startsWith("https://") || url.startsWith("http://"))) {
            problems.add(Diagnostic.contentError(f.at("url"), "field 'url' must be an http:// or https:// address, found '" + url + "'"));
        }
        String capture = capture(f, problems);
        String from = f.text("from", false);
        String to = f.text("to", false);
        List<String> inferred = f.words("inferred", INFERABLE);
        String note = f.text("note", false);
        return new Article(id, Location.of(file), title, outlet, published, url, capture, from, f.at("from"), to,
                f.at("to"), inferred, note);
    }

    /** The capture path, checked to stay inside the root and to exist. */
    private String capture(Fields f, List<Diagnostic> problems) {
        String value = f.text("file", true);
        if (value == null) {
            return null;
        }
        Path path;
        try {
            path = root.resolve(value).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            problems.add(Diagnostic.contentError(f.at("file"), "field 'file' is not a valid path: " + e.getReason()));
            return null;
        }
        if (Path.of(value).isAbsolute() || !path.startsWith(root)) {
            problems.add(Diagnostic.contentError(f.at("file"), "field 'file' must be a path inside the root (such as seeds/capture.txt), found '"
                    + value + "'"));
            return null;
        }
        try {
            if (!Files.isRegularFile(path) || !path.toRealPath().startsWith(root.toRealPath())) {
                problems.add(Diagnostic.contentError(f.at("file"), Files.exists(path)
                        ? "field 'file' must name a regular file inside the root, found '" + value + "'"
                        : "no such capture file '" + value + "'"));
                return null;
            }
        } catch (IOException e) {
            problems.add(Diagnostic.contentError(f.at("file"), "cannot read capture '" + value + "': " + e.getMessage()));
            return null;
        }
        return root.relativize(path).toString().replace('\\', '/');
    }

    private Claim claim(String file, String fileId, YamlNode.Mapping doc, List<Diagnostic> problems) {
        Fields f = new Fields(doc, "a claim", CLAIM_FIELDS, problems);
        String id = id(f, fileId, problems);
        String title = f.text("title", true);
        String topic = f.text("topic", true);
        String statement = f.text("claim", true);
        String note = f.text("note", false);
        String expect = f.text("expect", false);
        if (expect != null && !STATUSES.contains(expect.strip())) {
            String near = Names.closest(expect.strip(), STATUSES);
            problems.add(Diagnostic.contentError(f.at("expect"), "field 'expect' must be one of " + String.join(", ", STATUSES)
                    + ", found '" + expect + "'" + (near != null ? "; did you mean '" + near + "'?" : "")));
        }
        String rating = f.text("rating", false);
        Double tolerance = f.number("tolerance", 0, 1);
        List<Source> sources = new ArrayList<>();
        YamlNode node = f.node("sources");
        if (node == null) {
            problems.add(Diagnostic.contentError(f.at(), "a claim is missing required field 'sources' (a list of {article, quote})"));
        } else if (!(node instanceof YamlNode.Sequence seq) || seq.items().isEmpty()) {
            problems.add(Diagnostic.contentError(node.at(), "field 'sources' must be a non-empty list of {article, quote}, found "
                    + node.describe()));
        } else {
            for (YamlNode item : seq.items()) {
                if (!(item instanceof YamlNode.Mapping m)) {
                    problems.add(Diagnostic.contentError(item.at(), "each source must be a mapping with 'article' and 'quote', found "
                            + item.describe()));
                    continue;
                }
                Fields s = new Fields(m, "a source", SOURCE_FIELDS, problems);
                String article = s.text("article", true);
                String quote = s.text("quote", true);
                String figure = s.text("figure", false);
                var asOf = s.date("as_of", false);
                if (article != null && quote != null) {
                    sources.add(new Source(article.strip(), s.at("article"), quote, s.at("quote"), figure, s.at("figure"), asOf));
                }
            }
        }
        return new Claim(id, Location.of(file), title, topic, statement, sources, note,
                expect == null ? null : expect.strip(), f.at("expect"), rating, tolerance);
    }

    private String relative(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        return (abs.startsWith(root) ? root.relativize(abs) : abs).toString().replace('\\', '/');
    }
}
