package dev.deskhand.kb.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class HeadStartTest {

    @Test
    void callerRunsTheTaskWhenNoExecutorThreadStartedIt() {
        // GIVEN an executor that queues tasks and never runs them (every thread busy)
        List<Runnable> queued = new ArrayList<>();
        Executor busy = queued::add;
        AtomicInteger runs = new AtomicInteger();
        HeadStart<String> start = HeadStart.on(busy, () -> "done " + runs.incrementAndGet());
        // WHEN the caller needs the result THEN it runs the task itself, once, even if the queued copy runs later
        assertEquals("done 1", start.get());
        queued.forEach(Runnable::run);
        assertEquals(1, runs.get());
        assertEquals("done 1", start.get());
    }

    @Test
    void resultOfAnExecutorThreadIsUsed() {
        AtomicInteger runs = new AtomicInteger();
        HeadStart<Integer> start = HeadStart.on(Runnable::run, runs::incrementAndGet);
        assertEquals(1, start.get());
        assertEquals(1, runs.get());
    }
}
