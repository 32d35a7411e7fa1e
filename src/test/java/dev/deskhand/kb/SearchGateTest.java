package dev.deskhand.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.deskhand.testing.Eventually;
import dev.deskhand.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The gate's three answers (run now, run after a wait, refuse) with a hand-moved clock: contenders run on an
 * executor and block on a latch, so "a slot frees" and "the wait is over" happen exactly when the test says.
 */
class SearchGateTest {

    final MutableClock clock = new MutableClock(Instant.parse("2026-12-05T09:00:00Z"));
    final ExecutorService executor = Executors.newCachedThreadPool();
    final CountDownLatch release = new CountDownLatch(1);
    final AtomicInteger searched = new AtomicInteger();

    @AfterEach
    void stop() throws InterruptedException {
        release.countDown();
        executor.shutdown();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }

    /** A search that holds its slot until the test releases it. */
    CompletableFuture<SearchGate.Outcome<String>> holding(SearchGate gate, String name) {
        return CompletableFuture.supplyAsync(() -> gate.run(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            searched.incrementAndGet();
            return name;
        }), executor);
    }

    /** A search that answers at once when it gets a slot. */
    CompletableFuture<SearchGate.Outcome<String>> quick(SearchGate gate, String name) {
        return CompletableFuture.supplyAsync(() -> gate.run(() -> {
            searched.incrementAndGet();
            return name;
        }), executor);
    }

    static void awaitGate(SearchGate gate, int running, int waiting) {
        Eventually.await(Duration.ofSeconds(10), () -> gate.running() + "/" + gate.waiting(),
                seen -> seen.equals(running + "/" + waiting), running + " running and " + waiting + " waiting");
    }

    @Test
    void freeSlotRunsAtOnceAndIsGivenBack() {
        SearchGate gate = new SearchGate(1, 0, Duration.ofMillis(1500), clock);

        assertEquals(new SearchGate.Ran<>("a"), gate.run(() -> "a"));
        assertEquals(new SearchGate.Ran<>("b"), gate.run(() -> "b"));
        assertEquals(0, gate.running());
        assertEquals(0, gate.refused(SearchGate.Busy.FULL) + gate.refused(SearchGate.Busy.WAITED));
    }

    @Test
    void slotGivenBackWhenTheSearchThrows() {
        SearchGate gate = new SearchGate(1, 0, Duration.ofMillis(1500), clock);

        assertThrows(IllegalStateException.class, () -> gate.run(() -> {
            throw new IllegalStateException("index closed");
        }));
        assertEquals(0, gate.running());
        assertEquals(new SearchGate.Ran<>("after"), gate.run(() -> "after"));
    }

    @Test
    void fullLineIsRefusedAtOnceWithoutSearching() throws Exception {
        SearchGate gate = new SearchGate(2, 1, Duration.ofMillis(1500), clock);
        var first = holding(gate, "first");
        var second = holding(gate, "second");
        awaitGate(gate, 2, 0);
        var third = quick(gate, "third");
        awaitGate(gate, 2, 1);

        assertEquals(new SearchGate.Refused<>(SearchGate.Busy.FULL), gate.run(() -> {
            searched.incrementAndGet();
            return "fourth";
        }));
        assertEquals(1, gate.refused(SearchGate.Busy.FULL));
        assertEquals(0, searched.get());

        release.countDown();
        assertEquals(new SearchGate.Ran<>("first"), first.get(10, TimeUnit.SECONDS));
        assertEquals(new SearchGate.Ran<>("second"), second.get(10, TimeUnit.SECONDS));
        assertEquals(new SearchGate.Ran<>("third"), third.get(10, TimeUnit.SECONDS));
        assertEquals(3, searched.get());
        assertEquals(0, gate.refused(SearchGate.Busy.WAITED));
    }

    @Test
    void waiterRunsWhenASlotFreesInTime() throws Exception {
        SearchGate gate = new SearchGate(1, 4, Duration.ofMillis(1500), clock);
        var holder = holding(gate, "holder");
        awaitGate(gate, 1, 0);
        var waiter = quick(gate, "waiter");
        awaitGate(gate, 1, 1);

        clock.advance(Duration.ofMillis(1400));
        release.countDown();

        assertEquals(new SearchGate.Ran<>("holder"), holder.get(10, TimeUnit.SECONDS));
        assertEquals(new SearchGate.Ran<>("waiter"), waiter.get(10, TimeUnit.SECONDS));
        assertEquals(0, gate.waiting());
        assertEquals(0, gate.running());
    }

    @Test
    void waiterPastItsWaitIsRefusedEvenWhenTheSlotFreesThen() throws Exception {
        SearchGate gate = new SearchGate(1, 4, Duration.ofMillis(1500), clock);
        var holder = holding(gate, "holder");
        awaitGate(gate, 1, 0);
        var late = quick(gate, "late");
        awaitGate(gate, 1, 1);

        clock.advance(Duration.ofMillis(1501));
        release.countDown();

        assertEquals(new SearchGate.Ran<>("holder"), holder.get(10, TimeUnit.SECONDS));
        assertEquals(new SearchGate.Refused<>(SearchGate.Busy.WAITED), late.get(10, TimeUnit.SECONDS));
        assertEquals(1, searched.get());
        assertEquals(1, gate.refused(SearchGate.Busy.WAITED));
        assertEquals(0, gate.refused(SearchGate.Busy.FULL));
        assertEquals(0, gate.waiting());
        // The slot the late waiter did not take is free for the next search.
        assertEquals(new SearchGate.Ran<>("next"), gate.run(() -> "next"));
    }

    @Test
    void perCoreSizing() {
        SearchGate gate = SearchGate.perCore(2, clock);

        assertEquals(2, gate.maxRunning());
        assertEquals(8, gate.maxWaiting());
        assertEquals(1, SearchGate.perCore(0, clock).maxRunning());
    }
}
