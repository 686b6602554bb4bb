package org.factcheck.cli;

import org.factcheck.Factcheck;
import org.factcheck.check.Report;
import org.factcheck.check.Status;
import org.factcheck.render.SiteWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code build}: check the content and write the static site. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Checks the content and writes the static site.",
                "Content errors (invalid files, unknown articles, duplicate ids, paths outside the root) fail the build"
                        + " with exit 1 and leave the previous site untouched; consistency findings are shown on the site."})
final class BuildCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @picocli.CommandLine.Mixin
    private RootOption root = new RootOption();

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: ROOT/site).")
    private Path out;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = IsoDate.class,
            description = {"The build date pages print as \"site built on\", for reproducible builds (a claim's checked date is its own).",
                    "Default: -Dfactcheck.build.date, else SOURCE_DATE_EPOCH, else today (UTC)."})
    private java.time.LocalDate date;

    @Option(names = "--base-url", paramLabel = "URL",
            description = {"The address the site is published at, e.g. https://user.github.io/repo/, instead of base_url in content/site.yaml.",
                    "Default: the environment variable " + org.factcheck.load.BaseUrl.ENV + ", else site.yaml's base_url."})
    private String baseUrl;

    @picocli.CommandLine.Mixin
    private CacheOption cache = new CacheOption();

    @Option(names = "--desk", paramLabel = "FILE",
            description = {"Also runs discovery (what 'suggest' lists) on the texts and figures the build reads anyway, and writes"
                    + " the desk's findings page to FILE, outside the site: it is for the desk, never published."})
    private Path desk;

    /** Reads --date, with a usage error (not a stack trace) for anything but an ISO date. */
    static final class IsoDate implements picocli.CommandLine.ITypeConverter<java.time.LocalDate> {
        @Override
        public java.time.LocalDate convert(String value) {
            try {
                return java.time.LocalDate.parse(value);
            } catch (java.time.format.DateTimeParseException e) {
                throw new picocli.CommandLine.TypeConversionException("expected an ISO date such as 2026-02-01, found '" + value + "'");
            }
        }
    }

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        var outStream = spec.commandLine().getOut();
        Path target = out != null ? out : root.path().resolve("site");
        String publishedAt;
        try {
            publishedAt = org.factcheck.load.BaseUrl.override(baseUrl, System.getenv(org.factcheck.load.BaseUrl.ENV));
        } catch (IllegalArgumentException e) {
            err.println("factcheck: error: " + e.getMessage());
            err.flush();
            return 2;
        }
        if (desk != null && desk.toAbsolutePath().normalize().startsWith(target.toAbsolutePath().normalize())) {
            err.println("factcheck: error: --desk " + desk + " is inside the site " + target + "; the desk's page is never published,"
                    + " write it elsewhere");
            err.flush();
            return 2;
        }
        long started = System.nanoTime();
        Report report;
        Factcheck.Built built;
        org.factcheck.cache.CacheDir dir = cache.open(root.path(), err);
        // Discovery takes each article as its page is made, so it reads no capture and extracts no figure again.
        org.factcheck.discovery.Readings readings = desk == null ? null : new org.factcheck.discovery.Readings();
        try {
            built = Factcheck.build(root.path(), target, date, dir, publishedAt, readings);
            report = built.report();
        } catch (SiteWriter.RenderException e) {
            err.println("factcheck: build failed: " + e.getMessage());
            err.println("factcheck: the previous site, if any, is untouched");
            return 1;
        } catch (OutOfMemoryError e) {
            // The staging directory is removed on the way out; the heap is the JVM's to raise.
            err.println("factcheck: build failed: out of memory; run with a larger heap (bin/factcheck: FACTCHECK_JAVA_OPTS=-Xmx4g)");
            err.println("factcheck: the previous site, if any, is untouched");
            return 1;
        }
        CacheOption.warn(dir, err);
        if (report.hasBlockingErrors()) {
            Diagnostics.print(report, err, true);
            err.println("factcheck: build failed: fix the errors above; the previous site, if any, is untouched");
            return 1;
        }
        String deskNote = "";
        if (desk != null) {
            long discovering = System.nanoTime();
            org.factcheck.discovery.Discovery.Result found = Factcheck.discover(report, readings);
            try {
                Path parent = desk.toAbsolutePath().getParent();
                if (parent != null) {
                    java.nio.file.Files.createDirectories(parent);
                }
                java.nio.file.Files.writeString(desk, DeskPage.html(found), java.nio.charset.StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                err.println("factcheck: error: cannot write the desk's page to " + desk + ": " + e.getMessage()
                        + " (the site was written)");
                err.flush();
                return 1;
            }
            deskNote = "; desk: " + found.findings().size() + (found.findings().size() == 1 ? " finding" : " findings") + " in " + desk
                    + " (discovery " + (System.nanoTime() - discovering) / 1_000_000 + " ms)";
        }
        long ms = (System.nanoTime() - started) / 1_000_000;
        StringBuilder counts = new StringBuilder();
        for (Status s : Status.values()) {
            counts.append(counts.length() == 0 ? "" : ", ").append(report.summary().get(s)).append(' ').append(s.id());
        }
        SiteWriter.Written w = built.written();
        w.warnings().forEach(m -> err.println("factcheck: warning: " + m));
        String how = w.incremental() ? "; rewrote " + w.written() + " files, kept " + w.kept() : "";
        outStream.println("built " + target + ": " + report.articles().size() + " articles, " + report.claims().size()
                + " claims (" + counts + ") in " + ms + " ms" + how + deskNote);
        outStream.flush();
        return 0;
    }
}
