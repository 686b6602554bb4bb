package org.factcheck.load;

import org.factcheck.model.Article;
import org.factcheck.model.Claim;
import org.factcheck.diagnostic.Diagnostic;
import org.factcheck.diagnostic.Location;
import org.factcheck.model.Outlets;
import org.factcheck.diagnostic.Rule;
import org.factcheck.model.SiteSettings;
import org.factcheck.model.Source;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The links between content files that only make sense once every file is read: each
 * {@code relies_on} name against the known outlets (a near miss is a typo), each
 * {@code republishes:} value against the known articles.
 */
final class Links {

    private Links() {
    }

    /**
     * A {@code relies_on} name that is not a known outlet (no article's, none declared in site.yaml)
     * but is close to one is probably a typo that would silently leave two outlets unlinked. Names far
     * from every known outlet are fine: an article may rely on an outlet the desk has not captured.
     */
    static void checkReliesOn(SiteSettings settings, List<Article> articles, List<Claim> claims, List<Diagnostic> problems) {
        Map<String, String> known = new HashMap<>();
        settings.outlets().forEach((key, o) -> known.put(key, o.name()));
        articles.forEach(a -> {
            if (a.outlet() != null) {
                known.putIfAbsent(Outlets.key(a.outlet()), a.outlet());
            }
        });
        // Each distinct unknown name is looked up once, however many articles repeat it.
        Map<String, String> nearest = new HashMap<>();
        for (Article a : articles) {
            a.reliesOn().forEach(name -> nearOutlet(name, a.reliesOnAt(), known, nearest, problems));
        }
        for (Claim c : claims) {
            for (Source s : c.sources()) {
                s.reliesOn().forEach(name -> nearOutlet(name, s.reliesOnAt(), known, nearest, problems));
            }
        }
    }

    /** A {@code republishes:} value names another known article, or is {@code none}. */
    static void checkRepublishes(List<Article> articles, Map<String, Article> byId, List<Diagnostic> problems) {
        for (Article a : articles) {
            String r = a.republishes();
            if (r == null || r.equals(Article.NOT_A_COPY)) {
                continue;
            }
            if (r.equals(a.id())) {
                problems.add(Diagnostic.contentError(Rule.INVALID_VALUE, a.republishesAt(), "'republishes' names the article itself; "
                        + "write the id of the article it copies, or 'none'"));
            } else if (!byId.containsKey(r)) {
                String near = Names.closest(r, byId.keySet());
                problems.add(Diagnostic.contentError(Rule.UNKNOWN_ARTICLE, a.republishesAt(), "'republishes' names unknown article '" + r
                        + "'" + (near != null ? "; did you mean article '" + near + "'?" : "; write an article id, or 'none'")));
            }
        }
    }

    private static void nearOutlet(String name, Location at, Map<String, String> known, Map<String, String> nearest,
                                   List<Diagnostic> problems) {
        String key = Outlets.key(name);
        if (known.containsKey(key)) {
            return;
        }
        String near = nearest.computeIfAbsent(key, k -> {
            String n = Names.closest(k, known.keySet());
            return n == null ? "" : n;
        });
        if (!near.isEmpty()) {
            problems.add(Diagnostic.warning(Rule.RELIES_ON, at, "'relies_on' names '" + name + "', which is not an outlet of any article "
                    + "or of content/site.yaml; did you mean '" + known.get(near) + "'? As written, the two are counted as different outlets"));
        }
    }
}
