package dev.deskhand.kb.index;

import dev.deskhand.kb.SentenceEncoder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers the vectors of article passages across rebuilds: an edit to one file, or the second index that
 * self-calibration builds, only encodes the lines that are new. Vectors are normalised here so callers can rely on
 * dot products whatever the encoder returns.
 */
public final class CachedEncoder {

    /** About 15 MB of 384-dimension vectors; past this the cache starts over rather than grow without bound. */
    private static final int MAX_ENTRIES = 10_000;

    private final SentenceEncoder encoder;
    private final Map<String, float[]> known = new ConcurrentHashMap<>();
    /** Questions asked again (support traffic repeats itself), apart from the articles so they never evict them. */
    private final BoundedCache<String, float[]> queries = new BoundedCache<>(1_024);

    public CachedEncoder(SentenceEncoder encoder) {
        this.encoder = encoder;
    }

    public String id() {
        return encoder.id();
    }

    public boolean understands(String lang) {
        return encoder.understands(lang);
    }

    /**
     * A query: kept in a small cache of its own (about 1.5 MB), so a flood of distinct queries cannot evict the
     * articles' vectors. The model is deterministic, so a kept vector is the one encoding would give again.
     */
    public float[] encodeQuery(String text) {
        return queries.get(text, t -> unit(encoder.encode(List.of(t)).get(0)));
    }

    /**
     * Loads the model now, so the first question does not wait for it: an index opened from disk needs no encoding,
     * and the model would otherwise be read at the first search. Failures only leave the load to that search.
     */
    public void warmUp() {
        try {
            encoder.warmUp();
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(CachedEncoder.class).warn("Could not load the sentence model ahead "
                    + "of the first question: {}", e.toString());
        }
    }

    List<float[]> encodeAll(List<String> texts) {
        // Looked up once into a local map: a rebuild and a calibration may encode at the same time, and the shared
        // cache may start over meanwhile.
        Map<String, float[]> vectors = new HashMap<>();
        Set<String> missing = new LinkedHashSet<>();
        for (String text : texts) {
            float[] v = known.get(text);
            if (v != null) {
                vectors.put(text, v);
            } else {
                missing.add(text);
            }
        }
        if (!missing.isEmpty()) {
            List<String> batch = List.copyOf(missing);
            List<float[]> encoded = encoder.encode(batch);
            if (known.size() + batch.size() > MAX_ENTRIES) {
                known.clear();
            }
            for (int i = 0; i < batch.size(); i++) {
                float[] v = unit(encoded.get(i));
                vectors.put(batch.get(i), v);
                known.put(batch.get(i), v);
            }
        }
        List<float[]> out = new ArrayList<>(texts.size());
        texts.forEach(text -> out.add(vectors.get(text)));
        return out;
    }

    private static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        if (norm == 0) {
            return v;
        }
        float scale = (float) (1 / Math.sqrt(norm));
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * scale;
        }
        return out;
    }
}
