package org.opengazette.render;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Bounded caches: the most recently used entries stay, the least recently used go first. */
public final class RecentlyUsed {
    private RecentlyUsed() {}

    /** A synchronized map that keeps at most {@code capacity} entries, the most recently used. */
    public static <K, V> Map<K, V> map(int capacity) {
        return Collections.synchronizedMap(new LinkedHashMap<>(2 * capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        });
    }
}
