package dev.deskhand;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the running app must release on shutdown, closed in reverse order of creation: the HTTP server, created
 * last, stops first, so in-flight requests finish before their executors, the index and the pool go away.
 */
final class Resources implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Resources.class);

    private final Deque<AutoCloseable> owned = new ArrayDeque<>();

    synchronized <T extends AutoCloseable> T own(T closeable) {
        owned.push(closeable);
        return closeable;
    }

    /** A fixed pool of daemon threads named {@code name}, drained (up to 10 s) on close. */
    ExecutorService executor(int threads, String name) {
        ExecutorService executor = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
        own(() -> {
            executor.shutdown();
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        });
        return executor;
    }

    /** One daemon thread named {@code name} for delayed work (debouncing), stopped on close. */
    ScheduledExecutorService scheduler(String name) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
        own(() -> {
            scheduler.shutdown();
            if (!scheduler.awaitTermination(10, TimeUnit.SECONDS)) {
                scheduler.shutdownNow();
            }
        });
        return scheduler;
    }

    @Override
    public synchronized void close() {
        while (!owned.isEmpty()) {
            AutoCloseable closeable = owned.pop();
            try {
                closeable.close();
            } catch (Exception e) {
                log.warn("Error while shutting down {}", closeable, e);
            }
        }
    }
}
