package dev.deskhand.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deskhand.kb.SentenceEncoder;
import dev.deskhand.testing.Encoders;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class MiniLmEncoderTest {

    private final SentenceEncoder encoder = Encoders.miniLm();

    @Test
    void paraphraseWithoutASharedWordIsCloserThanAnotherTopic() {
        List<float[]> v = encoder.encode(List.of("the customer wants their cash returned", "Refund policy",
                "Reset a forgotten password"));
        assertTrue(dot(v.get(0), v.get(1)) > dot(v.get(0), v.get(2)) + 0.1,
                "refund " + dot(v.get(0), v.get(1)) + " vs password " + dot(v.get(0), v.get(2)));
    }

    @Test
    void vectorsComeBackInInputOrderWithTheModelsDimension() {
        List<String> texts = List.of("track my parcel", "cancel my subscription", "track my parcel");
        List<float[]> v = encoder.encode(texts);
        assertEquals(3, v.size());
        assertEquals(384, v.get(0).length);
        assertEquals(1.0, dot(v.get(0), v.get(2)), 1e-4);
        assertTrue(dot(v.get(0), v.get(1)) < 0.9);
    }

    @Test
    void understandsEnglishOnly() {
        assertTrue(encoder.understands("en"));
        assertFalse(encoder.understands("ko"));
    }

    @Test
    void closingWhileABatchIsEncodingWaitsForItAndLaterEncodesAreRefused() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            MiniLmEncoder own = new MiniLmEncoder(threads);
            List<String> batch = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                batch.add("how do I refund order number " + i + " to a card that was closed last week");
            }
            own.warmUp();
            CountDownLatch started = new CountDownLatch(1);
            CompletableFuture<Integer> building = CompletableFuture.supplyAsync(() -> {
                started.countDown();
                try {
                    return own.encode(batch).size();
                } catch (IllegalStateException refusedBecauseCloseCameFirst) {
                    return -1;
                }
            });
            started.await();
            // Closing the native session under a running batch crashed the JVM (the whole test fork); now close
            // waits for the batch, or, if it won the race, the batch is refused with an exception.
            own.close();
            int encoded = building.join();
            assertTrue(encoded == 400 || encoded == -1, "encoded " + encoded);
            assertThrows(IllegalStateException.class, () -> own.encode(List.of("refund")));
        } finally {
            threads.shutdownNow();
        }
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return sum / Math.sqrt(na * nb);
    }
}
