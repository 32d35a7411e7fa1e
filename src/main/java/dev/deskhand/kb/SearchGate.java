package dev.deskhand.kb;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Admission for searches answered inside a request: a few run at once, a few more wait briefly, the rest are
 * told at once that the app is busy.
 *
 * <p>A search is CPU work, so more of them at once than there are cores only makes every one slower, and under a
 * burst the requests queued behind them pass Slack's 3-second acknowledgement budget and get no reply at all (while
 * their half-built answers fill the heap). A refused search costs nothing and its user hears so at once; a search
 * that waited past {@code maxWait} is refused even when a slot frees at that moment, because it would finish too
 * late to be shown.
 */
public final class SearchGate {

    /** Why a search was refused; the metric's label. */
    public enum Busy {
        /** Every slot was taken and the wait line was full. */
        FULL,
        /** It waited {@code maxWait} without getting a slot. */
        WAITED
    }

    /** What happened to one search: it ran, or it was refused. */
    public sealed interface Outcome<T> permits Ran, Refused {
    }

    /** The search ran; its result. */
    public record Ran<T>(T result) implements Outcome<T> {
    }

    /** The search did not run. */
    public record Refused<T>(Busy reason) implements Outcome<T> {
    }

    /** Per core: one search running and four waiting, each waiting up to 1.5 s (half of Slack's budget). */
    public static final int RUNNING_PER_CORE = 1;
    public static final int WAITING_PER_CORE = 4;
    public static final Duration MAX_WAIT = Duration.ofMillis(1500);

    private final int maxRunning;
    private final int maxWaiting;
    private final Duration maxWait;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition freed = lock.newCondition();
    private final Map<Busy, LongAdder> refused = new EnumMap<>(Busy.class);
    private int running;
    private int waiting;

    /**
     * @param clock when a waiting search's time is up; it is re-read whenever a slot frees, so a test clock moved
     *              past the deadline refuses the waiter at the next release without any real waiting
     */
    public SearchGate(int maxRunning, int maxWaiting, Duration maxWait, Clock clock) {
        if (maxRunning < 1 || maxWaiting < 0 || maxWait.isNegative()) {
            throw new IllegalArgumentException("running " + maxRunning + ", waiting " + maxWaiting + ", wait " + maxWait);
        }
        this.maxRunning = maxRunning;
        this.maxWaiting = maxWaiting;
        this.maxWait = maxWait;
        this.clock = clock;
        for (Busy reason : Busy.values()) {
            refused.put(reason, new LongAdder());
        }
    }

    /** The default sizing for a machine with {@code cores} cores. */
    public static SearchGate perCore(int cores, Clock clock) {
        int n = Math.max(1, cores);
        return new SearchGate(RUNNING_PER_CORE * n, WAITING_PER_CORE * n, MAX_WAIT, clock);
    }

    /** Runs {@code search} when a slot is free or frees in time, else refuses it without running it. */
    public <T> Outcome<T> run(Supplier<T> search) {
        Busy busy = enter();
        if (busy != null) {
            refused.get(busy).increment();
            return new Refused<>(busy);
        }
        try {
            return new Ran<>(search.get());
        } finally {
            leave();
        }
    }

    private Busy enter() {
        lock.lock();
        try {
            if (running < maxRunning) {
                running++;
                return null;
            }
            if (waiting >= maxWaiting) {
                return Busy.FULL;
            }
            waiting++;
            try {
                Instant deadline = clock.instant().plus(maxWait);
                while (true) {
                    long left = Duration.between(clock.instant(), deadline).toNanos();
                    if (left <= 0) {
                        passOnFreeSlot();
                        return Busy.WAITED;
                    }
                    if (running < maxRunning) {
                        running++;
                        return null;
                    }
                    freed.awaitNanos(left);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                passOnFreeSlot();
                return Busy.WAITED;
            } finally {
                waiting--;
            }
        } finally {
            lock.unlock();
        }
    }

    /** A waiter leaving without the slot it was woken for hands the wake-up to the next one. */
    private void passOnFreeSlot() {
        if (running < maxRunning) {
            freed.signal();
        }
    }

    private void leave() {
        lock.lock();
        try {
            running--;
            // All, not one: each waiter checks its own deadline, and one whose time is up must not swallow the signal.
            freed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Searches running now. */
    public int running() {
        lock.lock();
        try {
            return running;
        } finally {
            lock.unlock();
        }
    }

    /** Searches waiting for a slot now. */
    public int waiting() {
        lock.lock();
        try {
            return waiting;
        } finally {
            lock.unlock();
        }
    }

    /** How many searches may run at once. */
    public int maxRunning() {
        return maxRunning;
    }

    /** How many searches may wait at once. */
    public int maxWaiting() {
        return maxWaiting;
    }

    /** Searches refused for {@code reason} since start. */
    public long refused(Busy reason) {
        return refused.get(reason).sum();
    }
}
