package dev.deskhand.kb.engine;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * A task given a head start on an executor while the caller does other work. Whoever gets to it first runs it: if
 * no executor thread has picked it up by the time the caller needs the result, the caller runs it itself, so a busy
 * or direct executor never makes the caller wait for a thread.
 */
final class HeadStart<T> {

    private final Supplier<T> task;
    private final AtomicBoolean claimed = new AtomicBoolean();
    private final CompletableFuture<T> result = new CompletableFuture<>();

    private HeadStart(Supplier<T> task) {
        this.task = task;
    }

    static <T> HeadStart<T> on(Executor executor, Supplier<T> task) {
        HeadStart<T> start = new HeadStart<>(task);
        try {
            executor.execute(start::runIfUnclaimed);
        } catch (RejectedExecutionException e) {
            // the caller will run it
        }
        return start;
    }

    /** A result already at hand. */
    static <T> HeadStart<T> done(T value) {
        HeadStart<T> start = new HeadStart<>(() -> value);
        start.runIfUnclaimed();
        return start;
    }

    private void runIfUnclaimed() {
        if (claimed.compareAndSet(false, true)) {
            try {
                result.complete(task.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }
    }

    /** The task's result, computed here if no executor thread has started it. */
    T get() {
        runIfUnclaimed();
        return result.join();
    }
}
