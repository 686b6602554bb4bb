package org.factcheck.render;

import org.factcheck.cache.Hashes;
import org.factcheck.files.Limits;
import org.factcheck.files.TextFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The hashes of the root's own templates, as page keys use them: a page depends on its template,
 * on every template whose name that template's text mentions (an import or include), and on every
 * template that is not itself a page's (the layout and macro files). Built-in templates are part
 * of the code, whose version every key holds already.
 */
final class TemplateKeys {

    /** The templates pages are rendered from; any other template is shared by all pages. */
    static final Set<String> PAGES = Set.of("index.ftlh", "report.ftlh", "corrections.ftlh", "entries.ftlh", "topic.ftlh",
            "outlet.ftlh", "page.ftlh", "articles.ftlh", "list.ftlh", "404.ftlh", "feed.ftlx", "claim.ftlh", "article.ftlh",
            "sitemap.ftlx");

    /** Name to text, for the root's own templates. */
    private final Map<String, String> own = new TreeMap<>();
    private final String shared;
    private final Map<String, String> keys = new java.util.concurrent.ConcurrentHashMap<>();

    TemplateKeys(Path root, Path dir, Limits limits) throws IOException {
        if (Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.ftl*")) {
                for (Path f : files) {
                    if (Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                        own.put(f.getFileName().toString(), new String(TextFiles.bytesInside(root, f,
                                limits.contentFileBytes(), "content-file-bytes"), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        own.forEach((name, text) -> {
            if (!PAGES.contains(name)) {
                sb.append(name).append('\0').append(Hashes.of(text)).append('\n');
            }
        });
        shared = Hashes.of(sb.toString());
    }

    /** The hash of every template that is no page's own. */
    String shared() {
        return shared;
    }

    /** The key of page template {@code name}: its own text (or "built-in") and that of any page template it names. */
    String of(String name) {
        return keys.computeIfAbsent(name, n -> {
            String text = own.get(n);
            StringBuilder sb = new StringBuilder(n).append('\0').append(text == null ? "built-in" : Hashes.of(text));
            if (text != null) {
                for (String other : PAGES) {
                    if (!other.equals(n) && text.contains(other)) {
                        String o = own.get(other);
                        sb.append('\0').append(other).append('\0').append(o == null ? "built-in" : Hashes.of(o));
                    }
                }
            }
            return Hashes.of(sb.toString());
        });
    }
}
