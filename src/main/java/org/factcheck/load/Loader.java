package org.factcheck.load;

import org.factcheck.model.Archive;
import org.factcheck.model.Article;
import org.factcheck.model.Claim;
import org.factcheck.model.Claimant;
import org.factcheck.model.Corpus;
import org.factcheck.model.Correction;
import org.factcheck.diagnostic.Diagnostic;
import org.factcheck.files.Limits;
import org.factcheck.diagnostic.Location;
import org.factcheck.model.Outlets;
import org.factcheck.diagnostic.Rule;
import org.factcheck.model.SiteSettings;
import org.factcheck.model.Source;
import org.factcheck.files.TextFiles;

import org.factcheck.site.SitePaths;

import java.io.IOException;
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

    /** What drafted claims (new claim, suggest --drafts) start unfinished fields with; check fails on it. */
    public static final String DRAFT = "TODO";
    /** Longest id: ids become file names. */
    private static final int MAX_ID = 200;

    /** Ids become file names and URL parts, so they are kept to a safe alphabet. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*");
    private static final Set<String> INFERABLE = Set.of("title", "outlet", "published", "url");

    private final Path root;
    private final Limits limits;
    /** Parses remembered from an earlier run, or null to parse every file. */
    private final LoadMemo memo;
    /** What a claim's own parse depends on besides its bytes: the labels of the desk's ratings. */
    private String claimContext = "";
    /** site.yaml's {@code require_expect}: every claim must then state the status it expects. */
    private boolean requireExpect;
    private SiteSettings settings = SiteSettings.defaults();
    /** Where each parsed article's or claim's id and its topic or outlet were written, for errors found across files. */
    private final Map<Object, Location[]> spots = Collections.synchronizedMap(new java.util.IdentityHashMap<>());
    /** Article files that exist but could not be loaded, by id: their claims must not say "no file". */
    private final Map<String, String> failedArticles = new java.util.concurrent.ConcurrentHashMap<>();

    private Loader(Path root, Limits limits, LoadMemo memo) {
        this.root = root.toAbsolutePath().normalize();
        this.limits = limits;
        this.memo = memo;
    }

    /**
     * Loads the content under {@code root} with the {@link Limits#current() current limits}. Never
     * throws for bad content: problems are in the corpus.
     */
    public static Corpus load(Path root) {
        Limits limits;
        try {
            limits = Limits.current();
        } catch (IllegalArgumentException e) {
            return badLimits(root, e);
        }
        return load(root, limits);
    }

    /** The corpus of a run whose limits cannot be read: nothing loaded, one error saying which property is wrong. */
    public static Corpus badLimits(Path root, IllegalArgumentException e) {
        return new Corpus(root.toAbsolutePath().normalize(), SiteSettings.defaults(), List.of(), Map.of(), List.of(),
                List.of(Diagnostic.contentError(Rule.OTHER, Location.of(root.toString()), e.getMessage())), Limits.DEFAULTS);
    }

    /** Loads the content under {@code root} with the given limits. */
    public static Corpus load(Path root, Limits limits) {
        return new Loader(root, limits, null).load();
    }

    /**
     * As {@link #load(Path, Limits)}, reusing from {@code memo} the parse of every article and claim
     * file that has not changed (the result is the same as without it), and telling it what was parsed.
     */
    public static Corpus load(Path root, Limits limits, LoadMemo memo) {
        return new Loader(root, limits, memo).load();
    }

    /**
     * Null when {@code id} may name an article or claim (and so a file and a page), else why not.
     */
    public static String idProblem(String id) {
        if (id == null || id.isEmpty()) {
            return "an id may not be empty";
        }
        if (id.length() > MAX_ID) {
            return "an id may be at most " + MAX_ID + " characters long";
        }
        if (!ID.matcher(id).matches()) {
            return "id '" + id + "' may hold only letters, digits, '.', '_' and '-', starting with a letter or digit";
        }
        return null;
    }

    /** A read failure as an editor should read it (never the file's content). */
    static String readProblem(IOException e) {
        if (e instanceof TextFiles.RefusedFileException || e instanceof TextFiles.TooLargeException) {
            return e.getMessage();
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        return "cannot read: " + e.getMessage();
    }

    private Corpus load() {
        List<Diagnostic> problems = Collections.synchronizedList(new ArrayList<>());
        if (!Files.isDirectory(root.resolve("content"))) {
            problems.add(Diagnostic.contentError(Rule.OTHER, Location.of(root.toString()), Files.isDirectory(root)
                    ? "no content/ directory here; is this a factcheck root (content/articles, content/claims)?"
                    : "no such directory"));
            return new Corpus(root, settings, List.of(), Map.of(), List.of(), problems, limits);
        }
        Path siteFile = root.resolve("content/site.yaml");
        if (Files.exists(siteFile, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            SiteSettings parsed = parseFile(siteFile, problems, Schemas.Kind.SITE, this::settings);
            if (parsed != null) {
                settings = parsed;
            }
        }
        StringBuilder labels = new StringBuilder();
        settings.ratings().forEach(r -> labels.append(r.label().length()).append(':').append(r.label()).append(';'));
        claimContext = (requireExpect ? "expect;" : "") + labels;
        List<Article> articles = new ArrayList<>(parseAll(root.resolve("content/articles"), problems, Schemas.Kind.ARTICLE, this::article));
        List<Claim> claims = new ArrayList<>(parseAll(root.resolve("content/claims"), problems, Schemas.Kind.CLAIM, this::claim));
        articles.sort(Comparator.comparing(Article::id));
        claims.sort(Comparator.comparing(Claim::id));
        articles = oneNamePerOutlet(articles);

        Map<String, Article> byId = unique(articles, "article", Article::id, Article::at, problems);
        for (Article a : articles) {
            if (SitePaths.overArticleList(a.id())) {
                Location idAt = spots.get(a)[0];
                problems.add(Diagnostic.contentError(Rule.INVALID_VALUE, idAt != null ? idAt : a.at(), "article id '" + a.id()
                        + "' would be written over a page of the article list, " + SitePaths.article(a.id()) + "; rename the file or set another 'id:'"));
            }
        }
        unique(claims, "claim", Claim::id, Claim::at, problems);
        slugs(articles, "outlet", SitePaths.OUTLETS, SitePaths::outlet, Article::outlet, Article::at, problems);
        slugs(claims, "topic", SitePaths.TOPICS, SitePaths::topic, Claim::topic, Claim::at, problems);
        for (Claim c : claims) {
            for (Source s : c.sources()) {
                if (!byId.containsKey(s.article())) {
                    String failed = failedArticles.get(s.article());
                    if (failed != null) {
                        problems.add(Diagnostic.contentError(Rule.UNKNOWN_ARTICLE, s.articleAt(), "article '" + s.article()
                                + "' could not be loaded; fix the errors reported in " + failed));
                        continue;
                    }
                    String near = Names.closest(s.article(), byId.keySet());
                    problems.add(Diagnostic.contentError(Rule.UNKNOWN_ARTICLE, s.articleAt(), "unknown article '" + s.article() + "'"
                            + (near != null ? "; did you mean article '" + near + "'?" : "; no file content/articles/" + s.article() + ".yaml")));
                }
            }
        }
        Links.checkReliesOn(settings, articles, claims, problems);
        Links.checkRepublishes(articles, byId, problems);
        problems.addAll(OutletNames.lookAlikes(OutletNames.of(settings, articles, a -> spots.containsKey(a) ? spots.get(a)[1] : null)));
        Pages.load(root, limits, problems);
        List<Diagnostic> sorted = new ArrayList<>(problems);
        sorted.sort(DIAGNOSTIC_ORDER);
        return new Corpus(root, settings, articles, byId, claims, sorted, limits);
    }

    /**
     * Spells every article's outlet one way: the name declared in site.yaml's {@code outlets:}, or
     * else the spelling of the first article (by id) with that outlet's key, so "Alpha-Daily" and
     * "alpha daily" are one outlet with one name on every page.
     */
    private List<Article> oneNamePerOutlet(List<Article> articles) {
        Map<String, String> names = new HashMap<>();
        settings.outlets().forEach((key, o) -> names.put(key, o.name()));
        List<Article> out = new ArrayList<>(articles.size());
        for (Article a : articles) {
            if (a.outlet() == null) {
                out.add(a);
                continue;
            }
            String name = names.computeIfAbsent(Outlets.key(a.outlet()), k -> a.outlet().strip());
            if (name.equals(a.outlet())) {
                out.add(a);
            } else {
                Article renamed = a.withOutlet(name);
                spots.put(renamed, spots.get(a));
                out.add(renamed);
            }
        }
        return out;
    }

    /**
     * The items by id; a second item with an id already taken (also ignoring letter case, since
     * pages claims/A.html and claims/a.html are one file on case-insensitive disks) is an error
     * naming both files, blamed on the file whose {@code id:} field took the id (else the later file).
     */
    private <T> Map<String, T> unique(List<T> items, String what, java.util.function.Function<T, String> id,
                                      java.util.function.Function<T, Location> at, List<Diagnostic> problems) {
        Map<String, T> byId = new HashMap<>();
        Map<String, T> byLower = new HashMap<>();
        for (T item : items) {
            String key = id.apply(item).toLowerCase(java.util.Locale.ROOT);
            T first = byLower.get(key);
            if (first == null) {
                byLower.put(key, item);
                byId.put(id.apply(item), item);
                continue;
            }
            T blamed = item;
            T kept = first;
            if (spots.get(first)[0] != null && spots.get(item)[0] == null) {
                // The earlier file took the id with 'id:'; the file named after the id is not the one to change.
                blamed = first;
                kept = item;
                byLower.put(key, item);
                byId.remove(id.apply(first));
                byId.put(id.apply(item), item);
            }
            Location idAt = spots.get(blamed)[0];
            String same = id.apply(blamed).equals(id.apply(kept)) ? "duplicate " + what + " id '" + id.apply(blamed) + "'"
                    : what + " id '" + id.apply(blamed) + "' differs from '" + id.apply(kept) + "' only in letter case (their pages would be one file on some disks)";
            problems.add(Diagnostic.contentError(Rule.DUPLICATE_ID, idAt != null ? idAt : at.apply(blamed),
                    same + " (also " + at.apply(kept).file() + ")"));
        }
        return byId;
    }

    /**
     * Two different names (topics "C++" and "C#") that would share one page ({@code page} of the
     * slug), or a name whose page would be the list of all of them ({@code list}), are an error
     * naming the files.
     */
    private <T> void slugs(List<T> items, String what, String list, java.util.function.UnaryOperator<String> page,
                           java.util.function.Function<T, String> name,
                           java.util.function.Function<T, Location> at, List<Diagnostic> problems) {
        Map<String, T> bySlug = new HashMap<>();
        for (T item : items) {
            String n = name.apply(item);
            if (n == null) {
                continue;
            }
            if (page.apply(Slugs.of(n)).equalsIgnoreCase(list)) {
                Location spot = spots.get(item)[1];
                problems.add(Diagnostic.contentError(Rule.INVALID_VALUE, spot != null ? spot : at.apply(item), what + " '" + n
                        + "' would be written over the list of all " + what + "s, " + list + "; choose another name"));
                continue;
            }
            T first = bySlug.putIfAbsent(Slugs.of(n), item);
            // Names that differ only in letter case or spacing are one outlet or topic, on purpose.
            if (first != null && !sameName(name.apply(first), n)) {
                Location spot = spots.get(item)[1];
                problems.add(Diagnostic.contentError(Rule.INVALID_VALUE, spot != null ? spot : at.apply(item), what + " '" + n + "' ("
                        + at.apply(item).file() + ") and " + what + " '" + name.apply(first) + "' (" + at.apply(first).file()
                        + ") would share one page, " + page.apply(Slugs.of(n)) + "; spell them the same or make them differ in letters or digits"));
            }
        }
    }

    private static boolean sameName(String a, String b) {
        if (a.equals(b)) {
            // The common case (every claim of one topic): no need to normalise spaces.
            return true;
        }
        return a.strip().replaceAll("\\s+", " ").equalsIgnoreCase(b.strip().replaceAll("\\s+", " "));
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

    private <T> List<T> parseAll(Path dir, List<Diagnostic> problems, Schemas.Kind kind, Parser<T> parser) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> {
                String name = p.getFileName().toString();
                return name.endsWith(".yaml") || name.endsWith(".yml");
            }).sorted().toList();
        } catch (IOException e) {
            problems.add(Diagnostic.contentError(Rule.OTHER, Location.of(relative(dir)), "cannot list directory: " + e.getMessage()));
            return List.of();
        }
        return files.parallelStream()
                .map(path -> parseFile(path, problems, kind, parser))
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    private <T> T parseFile(Path path, List<Diagnostic> problems, Schemas.Kind kind, Parser<T> parser) {
        String file = relative(path);
        String text;
        String name = path.getFileName().toString();
        String id = name.substring(0, name.lastIndexOf('.'));
        if (kind == Schemas.Kind.ARTICLE) {
            // Until it has loaded, the file is a failed article; claims citing it say so rather than "no file".
            failedArticles.putIfAbsent(id, file);
        }
        String context = kind == Schemas.Kind.CLAIM ? claimContext : "";
        if (memo != null && kind != Schemas.Kind.SITE) {
            LoadMemo.Parsed hit = memo.recall(file, context);
            if (hit != null && (kind == Schemas.Kind.ARTICLE ? hit.value() instanceof Article : hit.value() instanceof Claim)) {
                @SuppressWarnings("unchecked")
                T value = (T) hit.value();
                spots.put(value, new Location[] {hit.idAt(), hit.nameAt()});
                problems.addAll(hit.diagnostics());
                if (kind == Schemas.Kind.ARTICLE) {
                    failedArticles.remove(id, file);
                }
                return value;
            }
        }
        try {
            text = TextFiles.readInside(root, path, limits.contentFileBytes(), "content-file-bytes", true);
        } catch (TextFiles.MalformedTextException e) {
            problems.add(Diagnostic.contentError(Rule.OTHER, new Location(file, e.line(), e.column()), e.getMessage()));
            return null;
        } catch (IOException e) {
            problems.add(Diagnostic.contentError(e instanceof TextFiles.TooLargeException ? Rule.LIMIT : Rule.OTHER, Location.of(file), readProblem(e)));
            return null;
        }
        YamlNode doc;
        try {
            doc = YamlReader.read(file, text, limits.yamlDepth());
        } catch (YamlReader.YamlSyntaxException e) {
            problems.add(Diagnostic.contentError(Rule.YAML, e.at, e.getMessage()));
            return null;
        }
        if (!(doc instanceof YamlNode.Mapping mapping)) {
            problems.add(Diagnostic.contentError(Rule.OTHER, doc == null ? Location.of(file) : doc.at(),
                    "expected a mapping of fields (title: …), found " + (doc == null ? "an empty file" : doc.describe())));
            return null;
        }
        // The schema says what is structurally wrong; the parser adds what a schema cannot know
        // (a capture outside the root, a date that does not exist, an unknown rating). A spot the
        // schema already flagged is not flagged twice.
        List<Diagnostic> local = new ArrayList<>(Schemas.validate(kind, mapping));
        Set<Location> flagged = new java.util.HashSet<>();
        local.forEach(d -> flagged.add(d.at()));
        List<Diagnostic> semantic = new ArrayList<>();
        T parsed = parser.parse(file, id, mapping, semantic);
        semantic.stream().filter(d -> !flagged.contains(d.at())).forEach(local::add);
        local.addAll(TextRisks.scan(kind, mapping));
        problems.addAll(local);
        // An article whose only fault is a date that does not exist is still loaded (its date read as
        // absent): the date error blocks the build, and its claims are not also told that the article
        // is missing or that their quotes are not found.
        if (local.stream().anyMatch(d -> d.blocksBuild() && !(kind == Schemas.Kind.ARTICLE && Fields.isBadDate(d)))) {
            return null;
        }
        if (kind == Schemas.Kind.ARTICLE) {
            failedArticles.remove(id, file);
        }
        if (memo != null && kind != Schemas.Kind.SITE && parsed != null) {
            Location[] at = spots.get(parsed);
            memo.remember(file, context, text, new LoadMemo.Parsed(parsed, local, at[0], at[1]));
        }
        return parsed;
    }

    /**
     * A correction's {@code status:} or {@code rating:} change ({@code {from, to}}), or null when absent or
     * malformed; the schema checks the shape and the status names, this says when both ends are missing.
     */
    private static Correction.Change change(Fields c, String key, List<Diagnostic> problems) {
        if (!(c.node(key) instanceof YamlNode.Mapping m)) {
            return null;
        }
        Fields f = new Fields(m, "a " + key + " change", problems);
        String from = f.text("from", false);
        String to = f.text("to", false);
        if (from == null && to == null) {
            problems.add(Diagnostic.contentError(Rule.INVALID_VALUE, m.at(), "a correction's '" + key + "' needs 'from', 'to' or both"
                    + " (what it was before the correction and after it; leave one out for none)"));
            return null;
        }
        return new Correction.Change(from == null ? null : from.strip(), to == null ? null : to.strip());
    }

    private String id(Fields f, String fileId, List<Diagnostic> problems) {
        String id = f.has("id") ? f.text("id", false) : fileId;
        if (id != null && id.length() > MAX_ID) {
            problems.add(Diagnostic.contentError(Rule.INVALID_VALUE, f.has("id") ? f.at("id") : f.at(), "id is longer than 200 characters"));
        }
        if (id != null && !ID.matcher(id).matches()) {
            problems.add(Diagnostic.contentError(Rule.INVALID_VALUE, f.has("id") ? f.at("id") : f.at(),
                    "id '" + id + "' may hold only letters, digits, '.', '_' and '-', starting with a letter or digit"
                            + (f.has("id") ? "" : " (the id is the file name; rename the file or set 'id:')")));
        }
        return id;
    }

    private Article article(String file, String fileId, YamlNode.Mapping doc, List<Diagnostic> problems) {
        Fields f = new Fields(doc, "an article", problems);
        String id = id(f, fileId, problems);
        String title = f.text("title", true);
        String outlet = f.text("outlet", true);
        var published = f.date("published", true);
        String url = httpUrl(f, "url", false, problems);
        String capture = capture(f, problems);
        String from = f.text("from", false);
        String to = f.text("to", false);
        List<String> inferred = f.words("inferred", INFERABLE);
        String note = f.text("note", false);
        Archive archive = null;
        YamlNode archiveNode = f.node("archive");
        if (archiveNode instanceof YamlNode.Mapping m) {
            Fields a = new Fields(m, "an archive", problems);
            String archiveUrl = httpUrl(a, "url", true, problems);
            var date = a.date("date", true);
            archive = archiveUrl == null || date == null ? null : new Archive(archiveUrl, date);
        } else if (archiveNode != null) {
            problems.add(Diagnostic.contentError(Rule.INVALID_VALUE, archiveNode.at(), "field 'archive' must be a mapping {url, date}, found "
                    + archiveNode.describe()));
        }
        checkLength(from, "from", f, problems);
        checkLength(to, "to", f, problems);
        List<String> reliesOn = f.texts("relies_on");
        String caveat = f.text("caveat", false);
        Article a = new Article(id, Location.of(file), title, outlet == null ? null : outlet.strip(), published, url, capture, from,
                f.at("from"), to, f.at("to"), inferred, note, archive, reliesOn, f.at("relies_on"), caveat == null ? null : caveat.strip(),
                f.text("republishes", false) == null ? null : f.text("republishes", false).strip(), f.at("republishes"));
        spots.put(a, new Location[] {f.has("id") ? f.at("id") : null, f.has("outlet") ? f.at("outlet") : null});
        return a;
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
            problems.add(Diagnostic.contentError(Rule.CAPTURE, f.at("file"), "field 'file' is not a valid path: " + e.getReason()));
            return null;
        }
        if (Path.of(value).isAbsolute() || !path.startsWith(root)) {
            problems.add(Diagnostic.contentError(Rule.CAPTURE, f.at("file"), "field 'file' must be a path inside the root (such as seeds/capture.txt), found '"
                    + value + "'"));
            return null;
        }
        Path rel = root.relativize(path);
        // Captures live under seeds/; a path into .git/ (CI keeps the job's token there) or the output is never one.
        String reserved = TextFiles.reservedSegment(rel);
        if (reserved != null || !rel.startsWith("seeds") || rel.getNameCount() < 2) {
            problems.add(Diagnostic.contentError(Rule.CAPTURE, f.at("file"), "field 'file' must name a capture under seeds/ (such as "
                    + "seeds/capture.txt), found '" + value + "'" + (reserved != null ? "; " + TextFiles.RESERVED_RULE : "")));
            return null;
        }
        try {
            if (Files.isRegularFile(path) && path.toRealPath().startsWith(root.toRealPath())) {
                reserved = TextFiles.reservedSegment(root.toRealPath().relativize(path.toRealPath()));
                if (reserved != null) {
                    problems.add(Diagnostic.contentError(Rule.CAPTURE, f.at("file"), "capture '" + value + "' is a link into "
                            + reserved + "; " + TextFiles.RESERVED_RULE));
                    return null;
                }
            }
            if (!Files.isRegularFile(path) || !path.toRealPath().startsWith(root.toRealPath())) {
                problems.add(Diagnostic.contentError(Rule.CAPTURE, f.at("file"), Files.exists(path)
                        ? "field 'file' must name a regular file inside the root, found '" + value + "'"
                        : "no such capture file '" + value + "'"));
                return null;
            }
            long size = Files.size(path);
            if (size > limits.captureBytes()) {
                problems.add(Diagnostic.contentError(Rule.LIMIT, f.at("file"), "capture '" + value + "' is " + size + " bytes, more than "
                        + limits.captureBytes() + " (" + Limits.raise("capture-bytes", limits.captureBytes()) + ")"));
                return null;
            }
        } catch (IOException e) {
            problems.add(Diagnostic.contentError(Rule.CAPTURE, f.at("file"), "cannot read capture '" + value + "': " + e.getMessage()));
            return null;
        }
        return root.relativize(path).toString().replace('\\', '/');
    }

    /** {@code claimant:} as a plain name or as {name, where, date}; the schema has already said what is wrong with its shape. */
    private static Claimant claimant(Fields f, List<Diagnostic> problems) {
        YamlNode node = f.node("claimant");
        if (node instanceof YamlNode.Mapping m) {
            Fields c = new Fields(m, "a claimant", problems);
            String name = c.text("name", true);
            String where = c.text("where", false);
            return name == null ? null : new Claimant(name.strip(), where == null ? null : where.strip(), c.date("date", false));
        }
        String name = node instanceof YamlNode.Scalar ? f.text("claimant", false) : null;
        return name == null ? null : new Claimant(name.strip(), null, null);
    }

    /**
     * {@code rates:}, each a mapping {from, to, rate, source}: two different currencies the figures engine
     * reads, a positive rate and where it comes from; a pair of currencies at most once (in either
     * direction). An entry with a problem is left out, so a sum is never converted at a rate in doubt.
     */
    private static List<org.factcheck.figures.Rate> rates(Fields f, List<Diagnostic> problems) {
        List<org.factcheck.figures.Rate> out = new ArrayList<>();
        for (YamlNode.Mapping m : mappings(f, "rates", "a list of {from, to, rate, source}", problems)) {
            Fields r = new Fields(m, "a rate", problems);
            String from = currencyCode(r, "from", problems);
            String to = currencyCode(r, "to", problems);
            String source = r.text("source", true);
            Double rate = null;
            String text = r.text("rate", true);
            if (text != null) {
                try {
                    double v = Double.parseDouble(text.strip());
                    rate = v > 0 && !Double.isInfinite(v) ? v : null;
                } catch (NumberFormatException e) {
                    rate = null;
                }
                if (rate == null) {
                    problems.add(Diagnostic.contentError(Rule.INVALID_VALUE, r.at("rate"), "field 'rate' must be a positive number"
                            + " (units of 'to' per unit of 'from', such as 1.08), found '" + text + "'"));
                }
            }
            if (from != null && from.equals(to)) {
                problems.add(Diagnostic.contentError(Rule.INVALID_VALUE, r.at("to"), "a rate converts between two different "
                        + "currencies, but 'from' and 'to' are both " + from));
                continue;
            }
            if (from == null || to == null || source == null || rate == null) {
                continue;
            }
            org.factcheck.figures.Rate twice = org.factcheck.figures.Rate.between(out, from, to);
            if (twice != null) {
                problems.add(Diagnostic.contentError(Rule.INVALID_VALUE, m.at(), "the claim already states a rate between "
                        + twice.from() + " and " + twice.to() + "; give each pair of currencies one rate"));
                continue;
            }
            out.add(new org.factcheck.figures.Rate(from, to, rate, source.strip()));
        }
        return out;
    }

    /** A currency code of a rate: one the figures engine reads ("USD", "EUR"), else null with a problem. */
    private static String currencyCode(Fields r, String key, List<Diagnostic> problems) {
        String code = r.text(key, true);
        if (code == null) {
            return null;
        }
        String c = code.strip();
        if (!org.factcheck.figures.Currencies.known(c)) {
            String near = Names.closest(c.toUpperCase(java.util.Locale.ROOT), org.factcheck.figures.Currencies.codes());
            problems.add(Diagnostic.contentError(Rule.INVALID_VALUE, r.at(key), "field '" + key + "' must be the ISO code of a"
                    + " currency the figures are read in (such as USD, EUR, GBP), found '" + code + "'"
                    + (near != null ? "; did you mean '" + near + "'?" : "")));
            return null;
        }
        return c;
    }

    private Claim claim(String file, String fileId, YamlNode.Mapping doc, List<Diagnostic> problems) {
        Fields f = new Fields(doc, "a claim", problems);
        String id = id(f, fileId, problems);
        String title = f.text("title", true);
        String topic = f.text("topic", true);
        String statement = f.text("claim", true);
        for (String key : List.of("title", "topic", "claim")) {
            String v = f.has(key) ? f.text(key, false) : null;
            if (v != null && v.strip().startsWith(DRAFT)) {
                problems.add(Diagnostic.contentError(Rule.DRAFT, f.at(key), "field '" + key + "' still holds the draft placeholder '"
                        + DRAFT + "…'; write the claim's own " + key + " (check fails until every TODO is replaced)"));
            }
        }
        String note = f.text("note", false);
        MarkdownNesting.TooDeep deep = note == null ? null : MarkdownNesting.check(note, limits);
        if (deep != null) {
            // The note is rendered as Markdown on the claim's page; the build must never fail where check passed.
            problems.add(Diagnostic.contentError(Rule.LIMIT, f.at("note"), "field 'note' (its line " + deep.line() + ", column "
                    + deep.column() + "): " + deep.problem()));
        }
        String expect = f.text("expect", false);
        if (expect == null && requireExpect && !f.has("expect")) {
            problems.add(Diagnostic.finding(Rule.EXPECT, f.at(), "claim has no 'expect:'; content/site.yaml sets 'require_expect: true',"
                    + " so every claim states the status it expects (e.g. 'expect: corroborated')"));
        }
        // Which statuses 'expect' may name is the claim schema's enum (checked against Status by a test).
        String rating = f.text("rating", false);
        if (rating != null && settings.rating(rating) == null) {
            List<String> labels = settings.ratings().stream().map(SiteSettings.Rating::label).toList();
            String near = Names.closest(rating, labels);
            problems.add(Diagnostic.contentError(Rule.RATING, f.at("rating"), labels.isEmpty()
                    ? "field 'rating' needs a rating scale: declare 'ratings:' in content/site.yaml"
                    : "field 'rating' must be one of the desk's ratings (" + String.join(", ", labels) + "), found '" + rating + "'"
                    + (near != null ? "; did you mean '" + near + "'?" : "")));
        }
        Double tolerance = f.number("tolerance", 0, 1);
        var published = f.date("published", false);
        List<Correction> corrections = new ArrayList<>();
        History history = new History();
        for (YamlNode.Mapping m : mappings(f, "corrections", "a list of {date, text}", problems)) {
            Fields c = new Fields(m, "a correction", problems);
            var date = c.date("date", true);
            String text = c.text("text", true);
            Correction.Change status = change(c, "status", problems);
            Correction.Change ratingChange = change(c, "rating", problems);
            if (date != null && text != null) {
                Correction correction = new Correction(date, text, status, ratingChange);
                corrections.add(correction);
                history.add(correction, c.at("status"), c.at("rating"));
            }
        }
        corrections.sort(Comparator.comparing(Correction::date));
        problems.addAll(history.check(expect, rating));
        var checked = f.date("checked", false);
        List<Source> sources = new ArrayList<>();
        YamlNode node = f.node("sources");
        if (node == null) {
            problems.add(Diagnostic.contentError(Rule.MISSING_FIELD, f.at(), "a claim is missing required field 'sources' (a list of {article, quote})"));
        } else if (!(node instanceof YamlNode.Sequence seq) || seq.items().isEmpty()) {
            problems.add(Diagnostic.contentError(Rule.INVALID_VALUE, node.at(), "field 'sources' must be a non-empty list of {article, quote}, found "
                    + node.describe()));
        } else if (seq.items().size() > limits.sourcesPerClaim()) {
            // Sources are compared pairwise: refuse before any work is done on them.
            problems.add(Diagnostic.contentError(Rule.LIMIT, node.at(), "a claim cites " + seq.items().size()
                    + " sources, more than " + limits.sourcesPerClaim() + " (" + Limits.raise("sources-per-claim", limits.sourcesPerClaim()) + ")"));
        } else {
            for (YamlNode item : seq.items()) {
                if (!(item instanceof YamlNode.Mapping m)) {
                    problems.add(Diagnostic.contentError(Rule.INVALID_VALUE, item.at(), "each source must be a mapping with 'article' and 'quote', found "
                            + item.describe()));
                    continue;
                }
                Fields s = new Fields(m, "a source", problems);
                String article = s.text("article", true);
                String quote = s.text("quote", true);
                String figure = s.text("figure", false);
                var asOf = s.date("as_of", false);
                if (!checkLength(quote, "quote", s, problems)) {
                    continue;
                }
                String unit = s.text("unit", false);
                String errs = s.text("errs", false);
                List<String> reliesOn = s.texts("relies_on");
                if (article != null && quote != null) {
                    sources.add(new Source(article.strip(), s.at("article"), quote, s.at("quote"), figure, s.at("figure"), asOf,
                            unit == null ? null : unit.strip(), errs == null ? null : errs.strip(), s.at("errs"), reliesOn,
                            s.at("relies_on"), s.at("unit")));
                }
            }
        }
        String conclusion = f.text("conclusion", false);
        Claimant claimant = claimant(f, problems);
        Claim c = new Claim(id, Location.of(file), title, topic, statement, sources, note,
                expect == null ? null : expect.strip(), f.at("expect"), rating, f.at("rating"), tolerance, published, corrections, checked,
                conclusion == null ? null : conclusion.strip(), claimant, rates(f, problems));
        spots.put(c, new Location[] {f.has("id") ? f.at("id") : null, f.has("topic") ? f.at("topic") : null});
        return c;
    }

    private SiteSettings settings(String file, String fileId, YamlNode.Mapping doc, List<Diagnostic> problems) {
        Fields f = new Fields(doc, "site settings", problems);
        SiteSettings d = SiteSettings.defaults();
        String title = f.has("title") ? f.text("title", false) : d.title();
        String baseUrl = httpUrl(f, "base_url", false, problems);
        if (baseUrl != null && !baseUrl.endsWith("/")) {
            baseUrl = baseUrl + "/";
        }
        if (baseUrl != null && BaseUrl.isPlaceholder(baseUrl)) {
            problems.add(Diagnostic.warning(Rule.EXAMPLE_BASE_URL, f.at("base_url"), "field 'base_url' is still the example address '"
                    + baseUrl + "': canonical links, the sitemap, the feed and ClaimReview would point there; set the address the site"
                    + " is published at (or build with --base-url URL or " + BaseUrl.ENV + ")"));
        }
        String language = f.has("language") ? f.text("language", false) : d.language();
        if (language != null && !LANGUAGE.matcher(language).matches()) {
            problems.add(Diagnostic.contentError(Rule.INVALID_VALUE, f.at("language"), "field 'language' must be a language tag such as en or en-GB, found '"
                    + language + "'"));
        }
        String desk = f.has("desk") ? f.text("desk", false) : title;
        requireExpect = f.bool("require_expect", false);
        List<SiteSettings.Rating> ratings = new ArrayList<>();
        java.util.Set<String> labels = new java.util.HashSet<>();
        for (YamlNode.Mapping m : mappings(f, "ratings", "a list of {label, colour, icon, description}, best first", problems)) {
            Fields r = new Fields(m, "a rating", problems);
            String label = r.text("label", true);
            String colour = r.text("colour", true);
            String icon = r.text("icon", true);
            String description = r.text("description", false);
            List<String> statuses = r.texts("statuses");
            if (colour != null && !colour.matches("#[0-9a-fA-F]{3}|#[0-9a-fA-F]{6}")) {
                problems.add(Diagnostic.contentError(Rule.INVALID_VALUE, r.at("colour"), "field 'colour' must be a hex colour such as #1d6b35, found '" + colour + "'"));
                colour = null;
            }
            if (label != null && !labels.add(label)) {
                problems.add(Diagnostic.contentError(Rule.OTHER, r.at("label"), "rating '" + label + "' is declared twice"));
            } else if (label != null && colour != null && icon != null) {
                ratings.add(new SiteSettings.Rating(label, colour, icon, description, statuses));
            }
        }
        Map<String, SiteSettings.Outlet> outlets = new HashMap<>();
        for (YamlNode.Mapping m : mappings(f, "outlets", "a list of {name, independent, reason}", problems)) {
            Fields o = new Fields(m, "an outlet", problems);
            String name = o.text("name", true);
            boolean independent = o.bool("independent", true);
            String reason = o.text("reason", false);
            if (name == null) {
                continue;
            }
            if (!independent && reason == null) {
                problems.add(Diagnostic.contentError(Rule.MISSING_FIELD, o.at(), "an outlet marked 'independent: false' needs 'reason:' "
                        + "(why it does not count; claim pages show it)"));
            }
            SiteSettings.Outlet first = outlets.putIfAbsent(Outlets.key(name),
                    new SiteSettings.Outlet(name.strip(), independent, reason == null ? null : reason.strip(), o.at("name")));
            if (first != null) {
                problems.add(Diagnostic.contentError(Rule.DUPLICATE_ID, o.at("name"), "outlet '" + name + "' is declared twice (as '"
                        + first.name() + "' too); outlet names that differ only in case, spaces or punctuation are one outlet"));
            }
        }
        return new SiteSettings(title == null ? d.title() : title, baseUrl, language == null ? d.language() : language,
                desk == null ? d.desk() : desk, ratings, outlets);
    }

    /** False (with a located error) when a quote-like field is longer than the quote limit. */
    private boolean checkLength(String value, String key, Fields f, List<Diagnostic> problems) {
        if (value == null || value.length() <= limits.quoteChars()) {
            return true;
        }
        problems.add(Diagnostic.contentError(Rule.LIMIT, f.at(key), "field '" + key + "' is " + value.length()
                + " characters long, more than " + limits.quoteChars() + " (" + Limits.raise("quote-chars", limits.quoteChars()) + ")"));
        return false;
    }

    /** The mappings of a list field; absent means empty. */
    private static List<YamlNode.Mapping> mappings(Fields f, String key, String expected, List<Diagnostic> problems) {
        YamlNode node = f.node(key);
        if (node == null) {
            return List.of();
        }
        List<YamlNode.Mapping> out = new ArrayList<>();
        if (!(node instanceof YamlNode.Sequence seq)) {
            problems.add(Diagnostic.contentError(Rule.INVALID_VALUE, node.at(), "field '" + key + "' must be " + expected + ", found " + node.describe()));
            return out;
        }
        for (YamlNode item : seq.items()) {
            if (item instanceof YamlNode.Mapping m) {
                out.add(m);
            } else {
                problems.add(Diagnostic.contentError(Rule.INVALID_VALUE, item.at(), "each entry of '" + key + "' must be a mapping, found " + item.describe()));
            }
        }
        return out;
    }

    private static String httpUrl(Fields f, String key, boolean required, List<Diagnostic> problems) {
        String url = f.text(key, required);
        if (url == null) {
            return null;
        }
        try {
            java.net.URI uri = new java.net.URI(url.strip());
            if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null) {
                return url.strip();
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        problems.add(Diagnostic.contentError(Rule.INVALID_VALUE, f.at(key), "field '" + key + "' must be an http:// or https:// address, found '" + url + "'"));
        return null;
    }

    private String relative(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        return (abs.startsWith(root) ? root.relativize(abs) : abs).toString().replace('\\', '/');
    }
}
