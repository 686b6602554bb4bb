package org.factcheck.check;

import org.factcheck.anchor.Anchor;
import org.factcheck.anchor.Anchorer;
import org.factcheck.anchor.ArticleText;
import org.factcheck.anchor.HiddenText;
import org.factcheck.anchor.Typography;
import org.factcheck.figures.Comparison;
import org.factcheck.figures.Figure;
import org.factcheck.figures.FigureExtractor;
import org.factcheck.figures.Figures;
import org.factcheck.figures.Quantity;
import org.factcheck.figures.Vague;
import org.factcheck.model.Article;
import org.factcheck.model.Claim;
import org.factcheck.model.Corpus;
import org.factcheck.diagnostic.Diagnostic;
import org.factcheck.diagnostic.Rule;
import org.factcheck.load.Loader;
import org.factcheck.model.Outlets;
import org.factcheck.model.SiteSettings;
import org.factcheck.model.Source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Cross-checks a loaded corpus. Work is grouped by article, so each capture is read and folded
 * once however many claims cite it, and articles are processed in parallel; claims are then
 * decided one by one from their sources' anchors and figures.
 */
public final class Checker {

    private final Corpus corpus;
    /** Anchors remembered from an earlier run, or null to anchor every quote. */
    private final AnchorMemo memo;
    private final List<Diagnostic> diagnostics = Collections.synchronizedList(new ArrayList<>());
    /** anchored[c][s]: claim c's source s, filled by the per-article pass (null when its article could not be read). */
    private final AnchorMemo.Quoted[][] anchored;
    /** The captures already warned about for hidden text, so a capture cut into several articles is named once. */
    private final Set<String> hiddenWarned = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** Same text, one source: which articles need their capture's identity, and what it is. */
    private SameText sameText;
    /** Republished copies among the cited articles. */
    private Republished republished;

    private Checker(Corpus corpus, AnchorMemo memo) {
        this.corpus = corpus;
        this.memo = memo;
        int n = corpus.claims().size();
        this.anchored = new AnchorMemo.Quoted[n][];
        for (int c = 0; c < n; c++) {
            anchored[c] = new AnchorMemo.Quoted[corpus.claims().get(c).sources().size()];
        }
    }

    /** Anchors every quote, reads its figures and decides every claim's status. */
    public static Report check(Corpus corpus) {
        return new Checker(corpus, null).run();
    }

    /**
     * As {@link #check(Corpus)}, reusing from {@code memo} the anchors and figures of quotes whose
     * article text is unchanged (the report is the same as without it), and telling it what was found.
     */
    public static Report check(Corpus corpus, AnchorMemo memo) {
        return new Checker(corpus, memo).run();
    }

    private record Citation(int claim, int source) {
    }

    private Report run() {
        diagnostics.addAll(corpus.diagnostics());
        Map<String, List<Citation>> byArticle = new HashMap<>();
        List<Claim> claims = corpus.claims();
        for (int c = 0; c < claims.size(); c++) {
            List<Source> sources = claims.get(c).sources();
            for (int s = 0; s < sources.size(); s++) {
                byArticle.computeIfAbsent(sources.get(s).article(), k -> new ArrayList<>()).add(new Citation(c, s));
            }
        }
        sameText = new SameText(corpus);
        republished = new Republished(corpus, memo);
        corpus.articles().parallelStream().forEach(a -> anchorArticle(a, byArticle.getOrDefault(a.id(), List.of())));
        republished.find();
        for (int c = 0; c < claims.size(); c++) {
            for (int s = 0; s < claims.get(c).sources().size(); s++) {
                Source source = claims.get(c).sources().get(s);
                Article article = corpus.articlesById().get(source.article());
                Diagnostic hidden = anchored[c][s] == null || article == null ? null
                        : HiddenText.shown(source, anchored[c][s].anchor(), article.file());
                if (hidden != null) {
                    diagnostics.add(hidden);
                }
            }
        }

        List<ClaimResult> results = new ArrayList<>(claims.size());
        for (int c = 0; c < claims.size(); c++) {
            // A claim whose sources' captures are byte-identical copies is decided afresh: the memo does not key on capture bytes.
            if (memo == null || sameText.copies(claims.get(c)) || republished.touches(claims.get(c))) {
                results.add(decide(c));
                continue;
            }
            Claim claim = claims.get(c);
            List<Article> articles = new ArrayList<>(claim.sources().size());
            List<AnchorMemo.Quoted> quoted = new ArrayList<>(claim.sources().size());
            for (int s = 0; s < claim.sources().size(); s++) {
                articles.add(corpus.articlesById().get(claim.sources().get(s).article()));
                quoted.add(anchored[c][s]);
            }
            AnchorMemo.Decided known = memo.decided(claim, articles, quoted, corpus.settings());
            if (known != null) {
                results.add(known.result());
                diagnostics.addAll(known.diagnostics());
                continue;
            }
            // Deciding is sequential, so what it adds to the diagnostics is the tail of the list.
            int before = diagnostics.size();
            ClaimResult result = decide(c);
            results.add(result);
            memo.decided(claim, articles, quoted, corpus.settings(),
                    new AnchorMemo.Decided(result, new ArrayList<>(diagnostics.subList(before, diagnostics.size()))));
        }
        for (Claim claim : claims) {
            // Cheap (the statement and its quotes only), so it runs on every check, remembered claims included.
            Diagnostic beyond = StatementCoverage.check(claim, corpus);
            if (beyond != null) {
                diagnostics.add(beyond);
            }
        }
        Map<Status, Integer> summary = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            summary.put(s, 0);
        }
        for (ClaimResult r : results) {
            summary.merge(r.status(), 1, Integer::sum);
        }
        List<Diagnostic> sorted = new ArrayList<>(diagnostics);
        sorted.sort(Loader.DIAGNOSTIC_ORDER);
        return new Report(corpus.root(), corpus.settings(), corpus.articles(), results, summary, sorted, republished.copies().all(),
                corpus.limits());
    }

    private void anchorArticle(Article article, List<Citation> citations) {
        sameText.identify(article, memo);
        String key = memo == null ? null : memo.textKey(article);
        AnchorMemo.Quoted[] known = new AnchorMemo.Quoted[citations.size()];
        if (key != null && memo.knows(key)) {
            boolean all = true;
            for (int i = 0; i < known.length; i++) {
                Citation cite = citations.get(i);
                Claim claim = corpus.claims().get(cite.claim());
                known[i] = memo.recall(key, claim.id(), cite.source(), claim.sources().get(cite.source()).quote());
                all &= known[i] != null;
            }
            if (all) {
                // Every quote is remembered from this very text: the capture need not even be read.
                for (int i = 0; i < known.length; i++) {
                    anchored[citations.get(i).claim()][citations.get(i).source()] = known[i];
                }
                republished.read(article, key);
                return;
            }
        }
        ArticleText text;
        try {
            text = ArticleText.read(corpus.root(), article, corpus.limits());
        } catch (ArticleText.TextException e) {
            diagnostics.add(e.diagnostic());
            return;
        }
        sameText.identify(article, text, memo);
        republished.read(article, text, key);
        Diagnostic hidden = HiddenText.capture(article.file(), text.capture());
        if (hidden != null) {
            if (hiddenWarned.add(article.file())) {
                diagnostics.add(hidden);
            }
            // Not remembered, so the next run reads the capture again and warns again (a cached run says what a full one says).
            key = null;
        }
        if (citations.isEmpty()) {
            if (key != null) {
                memo.remember(key, text, List.of(), List.of(), List.of(), List.of());
            }
            return;
        }
        Anchorer anchorer = new Anchorer(text);
        List<String> ids = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        List<String> quotes = new ArrayList<>();
        List<AnchorMemo.Quoted> found = new ArrayList<>();
        for (int i = 0; i < known.length; i++) {
            Citation cite = citations.get(i);
            Claim claim = corpus.claims().get(cite.claim());
            Source source = claim.sources().get(cite.source());
            AnchorMemo.Quoted done;
            if (known[i] != null) {
                done = known[i];
            } else {
                Anchor anchor = anchorer.find(claim.id(), cite.source(), source.quote());
                done = new AnchorMemo.Quoted(anchor, anchor.found() ? quoteFigures(anchor.matched(), article.published())
                        : List.of());
            }
            anchored[cite.claim()][cite.source()] = done;
            ids.add(claim.id());
            indexes.add(cite.source());
            quotes.add(source.quote());
            found.add(done);
        }
        if (key != null) {
            memo.remember(key, text, ids, indexes, quotes, found);
        }
    }

    /**
     * The figures of a quote; in a quote that holds none, its one vague quantity ("hundreds of
     * civilians"), which is what the outlet says instead of a figure: compared, it can be consistent
     * with a figure but never confirm it.
     */
    static List<Figure> quoteFigures(String matched, java.time.LocalDate published) {
        List<Figure> found = FigureExtractor.extract(matched, published);
        if (!found.isEmpty()) {
            return found;
        }
        List<Figure> vague = Vague.read(matched);
        return vague.size() == 1 ? vague : List.of();
    }

    private ClaimResult decide(int c) {
        Claim claim = corpus.claims().get(c);
        int n = claim.sources().size();
        List<String> unanchored = new ArrayList<>();
        List<String> ambiguous = new ArrayList<>();
        Map<String, String> outlets = new LinkedHashMap<>();
        Anchor[] anchors = new Anchor[n];
        Figure[] figures = new Figure[n];
        List<List<Figure>> founds = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            Source source = claim.sources().get(s);
            Article article = corpus.articlesById().get(source.article());
            AnchorMemo.Quoted done = anchored[c][s];
            Anchor anchor = done == null ? null : done.anchor();
            boolean reported = anchor == null;
            if (anchor == null) {
                // The article is unknown, or failed to load or to slice; that error is already reported.
                anchor = new Anchor(claim.id(), s, false, -1, -1, null, null, null,
                        article == null ? "there is no article '" + source.article() + "'" : "the article's text could not be read");
            }
            List<Figure> found = done == null ? List.of() : done.figures();
            String label = "source " + (s + 1) + " (" + source.article() + ")";
            Figure figure = null;
            if (!anchor.found()) {
                unanchored.add(label);
                if (!reported) {
                    diagnostics.add(Diagnostic.finding(Rule.UNANCHORED, source.quoteAt(), "quote not found in article '" + source.article() + "'"
                            + (anchor.hint() != null ? "; " + anchor.hint() : "")));
                }
            } else if (source.figure() != null) {
                figure = pick(source, anchor.matched(), found);
            } else if (found.size() == 1) {
                figure = found.get(0);
            } else if (found.size() > 1) {
                ambiguous.add(label + " holds " + found.size() + " figures ("
                        + found.stream().map(f -> "'" + f.text() + "'").collect(Collectors.joining(", ")) + ")");
                diagnostics.add(Diagnostic.finding(Rule.AMBIGUOUS, source.quoteAt(), "quote holds " + found.size() + " figures ("
                        + found.stream().map(f -> "'" + f.text() + "'").collect(Collectors.joining(", "))
                        + "); add 'figure:' naming the one this claim is about"));
            }
            if (article != null) {
                outlets.putIfAbsent(Outlets.key(article.outlet()), article.outlet());
            }
            anchors[s] = anchor;
            figures[s] = figure;
            founds.add(found);
        }

        for (int s = 0; s < n; s++) {
            Source source = claim.sources().get(s);
            String bad = figures[s] == null ? null : Quantity.unitError(figures[s], source.unit());
            if (bad != null) {
                diagnostics.add(Diagnostic.contentError(Rule.UNIT, source.unitAt() != null ? source.unitAt() : source.quoteAt(),
                        bad + "; remove 'unit:'"));
            }
        }

        // Every pair of figures of the same date is compared and shown; pairs with a source the desk
        // marked as erring are shown but do not decide the status.
        List<ClaimResult.Compared> compared = new ArrayList<>();
        ClaimResult.Compared conflict = null;
        ClaimResult.Compared incomparable = null;
        List<ClaimResult.Compared> deciding = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                Source sa = claim.sources().get(a);
                Source sb = claim.sources().get(b);
                if (figures[a] == null || figures[b] == null || !Objects.equals(sa.asOf(), sb.asOf())) {
                    continue;
                }
                Comparison cmp = Figures.compare(figures[a], sa.unit(), figures[b], sb.unit(), claim.tolerance(), claim.rates());
                ClaimResult.Compared pair = new ClaimResult.Compared(a, b, cmp);
                compared.add(pair);
                if (sa.errs() != null || sb.errs() != null) {
                    continue;
                }
                deciding.add(pair);
                if (conflict == null && cmp.verdict() == Comparison.Verdict.DISAGREE) {
                    conflict = pair;
                } else if (incomparable == null && cmp.verdict() == Comparison.Verdict.INCOMPARABLE) {
                    incomparable = pair;
                }
            }
        }

        Independence ind = independence(claim, anchors);
        List<SourceResult> sources = new ArrayList<>(n);
        for (int s = 0; s < n; s++) {
            Source source = claim.sources().get(s);
            sources.add(new SourceResult(source, corpus.articlesById().get(source.article()), anchors[s], founds.get(s), figures[s],
                    figures[s] == null ? null : Quantity.of(figures[s], source.unit()), ind.notCounted()[s]));
        }
        List<String> erred = new ArrayList<>();
        for (SourceResult r : sources) {
            if (r.errs() && r.article() != null && !erred.contains(r.article().outlet())) {
                erred.add(r.article().outlet());
            }
        }
        checkErrs(sources, compared);

        List<String> outletNames = List.copyOf(outlets.values());
        List<String> groups = ind.groups();
        Status status;
        String reason;
        if (!unanchored.isEmpty()) {
            status = Status.UNANCHORED;
            reason = plural(unanchored.size(), "quote") + " not found in the article: " + String.join(", ", unanchored);
        } else if (!ambiguous.isEmpty()) {
            status = Status.AMBIGUOUS;
            reason = String.join("; ", ambiguous) + ", and 'figure:' picks none";
        } else if (conflict != null) {
            status = Status.CONFLICTING;
            reason = "source " + (conflict.a() + 1) + " and source " + (conflict.b() + 1) + " disagree: "
                    + conflict.comparison().reason() + roles(sources, compared);
            diagnostics.add(Diagnostic.warning(Rule.CONFLICT, claim.sources().get(conflict.b()).quoteAt(), "figures conflict: "
                    + conflict.comparison().reason() + "; if one source is wrong, mark it with 'errs: \"why\"'"));
        } else if (incomparable != null) {
            status = Status.INCOMPARABLE;
            String which = "source " + (incomparable.a() + 1) + " and source " + (incomparable.b() + 1);
            reason = which + " cannot be compared (" + incomparable.comparison().reason() + "), so agreement was not measured"
                    + roles(sources, compared);
            // The reason carries its own advice; 'unit:' is suggested there only where it can help (an unnamed noun).
            diagnostics.add(Diagnostic.warning(Rule.INCOMPARABLE, claim.sources().get(incomparable.b()).quoteAt(), which
                    + " give figures that cannot be compared (" + incomparable.comparison().reason() + "), so the claim cannot be "
                    + "corroborated; if they measure different things, split the claim or cite a source with a comparable figure"));
        } else if (groups.isEmpty()) {
            status = Status.NO_INDEPENDENT_SOURCE;
            Measured m = measured(sources, deciding, ind);
            reason = "no independent outlet counted" + (m.detail() == null ? "" : "; " + m.detail()) + roles(sources, compared);
        } else {
            Measured m = measured(sources, deciding, ind);
            if (groups.size() >= 2 && (!m.anyFigure() || m.confirming() >= 2)) {
                status = Status.CORROBORATED;
                reason = corroborated(groups, m) + roles(sources, compared);
            } else {
                status = Status.SINGLE_SOURCE;
                reason = singleSource(groups, sources, m) + roles(sources, compared);
            }
        }
        reason += moved(claim, sources);
        if (claim.expect() != null && !claim.expect().equals(status.id())) {
            diagnostics.add(Diagnostic.finding(Rule.EXPECT, claim.expectAt(), "expected status '" + claim.expect() + "' but the sources say '"
                    + status.id() + "': " + reason));
        }
        checkRating(claim, status);
        checkConclusion(claim);
        return new ClaimResult(claim, status, reason, sources, outletNames, compared, groups, erred);
    }

    /** Counted sources published further apart than this, with no {@code as_of:}, may describe a quantity that moved. */
    private static final int MOVING_DAYS = 7;

    /**
     * When the counted sources that print a figure (other than a date or an ordinal) were published
     * more than a week apart and no source dates its figure with {@code as_of:}, warns at the claim
     * and returns what the reason adds (the dates); otherwise "".
     */
    private String moved(Claim claim, List<SourceResult> sources) {
        java.time.LocalDate first = null;
        java.time.LocalDate last = null;
        for (SourceResult r : sources) {
            if (r.source().asOf() != null) {
                return "";
            }
            Figure f = r.figure();
            if (f == null || r.notCounted() != null || r.article() == null || r.article().published() == null
                    || f.kind() == org.factcheck.figures.Kind.DATE || f.kind() == org.factcheck.figures.Kind.ORDINAL) {
                continue;
            }
            java.time.LocalDate p = r.article().published();
            first = first == null || p.isBefore(first) ? p : first;
            last = last == null || p.isAfter(last) ? p : last;
        }
        if (first == null || java.time.temporal.ChronoUnit.DAYS.between(first, last) <= MOVING_DAYS) {
            return "";
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(first, last);
        String said = "the counted sources were published on " + first + " and " + last + ", " + days
                + " days apart, and none dates its figure, so the quantity may have moved between them";
        diagnostics.add(Diagnostic.warning(Rule.MOVING, claim.at(), said + "; if it can change over time, set 'as_of:' on each "
                + "source to the date its figure describes"));
        return "; " + said;
    }

    /** Which outlets count as independent, and why each source that adds none does not. */
    private record Independence(List<String> groups, String[] notCounted, String[] group) {
    }

    /**
     * Groups the cited outlets that repeat each other (the same outlet, or linked by an article's or
     * a source's {@code relies_on}) and counts one per group that holds an independent outlet.
     * Sources marked {@code errs:} and quotes not found add nothing.
     */
    private Independence independence(Claim claim, Anchor[] anchors) {
        int n = claim.sources().size();
        Map<String, String> parent = new HashMap<>();
        String[] keys = new String[n];
        List<Set<String>> relied = new ArrayList<>(n);
        for (int s = 0; s < n; s++) {
            Source source = claim.sources().get(s);
            Article article = corpus.articlesById().get(source.article());
            Set<String> r = new LinkedHashSet<>();
            if (article != null) {
                keys[s] = Outlets.key(article.outlet());
                article.reliesOn().forEach(o -> r.add(Outlets.key(o)));
                source.reliesOn().forEach(o -> r.add(Outlets.key(o)));
                r.remove(keys[s]);
                if (anchors[s].found() && source.errs() == null) {
                    for (String o : r) {
                        union(parent, keys[s], o);
                    }
                }
            }
            relied.add(r);
        }
        String[] notCounted = new String[n];
        String[] group = new String[n];
        SameText.Seen seen = sameText.new Seen(claim, anchors);
        // Of the sources telling one story (an original and its republished copies), the original counts, else the first copy.
        Map<String, Integer> teller = new HashMap<>();
        for (int s = 0; s < n; s++) {
            Article article = corpus.articlesById().get(claim.sources().get(s).article());
            SiteSettings.Outlet declared = article == null ? null : corpus.settings().outlet(article.outlet());
            if (article != null && anchors[s].found() && claim.sources().get(s).errs() == null
                    && (declared == null || declared.independent())) {
                String story = republished.story(article.id());
                if (story.equals(article.id())) {
                    teller.put(story, s);
                } else {
                    teller.putIfAbsent(story, s);
                }
            }
        }
        Map<String, Integer> firstOfGroup = new LinkedHashMap<>();
        Map<String, List<String>> names = new LinkedHashMap<>();
        for (int s = 0; s < n; s++) {
            Source source = claim.sources().get(s);
            Article article = corpus.articlesById().get(source.article());
            if (article == null) {
                notCounted[s] = "its article is unknown";
                continue;
            }
            if (!anchors[s].found()) {
                notCounted[s] = "its quote is not found in the article";
                continue;
            }
            if (source.errs() != null) {
                notCounted[s] = "the desk marks it as erring: " + source.errs();
                continue;
            }
            SiteSettings.Outlet declared = corpus.settings().outlet(article.outlet());
            if (declared != null && !declared.independent()) {
                notCounted[s] = "not an independent outlet: " + declared.reason();
                continue;
            }
            int twin = seen.earlier(s);
            if (twin >= 0 && !keys[twin].equals(keys[s])) {
                Article other = corpus.articlesById().get(claim.sources().get(twin).article());
                notCounted[s] = "the same text as source " + (twin + 1) + " (" + other.outlet() + "): " + seen.how(s, twin)
                        + ", so the two are one source, counted once";
                diagnostics.add(Diagnostic.warning(Rule.SAME_TEXT, source.quoteAt(), "source " + (s + 1) + " (article '" + article.id()
                        + "', " + article.outlet() + ") quotes the same text as source " + (twin + 1) + " (article '" + other.id() + "', "
                        + other.outlet() + "): " + seen.how(s, twin) + "; they count as one source; cite a capture of the other outlet's own reporting"));
                continue;
            }
            String story = republished.story(article.id());
            int told = teller.getOrDefault(story, s);
            if (told != s && !story.equals(article.id())) {
                notCounted[s] = copyOf(claim, s, told, story);
                continue;
            }
            seen.add(s);
            String root = find(parent, keys[s]);
            group[s] = root;
            Integer first = firstOfGroup.putIfAbsent(root, s);
            List<String> members = names.computeIfAbsent(root, k -> new ArrayList<>());
            if (!members.contains(article.outlet())) {
                members.add(article.outlet());
            }
            if (first == null) {
                continue;
            }
            Article other = corpus.articlesById().get(claim.sources().get(first).article());
            String ref = "source " + (first + 1) + " (" + other.outlet() + ")";
            if (keys[first].equals(keys[s])) {
                notCounted[s] = "same outlet as " + ref + "; an outlet repeating itself is not independent confirmation";
            } else if (relied.get(s).contains(keys[first])) {
                notCounted[s] = "it relies on the reporting of " + ref;
            } else if (relied.get(first).contains(keys[s])) {
                notCounted[s] = ref + " relies on this outlet's reporting";
            } else {
                notCounted[s] = "it shares reporting with " + ref + " (through 'relies_on')";
            }
        }
        List<String> groups = names.values().stream().map(g -> String.join(" + ", g)).toList();
        return new Independence(groups, notCounted, group);
    }

    /**
     * Why source {@code s}, a republished copy, is not counted beside source {@code told}, which tells
     * the same story (article {@code story}, or another copy of it); warns at the copy's quote.
     */
    private String copyOf(Claim claim, int s, int told, String story) {
        Source source = claim.sources().get(s);
        Article article = corpus.articlesById().get(source.article());
        Article original = corpus.articlesById().get(story);
        Article other = corpus.articlesById().get(claim.sources().get(told).article());
        org.factcheck.discovery.Copies.Copy copy = republished.copies().of(article.id());
        String originalName = "article '" + original.id() + "' (" + original.outlet()
                + (original.published() == null ? "" : ", " + original.published()) + ")";
        String as = other.id().equals(story) ? "cited as source " + (told + 1)
                : "as source " + (told + 1) + " (article '" + other.id() + "', " + other.outlet() + ") does";
        String how = copy == null ? "" : ": " + copy.how();
        diagnostics.add(Diagnostic.warning(Rule.REPUBLISHED, source.quoteAt(), "source " + (s + 1) + " (article '" + article.id() + "', "
                + article.outlet() + ") republishes " + originalName + ", " + as + how + "; they count as one source; if it is "
                + "no copy, write 'republishes: none' in " + article.at().file()));
        return "it republishes " + originalName + ", " + as + how + ", so the two count as one source";
    }

    private static String find(Map<String, String> parent, String key) {
        String p = parent.getOrDefault(key, key);
        if (p.equals(key)) {
            return key;
        }
        String root = find(parent, p);
        parent.put(key, root);
        return root;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            // The smaller key becomes the root so the grouping does not depend on source order.
            if (ra.compareTo(rb) < 0) {
                parent.put(rb, ra);
            } else {
                parent.put(ra, rb);
            }
        }
    }

    /**
     * What was measured, in words that never claim more: "figures agree: …" only where figures were
     * compared and agree, otherwise why nothing confirms the figure ("only source 2 (CNN) prints a
     * figure"), or null when no source other than an erring one prints a figure. A figure is
     * confirmed by the independent outlets whose figures agree with another independent outlet's; a
     * vague quantity that is only consistent with it confirms nothing.
     */
    private static Measured measured(List<SourceResult> sources, List<ClaimResult.Compared> deciding, Independence ind) {
        List<Integer> withFigure = new ArrayList<>();
        for (int s = 0; s < sources.size(); s++) {
            if (sources.get(s).figure() != null && !sources.get(s).errs()) {
                withFigure.add(s);
            }
        }
        if (withFigure.isEmpty()) {
            return new Measured(false, null, false, 0);
        }
        if (withFigure.size() == 1) {
            int s = withFigure.get(0);
            boolean erringFigure = sources.stream().anyMatch(r -> r.errs() && r.figure() != null);
            return new Measured(false, "only source " + (s + 1) + " (" + outlet(sources.get(s)) + ") prints a figure"
                    + (erringFigure ? " besides the one that errs" : ""), true, 0);
        }
        if (deciding.isEmpty()) {
            return new Measured(false, "the figures describe different dates (as_of), so none was compared with another", true, 0);
        }
        List<String> agree = new ArrayList<>();
        List<String> consistent = new ArrayList<>();
        for (ClaimResult.Compared p : deciding) {
            String pair = "sources " + (p.a() + 1) + " and " + (p.b() + 1) + ", " + p.comparison().reason();
            (p.comparison().verdict() == Comparison.Verdict.AGREE ? agree : consistent).add(pair);
        }
        boolean allPairs = deciding.size() == withFigure.size() * (withFigure.size() - 1) / 2;
        // Agreement between independent outlets is what corroborates a figure: count the outlets whose
        // figure agrees with another independent outlet's.
        Set<String> across = new LinkedHashSet<>();
        for (ClaimResult.Compared p : deciding) {
            String ga = ind.group()[p.a()];
            String gb = ind.group()[p.b()];
            if (p.comparison().verdict() == Comparison.Verdict.AGREE && ga != null && gb != null && !ga.equals(gb)) {
                across.add(ga);
                across.add(gb);
            }
        }
        String detail = (agree.isEmpty() ? "" : "figures agree: " + String.join("; ", agree))
                + (consistent.isEmpty() ? "" : (agree.isEmpty() ? "" : "; ") + "consistent without confirming: "
                + String.join("; ", consistent))
                + (allPairs ? "" : "; figures of different dates (as_of) were not compared")
                + (ind.groups().size() >= 2 && across.isEmpty() ? "; no two independent outlets' figures agree" : "");
        return new Measured(!agree.isEmpty(), detail, true, across.size());
    }

    /**
     * Whether any figures were compared and agree, what to say about it, whether any source (other than
     * an erring one) prints a figure, and how many independent outlets' figures agree with another's.
     */
    private record Measured(boolean compared, String detail, boolean anyFigure, int confirming) {
    }

    /** The reason of a claim with at least two independent outlets whose figures agree, or no figure at all. */
    private static String corroborated(List<String> groups, Measured m) {
        String outlets = groups.size() + " independent outlets (" + String.join(", ", groups) + ")";
        if (m.compared()) {
            return outlets + "; " + m.detail();
        }
        return "no figures compared; " + outlets + " print the statement" + (m.detail() == null ? "" : "; " + m.detail());
    }

    /**
     * The reason of a claim resting on one independent outlet, or on several of which only one states
     * the figure (the others print the statement without it, or only a vague quantity).
     */
    private static String singleSource(List<String> groups, List<SourceResult> sources, Measured m) {
        if (groups.size() >= 2) {
            return groups.size() + " independent outlets (" + String.join(", ", groups) + ") print the statement, but "
                    + "its figure rests on one outlet: " + m.detail();
        }
        String outlets = "one independent outlet (" + groups.get(0) + ")";
        if (m.compared()) {
            return outlets + "; " + m.detail();
        }
        if (sources.size() == 1) {
            return outlets + ", one source: nothing to compare" + (sources.get(0).figure() == null ? " (the quote holds no figure)" : "");
        }
        return outlets + "; no figures compared" + (m.detail() == null ? "" : ": " + m.detail());
    }

    /** The sources that add no independent outlet, and why; the outlets that err. */
    private static String roles(List<SourceResult> sources, List<ClaimResult.Compared> compared) {
        StringBuilder sb = new StringBuilder();
        for (int s = 0; s < sources.size(); s++) {
            SourceResult r = sources.get(s);
            if (r.errs()) {
                sb.append("; ").append(outlet(r)).append(" errs (source ").append(s + 1).append("): ").append(r.source().errs());
                for (ClaimResult.Compared p : compared) {
                    int other = p.a() == s ? p.b() : p.b() == s ? p.a() : -1;
                    if (other >= 0 && !sources.get(other).errs() && p.comparison().verdict() == Comparison.Verdict.DISAGREE) {
                        sb.append(" (its figure disagrees: ").append(p.comparison().reason()).append(")");
                        break;
                    }
                }
            } else if (r.notCounted() != null && r.anchor().found()) {
                sb.append("; source ").append(s + 1).append(" (").append(outlet(r)).append(") not counted: ").append(r.notCounted());
            }
        }
        return sb.toString();
    }

    private static String outlet(SourceResult r) {
        return r.article() == null ? r.source().article() : r.article().outlet();
    }

    /** A source marked {@code errs:} must really disagree with a source that does not err. */
    private void checkErrs(List<SourceResult> sources, List<ClaimResult.Compared> compared) {
        boolean anyErrs = false;
        boolean allErr = true;
        for (SourceResult r : sources) {
            anyErrs |= r.errs();
            allErr &= r.errs();
        }
        if (!anyErrs) {
            return;
        }
        if (allErr) {
            diagnostics.add(Diagnostic.warning(Rule.ERRS, sources.get(0).source().errsAt(), "every source of the claim is marked 'errs', "
                    + "so nothing supports it; remove 'errs:' from the sources that are right"));
            return;
        }
        for (int s = 0; s < sources.size(); s++) {
            SourceResult r = sources.get(s);
            if (!r.errs() || !r.anchor().found()) {
                continue;
            }
            boolean disagrees = false;
            Integer agreesWith = null;
            for (ClaimResult.Compared p : compared) {
                int other = p.a() == s ? p.b() : p.b() == s ? p.a() : -1;
                if (other < 0 || sources.get(other).errs()) {
                    continue;
                }
                if (p.comparison().verdict() == Comparison.Verdict.DISAGREE) {
                    disagrees = true;
                } else if (p.comparison().verdict() == Comparison.Verdict.AGREE && agreesWith == null) {
                    agreesWith = other;
                }
            }
            if (disagrees) {
                continue;
            }
            String why = r.figure() == null ? "it has no figure to compare, so the check cannot confirm that it is wrong"
                    : agreesWith != null ? "its figure agrees with source " + (agreesWith + 1) + " ("
                    + outlet(sources.get(agreesWith)) + ")"
                    : "its figure was not compared with any other source's (no comparable figure of the same date)";
            diagnostics.add(Diagnostic.warning(Rule.ERRS, r.source().errsAt(), "source " + (s + 1) + " is marked 'errs' but does not "
                    + "disagree with any other source: " + why + "; remove 'errs:' or mark the source that is wrong"));
        }
    }

    /** A rated claim says what the desk concluded, in words, as readers of every fact-check desk expect. */
    private void checkConclusion(Claim claim) {
        if (claim.rating() != null && claim.conclusion() == null) {
            diagnostics.add(Diagnostic.warning(Rule.CONCLUSION, claim.ratingAt(), "claim is rated '" + claim.rating()
                    + "' but has no 'conclusion:'; add one or two sentences saying what the desk found, for the top of its page"));
        }
    }

    /** The rating's wording must not contradict the status: the scale says which statuses each rating allows. */
    private void checkRating(Claim claim, Status status) {
        SiteSettings.Rating rating = claim.rating() == null ? null : corpus.settings().rating(claim.rating());
        if (rating == null || status == Status.UNANCHORED || status == Status.AMBIGUOUS || rating.allows(status.id())) {
            return;
        }
        List<String> fitting = corpus.settings().ratings().stream().filter(r -> r.allows(status.id()))
                .map(SiteSettings.Rating::label).toList();
        diagnostics.add(Diagnostic.finding(Rule.RATING_STATUS, claim.ratingAt(), "rating '" + rating.label() + "'"
                + (rating.description() == null ? "" : " (\"" + rating.description() + "\")") + " contradicts the status '"
                + status.id() + "' (" + status.meaning() + "); the scale in content/site.yaml allows it only with "
                + String.join(", ", rating.statuses()) + "; if one source is wrong, mark it with 'errs: \"why\"', or choose a rating "
                + "that fits" + (fitting.isEmpty() ? "" : " (" + String.join(", ", fitting) + ")")));
    }

    /** The figure named by the source's {@code figure:} text, located inside the matched quote. */
    private Figure pick(Source source, String matched, List<Figure> found) {
        Typography.Folded folded = Typography.fold(matched);
        String wanted = Typography.foldQuote(source.figure());
        int at = folded.text().indexOf(wanted);
        if (at < 0) {
            diagnostics.add(Diagnostic.contentError(Rule.FIGURE, source.figureAt(), "'figure' must be part of the quote; '" + source.figure()
                    + "' is not in it"));
            return null;
        }
        int start = folded.originalStart(at);
        int end = folded.originalEnd(at + wanted.length());
        Figure best = Figure.mostOverlapping(found, start, end);
        if (best == null) {
            diagnostics.add(Diagnostic.finding(Rule.FIGURE, source.figureAt(), "no figure is read in '" + source.figure() + "'"
                    + (found.isEmpty() ? "" : "; the quote's figures are "
                    + found.stream().map(f -> "'" + f.text() + "'").collect(Collectors.joining(", ")))));
        }
        return best;
    }

    private static String plural(int n, String word) {
        return n == 1 ? "1 " + word + " is" : n + " " + word + "s are";
    }
}
