package dev.deskhand.testing;

import dev.deskhand.kb.SentenceEncoder;
import dev.deskhand.semantic.MiniLmEncoder;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The product's sentence encoder, loaded once per test JVM: the model is read-only, and loading it for every test
 * class would cost a second each time for nothing.
 */
public final class Encoders {

    private static MiniLmEncoder miniLm;

    private Encoders() {
    }

    public static synchronized SentenceEncoder miniLm() {
        if (miniLm == null) {
            ExecutorService threads = Executors.newFixedThreadPool(2, task -> {
                Thread thread = new Thread(task, "test-encode");
                thread.setDaemon(true);
                return thread;
            });
            miniLm = new MiniLmEncoder(threads);
        }
        return miniLm;
    }
}
