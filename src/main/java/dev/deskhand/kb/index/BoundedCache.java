package dev.deskhand.kb.index;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A small least-recently-used map with a fixed number of entries, for work a search repeats (a question asked
 * again, a passage analysed for its snippet, a word checked for spelling). Memory stays bounded whatever the
 * traffic; a value is computed outside the lock, so two searches may compute the same one once each.
 */
public final class BoundedCache<K, V> {

    private final Map<K, V> entries;

    /** @param capacity entries kept; the least recently used one goes first */
    public BoundedCache(int capacity) {
        this.entries = new LinkedHashMap<>(Math.min(capacity, 1024) * 4 / 3 + 1, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The cached value, or null. */
    public V get(K key) {
        synchronized (entries) {
            return entries.get(key);
        }
    }

    public void put(K key, V value) {
        synchronized (entries) {
            entries.put(key, value);
        }
    }

    /** The cached value, or {@code compute}'s (then kept); {@code compute} must not return null. */
    public V get(K key, Function<K, V> compute) {
        V value = get(key);
        if (value == null) {
            value = compute.apply(key);
            put(key, value);
        }
        return value;
    }

    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
