package org.factcheck.cli;

import org.factcheck.Factcheck;
import org.factcheck.check.Report;
import org.factcheck.discovery.Copies;
import org.factcheck.discovery.Discovery;
import org.factcheck.discovery.Finding;
import org.factcheck.discovery.Mention;
import org.factcheck.diagnostic.Diagnostic;
import org.factcheck.site.SitePaths;

import java.nio.file.Path;
import java.util.List;

/**
 * The desk-only page of {@code serve} at {@value #PATH}: discovery's ranked findings (what
 * {@code factcheck suggest} prints) with each mention's sentence and the command that drafts a claim
 * from it. Made on request from the root as saved, never written into the built site, never published.
 */
final class DeskPage {

    /** Where {@code serve} answers with this page. */
    static final String PATH = "/_desk/";
    /** The findings shown; the rest are counted (suggest lists them all). */
    private static final int SHOWN = 200;

    private final Path root;
    private long madeFor = -1;
    private String html;

    DeskPage(Path root) {
        this.root = root;
    }

    /** The page for the preview's build {@code version}: discovery runs again only after a rebuild. */
    synchronized String html(long version) {
        if (version != madeFor || html == null) {
            html = render(root);
            madeFor = version;
        }
        return html;
    }

    /** Checks the root, runs discovery and writes the page. */
    static String render(Path root) {
        StringBuilder b = head();
        Report report;
        try {
            report = Factcheck.check(root);
        } catch (RuntimeException e) {
            return b.append("<p>The check failed: ").append(escape(String.valueOf(e.getMessage()))).append("</p></body></html>").toString();
        }
        List<Diagnostic> blocking = SuggestCommand.blocking(report);
        if (!blocking.isEmpty()) {
            b.append("<p>Fix the content errors first (the site's pages show them).</p><ul>");
            blocking.stream().limit(20).forEach(d -> b.append("<li><code>").append(escape(d.at() + ": " + d.message())).append("</code></li>"));
            return b.append("</ul></body></html>").toString();
        }
        return findings(b, Factcheck.discover(report));
    }

    /** The page of what discovery found in a root without content errors. */
    static String html(Discovery.Result result) {
        return findings(head(), result);
    }

    private static StringBuilder head() {
        StringBuilder b = new StringBuilder(8192);
        b.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Desk: discoveries</title>"
                + "<meta name=\"robots\" content=\"noindex\"><style>body{font:15px/1.45 system-ui,sans-serif;max-width:62em;margin:1em auto;"
                + "padding:0 1em}li{margin:.3em 0}.cmd{user-select:all;background:#f2f2f2;padding:.1em .4em}.not{color:#666}"
                + "mark{background:#fde68a}.finding{border-top:1px solid #ddd;padding-top:.5em}</style></head><body>"
                + "<h1>Discoveries</h1><p>Desk only: this page is served by <code>factcheck serve</code> (or written by <code>factcheck build --desk FILE</code>) and never written into the site. "
                + "It lists what <code>factcheck suggest</code> finds, discrepancies first. Click a command to select it, then run it "
                + "in the root to write a draft claim citing every mention.</p>");
        return b;
    }

    private static String findings(StringBuilder b, Discovery.Result result) {
        List<Finding> findings = result.findings();
        b.append("<p>").append(findings.size()).append(findings.size() == 1 ? " finding" : " findings");
        if (findings.size() > SHOWN) {
            b.append("; the first ").append(SHOWN).append(" are shown");
        }
        b.append(".</p>");
        for (Finding f : findings.subList(0, Math.min(SHOWN, findings.size()))) {
            b.append("<section class=\"finding\" id=\"f").append(f.rank()).append("\"><h2>#").append(f.rank()).append(' ')
                    .append(escape(f.verdict().id())).append(f.claim() == null ? "" : " (claim " + escape(f.claim()) + ")")
                    .append(": ").append(escape(f.measure())).append("</h2><p>").append(escape(f.why())).append("</p><ul>");
            for (Finding.Member m : f.members()) {
                Mention x = m.mention();
                b.append("<li><a href=\"/").append(escape(SitePaths.article(x.article().id()))).append("\">")
                        .append(escape(x.article().outlet())).append(", ").append(escape(String.valueOf(x.published()))).append("</a> ")
                        .append("<code>").append(escape(x.article().file() + ":" + x.line() + ":" + x.column())).append("</code>: “")
                        .append(inContext(x.sentence(), x.printed())).append("”");
                if (!m.independent()) {
                    b.append(" <span class=\"not\">(not counted: ").append(escape(m.reason())).append(")</span>");
                }
                b.append("</li>");
            }
            b.append("</ul><p>Draft a claim: <code class=\"cmd\">factcheck new claim --from ").append(f.rank())
                    .append("</code> (expect: ").append(escape(Drafts.expected(f))).append(")</p></section>");
        }
        List<Copies.Copy> copies = result.copies().all();
        if (!copies.isEmpty()) {
            b.append("<h2 id=\"copies\">Republished stories</h2><ul>");
            for (Copies.Copy c : copies) {
                b.append("<li><a href=\"/").append(escape(SitePaths.article(c.copy().id()))).append("\">").append(escape(c.copy().title()))
                        .append("</a> (").append(escape(c.copy().outlet())).append(") republishes <a href=\"/")
                        .append(escape(SitePaths.article(c.original().id()))).append("\">").append(escape(c.original().title()))
                        .append("</a> (").append(escape(c.original().outlet())).append("): ").append(escape(c.how())).append("</li>");
            }
            b.append("</ul>");
        }
        return b.append("</body></html>").toString();
    }

    /** The sentence with the figure as printed marked, escaped. */
    private static String inContext(String sentence, String printed) {
        int at = printed.isEmpty() ? -1 : sentence.indexOf(printed);
        if (at < 0) {
            return escape(sentence);
        }
        return escape(sentence.substring(0, at)) + "<mark>" + escape(printed) + "</mark>" + escape(sentence.substring(at + printed.length()));
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
