package org.factcheck.render;

import org.factcheck.cache.Hash128;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The key of a page's model: every value the template could print, walked through records, lists
 * and maps and fed to a {@link Hash128}, with the hash of each claim summary computed once (a
 * summary appears on many pages: its topic's, its outlets', the report's). Equal models give equal
 * keys; any difference in any component gives a different one.
 */
final class ModelKey {

    private static final Map<Class<?>, Method[]> ACCESSORS = new ConcurrentHashMap<>();

    /** Hashes of claim summaries, by identity of the shared summary objects {@link Views} hands out. */
    private final Map<View.ClaimSummary, String> summaries = new java.util.IdentityHashMap<>();

    ModelKey(java.util.Collection<View.ClaimSummary> shared) {
        List<View.ClaimSummary> all = List.copyOf(shared);
        String[] hashes = new String[all.size()];
        java.util.stream.IntStream.range(0, all.size()).parallel().forEach(i -> {
            Hash128 h = new Hash128();
            walk(h, all.get(i), false);
            hashes[i] = h.hex();
        });
        for (int i = 0; i < hashes.length; i++) {
            summaries.put(all.get(i), hashes[i]);
        }
    }

    /** The hash of {@code parts}, each walked in full. */
    String of(Object... parts) {
        Hash128 h = new Hash128();
        for (Object p : parts) {
            walk(h, p, true);
        }
        return h.hex();
    }

    private void walk(Hash128 h, Object o, boolean memo) {
        if (o == null) {
            h.add(null);
        } else if (o instanceof String s) {
            h.add("s").add(s);
        } else if (o instanceof List<?> list) {
            h.add("[").add(Integer.toString(list.size()));
            for (Object item : list) {
                walk(h, item, memo);
            }
        } else if (o instanceof Map<?, ?> map) {
            // Templates look entries up by key: the order of a map's entries is not what a page prints.
            h.add("{").add(Integer.toString(map.size()));
            map.entrySet().stream().sorted(java.util.Comparator.comparing(e -> String.valueOf(e.getKey())))
                    .forEach(e -> {
                        walk(h, e.getKey(), memo);
                        walk(h, e.getValue(), memo);
                    });
        } else if (o instanceof Record r) {
            String known = memo && o instanceof View.ClaimSummary s ? summaries.get(s) : null;
            if (known != null) {
                h.add("c").add(known);
                return;
            }
            h.add(o.getClass().getName());
            for (Method m : accessors(r.getClass())) {
                try {
                    walk(h, m.invoke(r), memo);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + m + " of a view record", e);
                }
            }
        } else {
            // Numbers, booleans, enums: their text is their value.
            h.add(o.getClass().getName()).add(o.toString());
        }
    }

    private static Method[] accessors(Class<?> type) {
        return ACCESSORS.computeIfAbsent(type, t -> {
            RecordComponent[] components = t.getRecordComponents();
            Method[] methods = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                methods[i] = components[i].getAccessor();
                methods[i].setAccessible(true);
            }
            return methods;
        });
    }
}
