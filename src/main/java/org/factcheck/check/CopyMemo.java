package org.factcheck.check;

import org.factcheck.discovery.Copies;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the check remembers to find republished copies again: each text's fingerprint by its text
 * key (saved in the cache beside the check's memo, {@value #FILE}), and the copies the last run
 * found with the key of what it searched (kept in memory only, for the runs of one process such as
 * {@code serve}). Each run keeps only the fingerprints it used.
 */
final class CopyMemo {

    static final String FILE = "copy-prints";
    private static final String KIND = "copy-prints/1";

    private Map<String, AnchorMemo.Print> prints = Map.of();
    private String copiesKey;
    private Copies copies;
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
            prints = Map.copyOf(read);
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
                return out.bytes();
            });
            dirty = false;
        } catch (java.io.IOException | RuntimeException e) {
            dir.failed("cannot write the cache in " + dir.path() + ": " + e.getMessage());
        }
    }

    /** Starts a run; one under other limits than the last starts from nothing. */
    synchronized Run start(boolean sameLimits) {
        return sameLimits ? new Run(prints, copiesKey, copies) : new Run(Map.of(), null, null);
    }

    /** One run: answers from what the last run kept and collects what this run uses. */
    final class Run {
        private final Map<String, AnchorMemo.Print> old;
        private final Map<String, AnchorMemo.Print> used = new ConcurrentHashMap<>();
        private final String oldKey;
        private final Copies oldCopies;
        private volatile String newKey;
        private volatile Copies newCopies;

        private Run(Map<String, AnchorMemo.Print> old, String oldKey, Copies oldCopies) {
            this.old = old;
            this.oldKey = oldKey;
            this.oldCopies = oldCopies;
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

        /** The copies the last run found when it searched what {@code key} names, else null. */
        Copies copies(String key) {
            return key.equals(oldKey) ? oldCopies : null;
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
                copiesKey = newKey != null ? newKey : oldKey;
                copies = newKey != null ? newCopies : oldCopies;
            }
        }
    }
}
