package dev.deskhand.testing;

import java.time.Duration;
import java.util.function.Predicate;

/**
 * Waits for work the app does after acknowledging a request, by polling a probe with a bound: the one place tests
 * wait, so no test sleeps a fixed time to synchronise.
 */
public final class Eventually {

    /** A probe that may throw (HTTP, JDBC). */
    @FunctionalInterface
    public interface Probe<T> {
        T get() throws Exception;
    }

    private Eventually() {
    }

    /** The first probed value that satisfies {@code done}; fails with {@code what} and the last value on timeout. */
    public static <T> T await(Duration timeout, Probe<T> probe, Predicate<T> done, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last;
        try {
            last = probe.get();
            while (!done.test(last) && System.nanoTime() < deadline) {
                Thread.sleep(10);
                last = probe.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for " + what, e);
        } catch (Exception e) {
            throw new AssertionError("probing for " + what + " failed", e);
        }
        if (!done.test(last)) {
            throw new AssertionError(what + " did not happen within " + timeout + "; last seen: " + last);
        }
        return last;
    }
}
