package dev.deskhand.kb;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Admission for searches answered inside a request: a few run at once, the others wait in line as long as their
 * expected wait is short, the rest are told at once that the app is busy.
 *
 * <p>A search is CPU work, so more of them at once than there are cores only makes every one slower. A newcomer is
 * admitted by how long it would wait: its place in line times the mean search time (a moving average of the searches
 * that ran) divided by the slots, at most {@code targetWait}; when searches are slow the line is short, and its
 * asker hears "busy" at once instead of after a wait that would end in "busy" anyway. The line is also capped (see
 * {@link #WAITING_PER_CORE}). A refused search costs little and its user hears so at once; a search that waited past
 * {@code maxWait} anyway (the searches slowed down after it came in) is refused even when a slot frees at that
 * moment, because it would finish too late for Slack's 3 seconds.
 */
public final class SearchGate {

    /** Why a search was refused; the metric's label. */
    public enum Busy {
        /** Every slot was taken and the wait line was at its cap. */
        FULL,
        /** Its expected wait in line was longer than {@code targetWait}. */
        SLOW,
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

    private enum Turn { WAITING, RUN, LATE }

    /** One search in line, woken alone when it is its turn; {@code turn} is guarded by the gate's lock. */
    private static final class Waiter {
        final Condition wakeUp;
        final Instant deadline;
        Turn turn = Turn.WAITING;

        Waiter(Condition wakeUp, Instant deadline) {
            this.wakeUp = wakeUp;
            this.deadline = deadline;
        }
    }

    /**
     * Per core: one search running and at most four waiting. Every waiter parks a request thread and keeps its
     * request in the heap; a line of 32 per core, with the request threads to hold it, answered a quarter as many
     * searches under a 400/s burst with meaning on (on the 64 MB heap shipped then), with 10-second timeouts.
     */
    public static final int RUNNING_PER_CORE = 1;
    public static final int WAITING_PER_CORE = 4;
    /** Half of Slack's 3 s budget for the acknowledgement, which carries the answer. */
    public static final Duration TARGET_WAIT = Duration.ofMillis(1500);
    /** Past this a waiter's answer, with its search and the reply, would reach Slack after its 3 s. */
    public static final Duration MAX_WAIT = Duration.ofMillis(2000);
    /** The weight of the newest search in the mean (1/8, as TCP's round-trip estimate). */
    static final int SMOOTHING = 8;

    private final int maxRunning;
    private final int maxWaiting;
    private final long targetWaitNanos;
    private final Duration maxWait;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<Busy, LongAdder> refused = new EnumMap<>(Busy.class);
    /** The searches waiting for a slot, first come first served; guarded by {@code lock}. */
    private final ArrayDeque<Waiter> line = new ArrayDeque<>();
    private int running;
    /** Mean search time; negative until the first search has run (nothing is known, only the cap applies). */
    private long meanNanos = -1;

    /**
     * @param targetWait the longest expected wait a newcomer is admitted with
     * @param maxWait    the longest a waiter actually waits before it is refused
     * @param clock      times each search (for the mean) and each waiter's deadline; it is re-read whenever a slot
     *                   frees, so a test clock moved past the deadline refuses the waiter at the next release
     *                   without any real waiting, and a test clock moved inside a search sets its duration
     */
    public SearchGate(int maxRunning, int maxWaiting, Duration targetWait, Duration maxWait, Clock clock) {
        if (maxRunning < 1 || maxWaiting < 0 || targetWait.isNegative() || maxWait.isNegative()) {
            throw new IllegalArgumentException("running " + maxRunning + ", waiting " + maxWaiting + ", target "
                    + targetWait + ", wait " + maxWait);
        }
        this.maxRunning = maxRunning;
        this.maxWaiting = maxWaiting;
        this.targetWaitNanos = targetWait.toNanos();
        this.maxWait = maxWait;
        this.clock = clock;
        for (Busy reason : Busy.values()) {
            refused.put(reason, new LongAdder());
        }
    }

    /** The default sizing for a machine with {@code cores} cores. */
    public static SearchGate perCore(int cores, Clock clock) {
        int n = Math.max(1, cores);
        return new SearchGate(RUNNING_PER_CORE * n, WAITING_PER_CORE * n, TARGET_WAIT, MAX_WAIT, clock);
    }

    /** Runs {@code search} when a slot is free or frees in time, else refuses it without running it. */
    public <T> Outcome<T> run(Supplier<T> search) {
        Busy busy = enter();
        if (busy != null) {
            refused.get(busy).increment();
            return new Refused<>(busy);
        }
        Instant started = clock.instant();
        boolean ran = false;
        try {
            T result = search.get();
            ran = true;
            return new Ran<>(result);
        } finally {
            leave(ran ? Duration.between(started, clock.instant()) : null);
        }
    }

    private Busy enter() {
        lock.lock();
        try {
            // A non-empty line means every slot is taken: a freed slot goes straight to the line's head.
            if (running < maxRunning) {
                running++;
                return null;
            }
            if (line.size() >= maxWaiting) {
                return Busy.FULL;
            }
            // Its place in line is behind every waiter; the slots serve the line together.
            if (meanNanos > 0 && (line.size() + 1) * meanNanos / maxRunning > targetWaitNanos) {
                return Busy.SLOW;
            }
            Waiter waiter = new Waiter(lock.newCondition(), clock.instant().plus(maxWait));
            line.addLast(waiter);
            try {
                while (waiter.turn == Turn.WAITING) {
                    long left = Duration.between(clock.instant(), waiter.deadline).toNanos();
                    if (left <= 0) {
                        line.remove(waiter);
                        return Busy.WAITED;
                    }
                    waiter.wakeUp.awaitNanos(left);
                }
                return waiter.turn == Turn.RUN ? null : Busy.WAITED;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                if (waiter.turn == Turn.RUN) {
                    running--;
                    handOff();
                } else {
                    line.remove(waiter);
                }
                return Busy.WAITED;
            }
        } finally {
            lock.unlock();
        }
    }

    /** @param took how long the search ran, or null when it threw (its time says nothing about the next one) */
    private void leave(Duration took) {
        lock.lock();
        try {
            running--;
            if (took != null) {
                // Bounded: a test or playground clock moved by hours during a search must not shut the line.
                long sample = Math.max(0, Math.min(took.toNanos(), maxWait.toNanos()));
                meanNanos = meanNanos < 0 ? sample : meanNanos + (sample - meanNanos) / SMOOTHING;
            }
            handOff();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Gives free slots to the line in order, waking only the waiter that gets one: waking all of them at every
     * release (64 on 2 cores) to race for the slot cost more CPU than the searches under a burst. A waiter whose time
     * is up by the clock is told so instead, even when a slot is free for it: it would answer too late.
     */
    private void handOff() {
        Instant now = clock.instant();
        while (running < maxRunning && !line.isEmpty()) {
            Waiter next = line.pollFirst();
            if (now.isBefore(next.deadline)) {
                next.turn = Turn.RUN;
                running++;
            } else {
                next.turn = Turn.LATE;
            }
            next.wakeUp.signal();
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
            return line.size();
        } finally {
            lock.unlock();
        }
    }

    /** The moving mean of the searches that ran (zero before the first). */
    public Duration meanSearch() {
        lock.lock();
        try {
            return Duration.ofNanos(Math.max(0, meanNanos));
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
