package dev.deskhand.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deskhand.kb.SentenceEncoder;
import dev.deskhand.testing.Encoders;
import java.util.List;
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
