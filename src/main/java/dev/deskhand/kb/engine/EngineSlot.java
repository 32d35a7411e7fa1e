package dev.deskhand.kb.engine;

import dev.deskhand.kb.index.IndexSnapshot;
import dev.deskhand.kb.rank.KbSearcher;

/**
 * The index in use with the searcher that understands it (the analyzers carry that build's synonyms). A search
 * takes a reference on the index, so a swap releases the old one only after the last search on it is done.
 */
final class EngineSlot {

    record Engine(IndexSnapshot index, KbSearcher searcher, AnswerCache answers) {
        Engine(IndexSnapshot index, KbSearcher searcher) {
            this(index, searcher, new AnswerCache());
        }
    }

    private volatile Engine engine;

    /** The engine in use without taking a reference (for reading articles, not searching); null before a build. */
    Engine peek() {
        return engine;
    }

    /** The engine in use with a reference on its index, to be released after use; null before the first build. */
    Engine acquire() {
        while (true) {
            Engine current = engine;
            if (current == null) {
                return null;
            }
            if (current.index().tryAcquire()) {
                return current;
            }
            // a swap released it between the read and the acquire: read the new one
        }
    }

    /** Puts {@code next} in use and releases the previous index unless it is the same one. */
    void swap(Engine next) {
        Engine previous = engine;
        engine = next;
        if (previous != null && previous.index() != next.index()) {
            previous.index().release();
        }
    }

    /** Empties the slot and releases the index that was in use. */
    void clear() {
        Engine last = engine;
        engine = null;
        if (last != null) {
            last.index().release();
        }
    }
}
