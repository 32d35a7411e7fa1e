package dev.deskhand.kb.index;

import dev.deskhand.kb.SentenceEncoder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CachedEncoderTest {

    /** Stands in for the neural model: records every batch it is asked to encode. */
    private static final class CountingModel implements SentenceEncoder {
        final List<Integer> batches = new ArrayList<>();

        @Override
        public boolean understands(String lang) {
            return true;
        }

        @Override
        public List<float[]> encode(List<String> texts) {
            batches.add(texts.size());
            return texts.stream().map(t -> new float[] {t.length(), 1}).toList();
        }
    }

    @Test
    void knownTextsAreNotEncodedAgainAndVectorsComeBackNormalisedInOrder() {
        CountingModel model = new CountingModel();
        CachedEncoder cache = new CachedEncoder(model);

        cache.encodeAll(List.of("refund", "refund", "password reset"));
        List<float[]> again = cache.encodeAll(List.of("password reset", "refund", "lost parcel"));

        assertEquals(List.of(2, 1), model.batches);
        float[] refund = again.get(1);
        assertEquals(1.0, refund[0] * refund[0] + refund[1] * refund[1], 1e-6);
        assertEquals(6 / Math.sqrt(37), refund[0], 1e-6);
    }

    @Test
    void overflowingTheCacheStillEncodesOnlyTheNewTextsInOneBatch() {
        CountingModel model = new CountingModel();
        CachedEncoder cache = new CachedEncoder(model);
        List<String> first = IntStream.range(0, 9_000).mapToObj(i -> "line " + i).toList();
        List<String> more = IntStream.range(0, 10_500).mapToObj(i -> "line " + i).toList();

        cache.encodeAll(first);
        List<float[]> vectors = cache.encodeAll(more);

        assertEquals(List.of(9_000, 1_500), model.batches);
        assertEquals(10_500, vectors.size());
        assertEquals(List.of(), IntStream.range(0, vectors.size()).filter(i -> vectors.get(i) == null).boxed().toList());
    }

    @Test
    void aRepeatedQuestionIsEncodedOnceAndLeavesTheArticleVectorsAlone() {
        CountingModel model = new CountingModel();
        CachedEncoder cache = new CachedEncoder(model);
        cache.encodeAll(List.of("refund"));

        float[] first = cache.encodeQuery("refund policy");
        float[] second = cache.encodeQuery("refund policy");
        cache.encodeAll(List.of("refund", "refund policy"));

        assertEquals(List.of(1, 1, 1), model.batches);
        assertEquals(first[0], second[0]);
        assertEquals(13 / Math.sqrt(170), second[0], 1e-6);
    }
}
