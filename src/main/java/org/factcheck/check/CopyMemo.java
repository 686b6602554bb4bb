package org.factcheck.check;

import org.factcheck.discovery.Copies;

import java.util.List;
import java.util.Map;

import org.factcheck.model.Article;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the check remembers to find republished copies again: each text's fingerprint by its text
 * key, and the copies the last run found with the key of what it searched (every article considered
 * and its text). Saved in the cache beside the check's memo ({@value #FILE}); each run keeps only
 * the fingerprints it used.
 */
final class CopyMemo {

    static final String FILE = "copy-prints";
    private static final String KIND = "copy-prints/2";

    private Map<String, AnchorMemo.Print> prints = Map.of();
    private String copiesKey;
    private Copies copies;
    /** The copies as read from the cache, by article id, until a run resolves them against its articles. */
    private List<Saved> savedCopies;

    /** A copy as saved: its articles by id. */
    private record Saved(String copy, String original, boolean credited, double similarity, boolean confirmed) {
    }
    /** Whether the fingerprints differ from what the cache file holds. */
    private boolean dirty = true;

    /** Reads the fingerprints saved in {@code dir}; a file that is missing or does not verify is no fingerprint. */
    synchronized void load(org.factcheck.cache.CacheDir dir) {
        byte[] body = dir.read(FILE, KIND);
        if (body == null) {
            return;
        }
        try {
            Codec.In in = new Codec.In(body);
            int n = in.count();
            Map<String, AnchorMemo.Print> read = new java.util.HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                String key = in.str();
                int[] signature = null;
                if (in.bool()) {
                    signature = new int[in.count()];
                    for (int h = 0; h < signature.length; h++) {
                        signature[h] = (int) in.sint();
                    }
                }
                int c = in.count();
                java.util.Set<String> credits = new java.util.HashSet<>();
                for (int k = 0; k < c; k++) {
                    credits.add(in.str());
                }
                read.put(key, new AnchorMemo.Print(signature, java.util.Set.copyOf(credits)));
            }
            String key = in.bool() ? in.str() : null;
            List<Saved> saved = new java.util.ArrayList<>();
            for (int i = in.count(); i > 0; i--) {
                saved.add(new Saved(in.str(), in.str(), in.bool(), Double.longBitsToDouble(in.varint()), in.bool()));
            }
            prints = Map.copyOf(read);
            copiesKey = key;
            savedCopies = key == null ? null : saved;
            dirty = false;
        } catch (RuntimeException e) {
            // Checked and written by this code, so not expected; either way it is not trusted.
            prints = Map.of();
        }
    }

    /** Saves the fingerprints when they changed since loaded or last saved; a failure is noted in the cache, never thrown. */
    synchronized void save(org.factcheck.cache.CacheDir dir) {
        if (!dirty) {
            return;
        }
        Map<String, AnchorMemo.Print> all = prints;
        String searched = copies == null ? null : copiesKey;
        List<Copies.Copy> found = copies == null ? List.of() : copies.all();
        try {
            dir.write(FILE, KIND, () -> {
                Codec.Out out = new Codec.Out();
                out.varint(all.size());
                new java.util.TreeMap<>(all).forEach((key, p) -> {
                    out.str(key);
                    out.bool(p.signature() != null);
                    if (p.signature() != null) {
                        out.varint(p.signature().length);
                        for (int h : p.signature()) {
                            out.sint(h);
                        }
                    }
                    out.varint(p.credits().size());
                    new java.util.TreeSet<>(p.credits()).forEach(out::str);
                });
                out.bool(searched != null);
                if (searched != null) {
                    out.str(searched);
                }
                out.varint(found.size());
                for (Copies.Copy c : found) {
                    out.str(c.copy().id());
                    out.str(c.original().id());
                    out.bool(c.credited());
                    out.varint(Double.doubleToLongBits(c.similarity()));
                    out.bool(c.confirmed());
                }
                return out.bytes();
            });
            dirty = false;
        } catch (java.io.IOException | RuntimeException e) {
            dir.failed("cannot write the cache in " + dir.path() + ": " + e.getMessage());
        }
    }

    /** Starts a run; one under other limits than the last starts from nothing. */
    synchronized Run start(boolean sameLimits) {
        return sameLimits ? new Run(prints, copiesKey, copies, savedCopies) : new Run(Map.of(), null, null, null);
    }

    /** One run: answers from what the last run kept and collects what this run uses. */
    final class Run {
        private final Map<String, AnchorMemo.Print> old;
        private final Map<String, AnchorMemo.Print> used = new ConcurrentHashMap<>();
        private final String oldKey;
        private final Copies oldCopies;
        private final List<Saved> saved;
        private volatile String newKey;
        private volatile Copies newCopies;

        private Run(Map<String, AnchorMemo.Print> old, String oldKey, Copies oldCopies, List<Saved> saved) {
            this.old = old;
            this.oldKey = oldKey;
            this.oldCopies = oldCopies;
            this.saved = saved;
        }

        /** The fingerprint remembered for {@code textKey}, or null. */
        AnchorMemo.Print print(String textKey) {
            AnchorMemo.Print p = old.get(textKey);
            if (p != null) {
                used.put(textKey, p);
                return p;
            }
            return used.get(textKey);
        }

        /** Keeps the fingerprint of the text under {@code textKey} (the caller has checked it is that text). */
        void keep(String textKey, AnchorMemo.Print print) {
            used.put(textKey, print);
        }

        /**
         * The copies the last run found when it searched what {@code key} names, else null. Copies read
         * from the cache name their articles by id; the key names every article as loaded, so each id
         * is that very article in {@code byId}.
         */
        Copies copies(String key, Map<String, Article> byId) {
            if (!key.equals(oldKey)) {
                return null;
            }
            if (oldCopies != null || saved == null) {
                return oldCopies;
            }
            List<Copies.Copy> all = new java.util.ArrayList<>();
            for (Saved c : saved) {
                Article copy = byId.get(c.copy());
                Article original = byId.get(c.original());
                if (copy == null || original == null) {
                    return null;
                }
                all.add(new Copies.Copy(copy, original, c.credited(), c.similarity(), c.confirmed()));
            }
            Copies resolved = Copies.of(all);
            found(key, resolved);
            return resolved;
        }

        /** Records the copies found searching what {@code key} names. */
        void found(String key, Copies found) {
            newKey = key;
            newCopies = found;
        }

        /** Makes what this run used the memo's content. */
        void finish() {
            synchronized (CopyMemo.this) {
                dirty |= !used.equals(prints);
                prints = Map.copyOf(used);
                dirty |= newKey != null && !newKey.equals(oldKey);
                copiesKey = newKey != null ? newKey : oldKey;
                copies = newKey != null ? newCopies : oldCopies;
                savedCopies = newKey != null ? null : savedCopies;
            }
        }
    }
}
