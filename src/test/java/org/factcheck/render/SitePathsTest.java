package org.factcheck.render;

import org.factcheck.site.SitePaths;
import org.factcheck.Factcheck;
import org.factcheck.Roots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link SitePaths} is the one place that knows where pages live: no template, script asset or
 * Java file spells a page path, and the paths templates print reach them through the sandbox.
 */
class SitePathsTest {

    /**
     * A page path or a piece of one: a page folder ("claims/", but not "content/claims/", which is an
     * input), a page file (".html") or one of the site's fixed non-HTML files.
     */
    private static final Pattern PAGE_PATH = Pattern.compile(
            "(?<![\\w./-])(claims|articles|topics|outlets|pages|report)/"
                    + "|\\.html\\b"
                    + "|\\b(report\\.json|feed\\.xml|sitemap\\.xml|robots\\.txt)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Java files allowed to spell a page path: none; the set stays so an exception is visible here. */
    private static final Set<String> NOT_YET_CONVERTED = Set.of();

    @TempDir
    Path tmp;

    @Test
    void noTemplateOrScriptSpellsAPagePath() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("templates"))) {
            for (Path f : files.filter(p -> p.toString().matches(".*\\.(ftlh|ftlx|js)")).sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                String code = f.toString().endsWith(".js") ? withoutJsComments(text) : ftlScanned(text);
                found.addAll(offences(f.toString(), code));
            }
        }
        assertEquals(List.of(), found, "templates print paths from the model (${rel}${c.path}, ${rel}${site.paths.report}); "
                + "add a path accessor on the view record that asks SitePaths");
    }

    @Test
    void noJavaFileButSitePathsSpellsAPagePath() throws IOException {
        Path src = Path.of("src/main/java");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(src)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String name = src.relativize(f).toString().replace('\\', '/');
                if (name.equals("org/factcheck/site/SitePaths.java") || NOT_YET_CONVERTED.contains(name)) {
                    continue;
                }
                String text = Files.readString(f, StandardCharsets.UTF_8);
                found.addAll(offences(f.toString(), javaStringLiterals(text)));
            }
        }
        assertEquals(List.of(), found, "ask SitePaths for page paths");
    }

    /** The scan itself finds what it is for and passes what it is not for. */
    @Test
    void theScanFindsSpelledPaths() {
        assertEquals(2, offences("t", ftlScanned("<a href=\"${rel}claims/${c.id}.html\">")).size());
        assertEquals(0, offences("t", ftlScanned("${page.html?no_esc} <#if page.html?has_content>x</#if> <#-- claims/a.html -->")).size());
        assertEquals(2, offences("t", ftlScanned("<#assign link = page.permalink!(rel + \"claims/\" + c.id + \".html\")>")).size());
        assertEquals(1, offences("t", ftlScanned("${page.permalink!(\"topics/\" + c.topicSlug)}")).size());
        assertEquals(1, offences("t", "<a href=\"report.html#x\">").size());
        assertEquals(1, offences("t", "fetch('report/rows/' + c + '.json')").size());
        assertEquals(1, offences("t", "<a href=\"${rel}feed.xml\">").size());
        assertEquals(0, offences("t", "<a href=\"${rel}${c.path}\"> <script src=\"${rel}assets/report.js\">").size());
        String java = "class A { String a = \"claims/\" + id + \".html\"; String b = \"content/claims/\"; // \"pages/x.html\"\n"
                + " /* \"topics/\" */ char q = '\"'; String c = \"say \\\"outlets/\\\"\"; String d = \"\"\"\n   see pages/a.html\n   \"\"\"; }";
        assertEquals(List.of("\"claims/\"", "\".html\"", "\"content/claims/\"", "\"say \\\"outlets/\\\"\"", "\"\"\"\n   see pages/a.html\n   \"\"\""),
                List.of(javaStringLiterals(java).split("\u0000")).stream().filter(s -> !s.isBlank()).map(String::strip).toList());
        assertEquals(5, offences("A.java", javaStringLiterals(java)).size());
    }

    /** The patterns the report's script fills in give the very paths the build writes; the article list's pages are guarded. */
    @Test
    void patternsAgreeWithThePathsTheyStandFor() {
        for (String id : List.of("a", "ukraine-2025-03-01", "x_1")) {
            assertEquals(SitePaths.claim(id), SitePaths.claimPattern().replace(SitePaths.ID, id));
        }
        for (int n : new int[] {0, 1, 17}) {
            assertEquals(SitePaths.reportRows(n), SitePaths.reportRowsPattern().replace(SitePaths.NUMBER, Integer.toString(n)));
        }
        for (int n = 1; n <= 3; n++) {
            String page = SitePaths.articles(n);
            String id = page.substring(page.lastIndexOf('/') + 1, page.length() - ".html".length());
            assertTrue(SitePaths.overArticleList(id) && SitePaths.overArticleList(id.toUpperCase(java.util.Locale.ROOT)), page);
            assertEquals(page, SitePaths.article(id), "an article with id " + id + " would be written over " + page);
        }
        assertTrue(!SitePaths.overArticleList("pages-2") && !SitePaths.overArticleList("indexes"));
        assertEquals("../../", SitePaths.rel(SitePaths.listPage(SitePaths.topicList("aid"), 2)));
        assertEquals("", SitePaths.rel(SitePaths.HOME));
    }

    /** Derived path accessors reach templates under the sandbox; the rest of a view's class does not. */
    @Test
    void pathAccessorsReachTemplatesAndNothingElseDoes() throws Exception {
        Path root = Roots.copy("statuses", tmp.resolve("root"));
        Files.createDirectories(root.resolve("templates"));
        Files.writeString(root.resolve("templates/claim.ftlh"),
                "${page.summary.path}|${page.summary.topicPath}|<#list page.sources as s>${s.articlePath} ${s.outletPath}</#list>"
                        + "|${site.paths.report}|${site.paths.articles}", StandardCharsets.UTF_8);
        Path site = tmp.resolve("site");
        Factcheck.build(root, site);
        String page = Files.readString(site.resolve(SitePaths.claim("term-corroborated")), StandardCharsets.UTF_8);
        String[] parts = page.split("\\|");
        assertEquals(SitePaths.claim("term-corroborated"), parts[0]);
        assertTrue(parts[1].startsWith("topics/") && parts[1].endsWith(".html"), parts[1]);
        assertTrue(parts[2].startsWith("articles/") && parts[2].contains(" outlets/"), parts[2]);
        assertEquals(SitePaths.REPORT, parts[3]);
        assertEquals(SitePaths.articles(1), parts[4]);

        for (String evil : List.of("${site.paths.getClass().getName()}", "${page.summary.getClass()}",
                "${site.paths?api.getClass()}")) {
            Files.writeString(root.resolve("templates/claim.ftlh"), evil, StandardCharsets.UTF_8);
            Path out = tmp.resolve("out-" + Math.abs(evil.hashCode()));
            SiteWriter.RenderException e = assertThrows(SiteWriter.RenderException.class, () -> Factcheck.build(root, out), evil);
            assertTrue(e.getMessage().startsWith("template error in claim.ftlh:1:"), e.getMessage());
        }
    }

    /** "file:line: path" for every page path in {@code code} (the scanned part of the file, its line breaks kept). */
    private static List<String> offences(String file, String code) {
        List<String> found = new ArrayList<>();
        Matcher m = PAGE_PATH.matcher(code);
        while (m.find()) {
            int line = (int) code.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
            found.add(file + ":" + line + ": " + m.group());
        }
        return found;
    }

    /**
     * What of a template is scanned: its markup, and the string literals of its FTL code
     * ({@code ${…}}, {@code <#…>}, {@code <@…>}); comments and the rest of the code (where
     * {@code page.html} is a field, not a file) are blanked, line breaks kept.
     */
    private static String ftlScanned(String text) {
        String code = blank(text, Pattern.compile("<#--.*?-->", Pattern.DOTALL));
        Matcher m = Pattern.compile("\\$\\{[^}]*}|</?[#@][^>]*>").matcher(code);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(onlyStrings(m.group())));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** FTL code with everything but its string literals blanked. */
    private static String onlyStrings(String code) {
        StringBuilder out = new StringBuilder(code.length());
        char quote = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (quote != 0) {
                out.append(c);
                if (c == '\\' && i + 1 < code.length()) {
                    out.append(code.charAt(++i));
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                out.append(c);
            } else {
                out.append(c == '\n' ? '\n' : ' ');
            }
        }
        return out.toString();
    }

    /** The script with its comments blanked (line breaks kept); a regex literal holding // is not in our assets. */
    private static String withoutJsComments(String text) {
        return blank(text, Pattern.compile("/\\*.*?\\*/|(?<![:'\"\\\\])//[^\n]*", Pattern.DOTALL));
    }

    private static String blank(String text, Pattern p) {
        Matcher m = p.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group().replaceAll("[^\n]", " ")));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /**
     * The Java source with everything but its string literals (and text blocks) blanked: the
     * positions and line breaks stay, comments and char literals go, literals are followed by a
     * NUL so adjacent ones stay apart.
     */
    private static String javaStringLiterals(String src) {
        StringBuilder out = new StringBuilder(src.length());
        int i = 0;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (src.startsWith("//", i)) {
                int end = src.indexOf('\n', i);
                end = end < 0 ? n : end;
                pad(out, src, i, end);
                i = end;
            } else if (src.startsWith("/*", i)) {
                int end = src.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                pad(out, src, i, end);
                i = end;
            } else if (src.startsWith("\"\"\"", i)) {
                int end = src.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end + 3;
                out.append(src, i, end).append('\u0000');
                i = end;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && src.charAt(j) != c && src.charAt(j) != '\n') {
                    j += src.charAt(j) == '\\' ? 2 : 1;
                }
                int end = Math.min(n, j + 1);
                if (c == '"') {
                    out.append(src, i, end).append('\u0000');
                } else {
                    pad(out, src, i, end);
                }
                i = end;
            } else {
                out.append(c == '\n' ? '\n' : ' ');
                i++;
            }
        }
        return out.toString();
    }

    private static void pad(StringBuilder out, String src, int from, int to) {
        for (int k = from; k < to; k++) {
            out.append(src.charAt(k) == '\n' ? '\n' : ' ');
        }
    }
}
