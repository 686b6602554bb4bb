package org.factcheck.check;

import org.factcheck.cache.CacheDir;
import org.factcheck.cache.FileHashes;

import org.factcheck.figures.Figure;
import org.factcheck.model.Article;
import org.factcheck.model.Claim;
import org.factcheck.diagnostic.Diagnostic;
import org.factcheck.files.Limits;
import org.factcheck.load.LoadMemo;
import org.factcheck.model.SiteSettings;
import org.factcheck.anchor.Anchor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.factcheck.check.CheckMemo.Cite;
import org.factcheck.check.CheckMemo.DecideEntry;
import org.factcheck.check.CheckMemo.FileEntry;

/**
 * One shard of a saved {@link CheckMemo} as read: everything but its decisions, which are read once
 * every shard's files and texts are known.
 */
final class MemoShard {
    Limits limits;
    SiteSettings settings;
    final Map<String, FileHashes.Stat> stats = new HashMap<>();
    final Map<String, FileEntry> files = new HashMap<>();
    final Map<String, Map<Cite, AnchorMemo.Quoted>> texts = new HashMap<>();
    private Codec.In in;

    /** Shard {@code i} of {@code dir}, or null when it is missing or does not verify. */
    static MemoShard read(CacheDir dir, int i) {
        byte[] body = dir.read(CheckMemo.file(i), CheckMemo.KIND);
        if (body == null) {
            return null;
        }
        try {
            MemoShard sh = new MemoShard();
            sh.decode(new Codec.In(body));
            return sh;
        } catch (RuntimeException e) {
            // Written by this very code and checked, so not expected; either way it is not trusted.
            return null;
        }
    }

    private void decode(Codec.In in) {
        this.in = in;
        if (!CheckMemo.KIND.equals(in.str())) {
            throw new Codec.Malformed("not a check memo");
        }
        long[] l = new long[Limits.names().size()];
        for (int i = 0; i < l.length; i++) {
            l[i] = in.varint();
        }
        limits = new Limits(l[0], l[1], l[2], l[3], l[4], l[5], l[6]);
        settings = in.bool() ? in.settings() : null;
        int n = in.count();
        for (int i = 0; i < n; i++) {
            stats.put(in.text(), new FileHashes.Stat(in.varint(), in.sint(), in.sint(), in.text(), in.text()));
        }
        n = in.count();
        for (int i = 0; i < n; i++) {
            String rel = in.text();
            String hash = in.text();
            String context = in.text();
            String capture = in.str();
            int kind = in.u8();
            Object value = switch (kind) {
                case 0 -> in.article();
                case 1 -> in.claim();
                default -> throw new Codec.Malformed("unknown kind of file");
            };
            if (kind == 0 && capture == null) {
                throw new Codec.Malformed("an article without its capture's hash");
            }
            int d = in.count();
            List<Diagnostic> diagnostics = new ArrayList<>(d);
            for (int k = 0; k < d; k++) {
                diagnostics.add(in.diagnostic());
            }
            files.put(rel, new FileEntry(hash, context, capture, new LoadMemo.Parsed(value, diagnostics, in.location(), in.location())));
        }
        n = in.count();
        for (int i = 0; i < n; i++) {
            String key = in.text();
            int c = in.count();
            Map<Cite, AnchorMemo.Quoted> cites = new HashMap<>(c * 2);
            for (int k = 0; k < c; k++) {
                Cite cite = new Cite(in.text(), in.nat(), in.text());
                Anchor anchor = in.anchor();
                cites.put(cite, new AnchorMemo.Quoted(anchor, figures(in)));
            }
            texts.put(key, cites);
        }
    }

    private static List<Figure> figures(Codec.In in) {
        int f = in.count();
        List<Figure> figures = new ArrayList<>(f);
        for (int j = 0; j < f; j++) {
            figures.add(in.figure());
        }
        return figures;
    }

    /** This shard's decisions whose every reference is found with the hashes it was decided from. */
    Map<String, DecideEntry> decisions(Map<String, FileEntry> files, Map<String, Map<Cite, AnchorMemo.Quoted>> texts) {
        Map<String, DecideEntry> out = new HashMap<>();
        int n = in.count();
        for (int i = 0; i < n; i++) {
            String claimRel = in.text();
            String claimHash = in.text();
            String claimContext = in.text();
            FileEntry claimFile = files.get(claimRel);
            boolean valid = claimFile != null && claimFile.hash().equals(claimHash) && claimFile.context().equals(claimContext)
                    && claimFile.parsed().value() instanceof Claim;
            int sources = in.count();
            Claim claim = valid ? (Claim) claimFile.parsed().value() : null;
            valid &= claim != null && claim.sources().size() == sources;
            List<Article> articles = new ArrayList<>(sources);
            List<AnchorMemo.Quoted> quoted = new ArrayList<>(sources);
            List<SourceResult> results = new ArrayList<>(sources);
            for (int s = 0; s < sources; s++) {
                String rel = in.str();
                Article article = null;
                if (rel != null) {
                    FileEntry f = files.get(rel);
                    String hash = in.text();
                    String capture = in.text();
                    String outlet = in.str();
                    if (f != null && f.hash().equals(hash) && capture.equals(f.captureHash()) && f.parsed().value() instanceof Article base) {
                        article = CheckMemo.withOutlet(base, outlet);
                    } else {
                        valid = false;
                    }
                }
                articles.add(article);
                AnchorMemo.Quoted q = null;
                int how = in.u8();
                if (how == 1) {
                    Map<Cite, AnchorMemo.Quoted> cites = texts.get(in.text());
                    Cite cite = new Cite(in.text(), in.nat(), in.text());
                    q = cites == null ? null : cites.get(cite);
                    valid &= q != null;
                } else if (how == 2) {
                    Anchor anchor = in.anchor();
                    q = new AnchorMemo.Quoted(anchor, figures(in));
                } else if (how != 0) {
                    throw new Codec.Malformed("unknown anchor reference");
                }
                quoted.add(q);
                Anchor anchor = in.bool() ? (q == null ? null : q.anchor()) : in.anchor();
                int figure = in.sint32();
                var quantity = in.quantity();
                String notCounted = in.str();
                if (!valid) {
                    continue;
                }
                List<Figure> figures = q == null ? List.of() : q.figures();
                if (anchor == null || figure < -1 || figure >= figures.size()) {
                    throw new Codec.Malformed("a source without its anchor or figure");
                }
                results.add(new SourceResult(claim.sources().get(s), article, anchor, figures, figure < 0 ? null : figures.get(figure),
                        quantity, notCounted));
            }
            Status status = Status.valueOf(in.text());
            String reason = in.str();
            List<String> outlets = in.strs();
            int c = in.count();
            List<ClaimResult.Compared> compared = new ArrayList<>(c);
            for (int k = 0; k < c; k++) {
                int a = in.nat();
                int b = in.nat();
                if (a >= sources || b >= sources) {
                    throw new Codec.Malformed("no such source");
                }
                compared.add(new ClaimResult.Compared(a, b, in.comparison()));
            }
            List<String> independent = in.strs();
            List<String> erred = in.strs();
            int d = in.count();
            List<Diagnostic> diagnostics = new ArrayList<>(d);
            for (int k = 0; k < d; k++) {
                diagnostics.add(in.diagnostic());
            }
            if (valid) {
                ClaimResult result = new ClaimResult(claim, status, reason, results, outlets, compared, independent, erred);
                out.put(claim.at().file(), new DecideEntry(claim, articles, quoted, new AnchorMemo.Decided(result, diagnostics)));
            }
        }
        if (!in.atEnd()) {
            throw new Codec.Malformed("trailing bytes");
        }
        return out;
    }
}
