package dev.deskhand.kb.importing;

import java.time.Duration;

/** Waits as a server told us to; tests pass one that only records the wait. */
@FunctionalInterface
public interface Sleeper {

    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
