package org.factcheck.cli;

import org.factcheck.anchor.Anchor;
import org.factcheck.anchor.Anchorer;
import org.factcheck.anchor.ArticleText;
import org.factcheck.figures.Figure;
import org.factcheck.figures.FigureExtractor;
import org.factcheck.model.Article;
import org.factcheck.model.Corpus;
import org.factcheck.diagnostic.Diagnostic;
import org.factcheck.load.Loader;
import org.factcheck.load.Names;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code new}: starts new content files. */
@Command(name = "new", mixinStandardHelpOptions = true, description = "Starts a new content file.",
        subcommands = {NewCommand.NewClaim.class})
final class NewCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing what to create: claim");
    }

    /** {@code new claim}: a claim file whose quote is checked against the article and whose figure is pre-filled. */
    @Command(name = "claim", mixinStandardHelpOptions = true,
            description = {"Writes content/claims/ID.yaml citing QUOTE of article ARTICLE.",
                    "The quote must be in the article (typography is ignored); when it is not, nothing is written and the"
                            + " closest text in the article is shown. When the quote holds several figures, 'figure:' names the"
                            + " first and a comment lists the others.",
                    "Edit title, topic and claim, then add sources from other outlets."})
    static final class NewClaim implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @picocli.CommandLine.Mixin
        private RootOption root = new RootOption();

        @Option(names = "--article", paramLabel = "ID", description = "The cited article's id.")
        private String articleId;

        @Option(names = "--quote", paramLabel = "TEXT", description = "The article's words, copied.")
        private String quote;

        @Option(names = "--from", paramLabel = "N", description = "Write finding N of 'factcheck suggest' as a claim citing"
                + " every mention, with expect: set to the status discovery predicts (instead of --article and --quote).")
        private Integer from;

        @Option(names = "--id", paramLabel = "ID", description = "The claim's id and file name (default: from the quote's words).")
        private String id;

        @Option(names = "--topic", paramLabel = "TOPIC", description = "The claim's topic (default: TODO).")
        private String topic;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            PrintWriter out = spec.commandLine().getOut();
            if (id != null && Loader.idProblem(id) != null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "invalid --id: " + Loader.idProblem(id));
            }
            if (from != null && (articleId != null || quote != null)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--from N writes a finding: leave out --article and --quote");
            }
            if (from != null) {
                return fromFinding(out, err);
            }
            if (articleId == null || quote == null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "Missing required options: '--article=ID' and '--quote=TEXT' (or --from N)");
            }
            Corpus corpus = Loader.load(root.path());
            Article article = corpus.articlesById().get(articleId);
            if (article == null) {
                String near = Names.closest(articleId, corpus.articlesById().keySet());
                err.println("factcheck: error: unknown article '" + articleId + "'"
                        + (near != null ? "; did you mean article '" + near + "'?" : "; see content/articles/"));
                corpus.diagnostics().stream().filter(d -> d.at().file().startsWith("content/articles/" + articleId))
                        .forEach(d -> err.println(d.format()));
                err.flush();
                return 1;
            }
            ArticleText text;
            try {
                text = ArticleText.read(corpus.root(), article, corpus.limits());
            } catch (ArticleText.TextException e) {
                err.println(e.diagnostic().format());
                err.flush();
                return 1;
            }
            Anchor anchor = new Anchorer(text).find("new", 0, quote);
            if (!anchor.found()) {
                err.println("factcheck: error: quote not found in article '" + articleId + "'"
                        + (anchor.hint() != null ? "; " + anchor.hint() : ""));
                err.println("factcheck: nothing written");
                err.flush();
                return 1;
            }
            List<Figure> figures = FigureExtractor.extract(anchor.matched(), article.published());
            String figure = null;
            String comment = null;
            if (figures.size() > 1) {
                figure = figures.get(0).text();
                comment = "the quote holds " + figures.size() + " figures ("
                        + figures.stream().map(f -> "'" + f.text() + "'").collect(Collectors.joining(", "))
                        + "); keep the one this claim is about";
            }
            String claimId = id != null ? id : ClaimFile.slug(article.outlet() + " " + (figures.isEmpty() ? quote : figures.get(0).text() + " " + quote));
            Path file;
            try {
                file = org.factcheck.Factcheck.claimFile(corpus.root(), claimId);
            } catch (IllegalArgumentException e) {
                err.println("factcheck: error: " + e.getMessage());
                err.flush();
                return 1;
            } catch (IOException e) {
                err.println("factcheck: error: cannot write content/claims/: " + e.getMessage());
                err.flush();
                return 1;
            }
            String matched = anchor.matched().strip().replaceAll("\\s+", " ");
            // Placeholders start with Loader.DRAFT: check fails at each until the desk writes its own text.
            String yaml = ClaimFile.yaml(Loader.DRAFT + ": a headline, e.g. " + ClaimFile.shorten(matched, 70),
                    topic != null ? topic : Loader.DRAFT,
                    Loader.DRAFT + ": the statement checked, e.g. " + ClaimFile.shorten(matched, 120),
                    List.of(new ClaimFile.DraftSource(articleId, matched, figure, comment)), null);
            try {
                Files.writeString(file, yaml, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                err.println("factcheck: error: " + corpus.root().relativize(file) + " exists; choose another --id");
                err.flush();
                return 1;
            } catch (IOException e) {
                err.println("factcheck: error: cannot write " + file + ": " + e.getMessage());
                err.flush();
                return 1;
            }
            String rel = "content/claims/" + file.getFileName();
            // Say so if the new file is not valid, rather than leave the editor to find out in CI;
            // the draft's placeholders are expected here (check reports them until they are filled in).
            List<Diagnostic> own = Loader.load(root.path()).diagnostics().stream().filter(d -> d.at().file().equals(rel))
                    .filter(d -> d.rule() != org.factcheck.diagnostic.Rule.DRAFT).toList();
            own.forEach(d -> err.println(d.format()));
            out.println("wrote " + rel + (figure != null ? " (figure: '" + figure + "' of " + figures.size() + ")"
                    : figures.size() == 1 ? " (figure: '" + figures.get(0).text() + "')" : " (no figure in the quote)"));
            out.println("next: replace every TODO (title, topic, claim; check fails until you do), add a source from another outlet,"
                    + " then run: factcheck check");
            out.flush();
            err.flush();
            return own.isEmpty() ? 0 : 1;
        }

        /** Writes finding {@code from} of discovery's ranked list as a draft claim. */
        private int fromFinding(PrintWriter out, PrintWriter err) {
            org.factcheck.check.Report report = org.factcheck.Factcheck.check(root.path());
            List<org.factcheck.diagnostic.Diagnostic> blocking = SuggestCommand.blocking(report);
            if (!blocking.isEmpty()) {
                org.factcheck.format.Format.TEXT.write(report, blocking, java.nio.file.Path.of(""), err);
                err.println("factcheck: fix the errors above first");
                err.flush();
                return 1;
            }
            List<org.factcheck.discovery.Finding> findings = org.factcheck.Factcheck.discover(report).findings();
            if (from < 1 || from > findings.size()) {
                err.println("factcheck: error: no finding " + from + "; 'factcheck suggest' lists " + findings.size());
                err.flush();
                return 1;
            }
            org.factcheck.discovery.Finding finding = findings.get(from - 1);
            String claimId = id != null ? id : Drafts.id(finding);
            try {
                Path file = org.factcheck.Factcheck.claimFile(report.root(), claimId);
                Files.writeString(file, Drafts.yaml(finding), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
                out.println("wrote content/claims/" + file.getFileName() + " (" + finding.verdict().id() + ", "
                        + finding.members().size() + " sources, expect: " + Drafts.expected(finding) + ")");
                out.println("next: replace every TODO (title, topic, claim; check fails until you do), then run: factcheck check");
            } catch (java.nio.file.FileAlreadyExistsException e) {
                err.println("factcheck: error: content/claims/" + claimId + ".yaml exists; choose another --id");
                err.flush();
                return 1;
            } catch (IllegalArgumentException | IOException e) {
                err.println("factcheck: error: " + e.getMessage());
                err.flush();
                return 1;
            }
            out.flush();
            return 0;
        }
    }
}
