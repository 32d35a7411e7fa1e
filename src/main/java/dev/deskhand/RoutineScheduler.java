package dev.deskhand;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** Runs each {@link Routine} on its interval; a run that throws is logged and the next run still happens. */
final class RoutineScheduler implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RoutineScheduler.class);

    private final ScheduledExecutorService executor;

    RoutineScheduler(List<Routine> routines) {
        this.executor = Executors.newScheduledThreadPool(Math.max(1, Math.min(routines.size(), 4)), runnable -> {
            Thread thread = new Thread(runnable, "routine");
            thread.setDaemon(true);
            return thread;
        });
        for (Routine routine : routines) {
            long millis = routine.interval().toMillis();
            executor.scheduleWithFixedDelay(() -> runGuarded(routine), millis, millis, TimeUnit.MILLISECONDS);
        }
    }

    private static void runGuarded(Routine routine) {
        MDC.put("cid", routine.name());
        try {
            routine.runOnce();
        } catch (RuntimeException | LinkageError e) {
            log.error("Routine {} failed; it will run again at its next interval", routine.name(), e);
        } finally {
            MDC.clear();
        }
    }

    @Override
    public void close() throws InterruptedException {
        executor.shutdown();
        if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
            executor.shutdownNow();
        }
    }
}
