package dev.deskhand.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.deskhand.testing.Eventually;
import dev.deskhand.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The gate's answers (run now, run after a wait, refuse: line full, expected wait too long, waited too long) with a
 * hand-moved clock: contenders run on an executor and block on a latch, so "a slot frees" and "the wait is over"
 * happen exactly when the test says, and a search "takes" exactly as long as the test moves the clock inside it.
 */
class SearchGateTest {

    static final Duration TARGET = Duration.ofMillis(1500);

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
        SearchGate gate = new SearchGate(1, 0, TARGET, Duration.ofMillis(2000), clock);

        assertEquals(new SearchGate.Ran<>("a"), gate.run(() -> "a"));
        assertEquals(new SearchGate.Ran<>("b"), gate.run(() -> "b"));
        assertEquals(0, gate.running());
        assertEquals(0, gate.refused(SearchGate.Busy.FULL) + gate.refused(SearchGate.Busy.WAITED));
    }

    @Test
    void slotGivenBackWhenTheSearchThrows() {
        SearchGate gate = new SearchGate(1, 0, TARGET, Duration.ofMillis(2000), clock);

        assertThrows(IllegalStateException.class, () -> gate.run(() -> {
            throw new IllegalStateException("index closed");
        }));
        assertEquals(0, gate.running());
        assertEquals(new SearchGate.Ran<>("after"), gate.run(() -> "after"));
    }

    @Test
    void fullLineIsRefusedAtOnceWithoutSearching() throws Exception {
        SearchGate gate = new SearchGate(2, 1, TARGET, Duration.ofMillis(2000), clock);
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
        SearchGate gate = new SearchGate(1, 4, TARGET, Duration.ofMillis(2000), clock);
        var holder = holding(gate, "holder");
        awaitGate(gate, 1, 0);
        var waiter = quick(gate, "waiter");
        awaitGate(gate, 1, 1);

        clock.advance(Duration.ofMillis(1900));
        release.countDown();

        assertEquals(new SearchGate.Ran<>("holder"), holder.get(10, TimeUnit.SECONDS));
        assertEquals(new SearchGate.Ran<>("waiter"), waiter.get(10, TimeUnit.SECONDS));
        assertEquals(0, gate.waiting());
        assertEquals(0, gate.running());
    }

    @Test
    void waiterPastItsWaitIsRefusedEvenWhenTheSlotFreesThen() throws Exception {
        SearchGate gate = new SearchGate(1, 4, TARGET, Duration.ofMillis(2000), clock);
        var holder = holding(gate, "holder");
        awaitGate(gate, 1, 0);
        var late = quick(gate, "late");
        awaitGate(gate, 1, 1);

        clock.advance(Duration.ofMillis(2001));
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

    /** A search that the clock says took {@code took}. */
    String taking(Duration took, String name) {
        clock.advance(took);
        return name;
    }

    @Test
    void meanSearchTimeFollowsTheSearchesThatRan() {
        SearchGate gate = new SearchGate(1, 4, TARGET, Duration.ofMillis(2000), clock);
        assertEquals(Duration.ZERO, gate.meanSearch());

        gate.run(() -> taking(Duration.ofMillis(800), "first"));
        assertEquals(Duration.ofMillis(800), gate.meanSearch());
        gate.run(() -> taking(Duration.ZERO, "instant"));
        assertEquals(Duration.ofMillis(700), gate.meanSearch(), "the newest weighs 1/8");
        assertThrows(IllegalStateException.class, () -> gate.run(() -> {
            clock.advance(Duration.ofMinutes(5));
            throw new IllegalStateException("index closed");
        }));
        assertEquals(Duration.ofMillis(700), gate.meanSearch(), "a failed search says nothing about the next");
        gate.run(() -> taking(Duration.ofHours(3), "clock moved by hand"));
        assertEquals(Duration.ofMillis(700).plus(Duration.ofMillis(2000 - 700).dividedBy(8)), gate.meanSearch(),
                "counted as the longest wait");
    }

    @Test
    void newcomerIsRefusedWhenItsExpectedWaitIsPastTheTarget() throws Exception {
        SearchGate gate = new SearchGate(1, 32, TARGET, Duration.ofMillis(2000), clock);
        gate.run(() -> taking(Duration.ofMillis(300), "learn"));
        searched.set(0);
        var holder = holding(gate, "holder");
        awaitGate(gate, 1, 0);
        // Place 5 in line × 300 ms ÷ 1 slot = 1.5 s: still admitted; the sixth would wait 1.8 s.
        var waiters = new java.util.ArrayList<CompletableFuture<SearchGate.Outcome<String>>>();
        for (int i = 1; i <= 5; i++) {
            waiters.add(quick(gate, "waiter " + i));
            awaitGate(gate, 1, i);
        }

        assertEquals(new SearchGate.Refused<>(SearchGate.Busy.SLOW), gate.run(() -> {
            searched.incrementAndGet();
            return "sixth";
        }));
        assertEquals(1, gate.refused(SearchGate.Busy.SLOW));
        assertEquals(0, gate.refused(SearchGate.Busy.FULL));

        release.countDown();
        assertEquals(new SearchGate.Ran<>("holder"), holder.get(10, TimeUnit.SECONDS));
        for (int i = 0; i < waiters.size(); i++) {
            assertEquals(new SearchGate.Ran<>("waiter " + (i + 1)), waiters.get(i).get(10, TimeUnit.SECONDS));
        }
        assertEquals(6, searched.get());
        assertEquals(0, gate.refused(SearchGate.Busy.WAITED));
    }

    @Test
    void moreSlotsServeALongerLine() throws Exception {
        SearchGate gate = new SearchGate(2, 32, TARGET, Duration.ofMillis(2000), clock);
        gate.run(() -> taking(Duration.ofMillis(300), "learn"));
        var holders = List.of(holding(gate, "holder 1"), holding(gate, "holder 2"));
        awaitGate(gate, 2, 0);
        // Two slots share the line: place 10 × 300 ms ÷ 2 = 1.5 s is admitted, place 11 is not.
        for (int i = 1; i <= 10; i++) {
            quick(gate, "waiter " + i);
            awaitGate(gate, 2, i);
        }

        assertEquals(new SearchGate.Refused<>(SearchGate.Busy.SLOW), gate.run(() -> "eleventh"));
        release.countDown();
        for (var holder : holders) {
            holder.get(10, TimeUnit.SECONDS);
        }
        awaitGate(gate, 0, 0);
    }

    @Test
    void capHoldsEvenWhenSearchesAreInstant() throws Exception {
        SearchGate gate = new SearchGate(1, 3, TARGET, Duration.ofMillis(2000), clock);
        gate.run(() -> taking(Duration.ZERO, "learn"));
        var holder = holding(gate, "holder");
        awaitGate(gate, 1, 0);
        for (int i = 1; i <= 3; i++) {
            quick(gate, "waiter " + i);
            awaitGate(gate, 1, i);
        }

        assertEquals(new SearchGate.Refused<>(SearchGate.Busy.FULL), gate.run(() -> "fourth"));
        release.countDown();
        holder.get(10, TimeUnit.SECONDS);
    }

    @Test
    void lineIsServedInOrderOfArrival() throws Exception {
        SearchGate gate = new SearchGate(1, 8, TARGET, Duration.ofMillis(2000), clock);
        List<String> order = new java.util.concurrent.CopyOnWriteArrayList<>();
        var holder = holding(gate, "holder");
        awaitGate(gate, 1, 0);
        var waiters = new java.util.ArrayList<CompletableFuture<SearchGate.Outcome<String>>>();
        for (int i = 1; i <= 5; i++) {
            String name = "waiter " + i;
            waiters.add(CompletableFuture.supplyAsync(() -> gate.run(() -> {
                order.add(name);
                return name;
            }), executor));
            awaitGate(gate, 1, i);
        }

        release.countDown();
        holder.get(10, TimeUnit.SECONDS);
        for (var waiter : waiters) {
            waiter.get(10, TimeUnit.SECONDS);
        }
        assertEquals(List.of("waiter 1", "waiter 2", "waiter 3", "waiter 4", "waiter 5"), order);
        assertEquals(0, gate.running());
    }

    @Test
    void perCoreSizing() {
        SearchGate gate = SearchGate.perCore(2, clock);

        assertEquals(2, gate.maxRunning());
        assertEquals(8, gate.maxWaiting());
        assertEquals(1, SearchGate.perCore(0, clock).maxRunning());
    }
}
