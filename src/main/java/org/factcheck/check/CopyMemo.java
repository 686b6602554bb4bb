package org.factcheck.check;

import org.factcheck.discovery.Copies;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the check remembers to find republished copies again: each text's fingerprint by its text
 * key, and the copies the last run found with the key of what it searched. Kept in memory only, for
 * the runs of one process ({@code serve}); a process that loads the memo from a cache fingerprints
 * again. Each run keeps only the fingerprints it used.
 */
final class CopyMemo {

    private Map<String, AnchorMemo.Print> prints = Map.of();
    private String copiesKey;
    private Copies copies;

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
                prints = Map.copyOf(used);
                copiesKey = newKey != null ? newKey : oldKey;
                copies = newKey != null ? newCopies : oldCopies;
            }
        }
    }
}
