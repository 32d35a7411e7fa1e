package dev.deskhand.kb.engine;

import dev.deskhand.kb.SearchRequest;
import dev.deskhand.kb.SearchResult;
import dev.deskhand.kb.index.BoundedCache;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The answers of one engine (one index with one confidence model) to the questions asked most recently. Support
 * traffic repeats itself, and a search is a pure function of its text and the engine: a new index or calibration
 * comes with a new, empty cache, so an answer can never outlive what it was computed from. The reader's language
 * is not part of the key because it only changes how a result is rendered, which is not cached.
 */
final class AnswerCache {

    /** Results of a few KB each: a few MB at most. */
    static final int CAPACITY = 2_048;
    /** Longer texts (a pasted e-mail) are rarely asked twice; they are searched every time. */
    static final int MAX_CHARS = 500;

    /** Runs of whitespace and control characters, exactly as the query parser collapses them. */
    private static final Pattern SPACE_OR_CONTROL = Pattern.compile("[\\p{Cntrl}\\p{Z}\\s]+");

    record Key(String text, int limit, int offset) {
    }

    private final BoundedCache<Key, SearchResult> results = new BoundedCache<>(CAPACITY);

    /**
     * The key of a request, or empty when it is not worth keeping. Whitespace is collapsed as the parser would;
     * letter case is kept, so the key never merges two questions the search could tell apart.
     */
    static Optional<Key> key(SearchRequest request) {
        String text = request.text();
        if (text == null || text.length() > MAX_CHARS) {
            return Optional.empty();
        }
        return Optional.of(new Key(SPACE_OR_CONTROL.matcher(text).replaceAll(" ").strip(), request.limit(),
                request.offset()));
    }

    SearchResult get(Key key) {
        return results.get(key);
    }

    void put(Key key, SearchResult result) {
        results.put(key, result);
    }

    int size() {
        return results.size();
    }
}
