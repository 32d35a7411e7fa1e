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

    private static final int GRACE_SECONDS = 10;

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
        own(() -> stop(executor, name));
        return executor;
    }

    /** One daemon thread named {@code name} for delayed work (debouncing), stopped on close. */
    ScheduledExecutorService scheduler(String name) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
        own(() -> stop(scheduler, name));
        return scheduler;
    }

    /**
     * Lets queued work finish for up to 10 s, then interrupts what still runs. Said out loud: a thread that needs the
     * interrupt is one whose work was not told to stop (a loop blocked on something closed only later), and it
     * holds up every shutdown and restart by those 10 s.
     */
    private static void stop(ExecutorService executor, String name) throws InterruptedException {
        executor.shutdown();
        if (!executor.awaitTermination(GRACE_SECONDS, TimeUnit.SECONDS)) {
            log.warn("The {} threads were still busy {} s after shutdown began; interrupting them", name,
                    GRACE_SECONDS);
            executor.shutdownNow();
        }
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
