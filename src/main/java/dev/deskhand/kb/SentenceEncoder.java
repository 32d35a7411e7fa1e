package dev.deskhand.kb;

import java.util.List;

/**
 * Maps short texts to vectors whose dot product measures how close their meanings are, so "customer wants their
 * cash back" can find "Refund policy" without a shared word. Implementations return unit-length vectors of one
 * fixed dimension.
 */
public interface SentenceEncoder {

    /** Encodes nothing; search then ranks by words alone. */
    SentenceEncoder NONE = new SentenceEncoder() {
        @Override
        public boolean understands(String lang) {
            return false;
        }

        @Override
        public List<float[]> encode(List<String> texts) {
            throw new UnsupportedOperationException("no sentence encoder configured");
        }

        @Override
        public String id() {
            return "none";
        }
    };

    /** Names the model and its version: vectors stored by one model are never compared with another's. */
    default String id() {
        return getClass().getName();
    }

    /** Whether texts in {@code lang} ("en", "ko") are encoded meaningfully. */
    boolean understands(String lang);

    /** One vector per text, in order; texts are never blank. */
    List<float[]> encode(List<String> texts);

    /** Gets ready to encode (reads a model) ahead of the first text; nothing to do unless overridden. */
    default void warmUp() {
    }
}
