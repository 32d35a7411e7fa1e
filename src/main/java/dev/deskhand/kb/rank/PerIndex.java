package dev.deskhand.kb.rank;

import dev.deskhand.kb.index.BoundedCache;
import dev.deskhand.kb.index.IndexSnapshot;
import java.util.function.Function;

/**
 * A bounded cache of facts about one index (a term's statistics, a passage's words), which questions ask about
 * again and again. A new index starts an empty one, so a fact never outlives the index it was read from; a search
 * still holding the previous index simply reads it again.
 */
final class PerIndex<K, V> {

    private final int capacity;
    private volatile Entries<K, V> current = new Entries<>(null, null);

    private record Entries<K, V>(IndexSnapshot snapshot, BoundedCache<K, V> values) {
    }

    PerIndex(int capacity) {
        this.capacity = capacity;
    }

    /** {@code compute}'s value for {@code key} in {@code snapshot}, kept while that index is the latest one asked. */
    V get(IndexSnapshot snapshot, K key, Function<K, V> compute) {
        Entries<K, V> entries = current;
        if (entries.snapshot() != snapshot) {
            entries = new Entries<>(snapshot, new BoundedCache<>(capacity));
            current = entries;
        }
        return entries.values().get(key, compute);
    }
}
