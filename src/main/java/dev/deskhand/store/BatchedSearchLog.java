package dev.deskhand.store;

import dev.deskhand.kb.SearchLog;
import dev.deskhand.kb.SearchLogEntry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes searches on the request thread into a bounded queue and writes them in batches on the writer's thread:
 * an answer never waits for the database, and a burst of questions costs one insert batch and one commit instead
 * of a connection and a commit each. Whatever is queued is written on {@link #close()} (shutdown) and before an
 * escalation is linked to its search. When the queue is full (the database is down or far behind) a search is
 * not logged, and that is counted ({@code deskhand.kb.search.log.lost}) and logged, never silent.
 */
public final class BatchedSearchLog implements SearchLog, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BatchedSearchLog.class);

    /** A minute of very heavy traffic; a few MB. */
    public static final int CAPACITY = 10_000;
    static final int BATCH = 500;

    private final SearchLog target;
    private final Executor writer;
    private final BlockingQueue<SearchLogEntry> queue;
    private final AtomicBoolean draining = new AtomicBoolean();
    private final Counter queueFull;
    private final Counter writeFailed;

    /**
     * @param target   where the batches go (the database)
     * @param writer   runs the writes, one batch at a time (a thread of its own)
     * @param capacity searches that may wait; past that they are counted as lost
     */
    public BatchedSearchLog(SearchLog target, Executor writer, int capacity, MeterRegistry registry) {
        this.target = target;
        this.writer = writer;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.queueFull = lost(registry, "queue_full");
        this.writeFailed = lost(registry, "write_failed");
    }

    private static Counter lost(MeterRegistry registry, String reason) {
        return Counter.builder("deskhand.kb.search.log.lost").tag("reason", reason)
                .description("Searches that could not be logged (the knowledge-gap report misses them)")
                .register(registry);
    }

    @Override
    public void record(SearchLogEntry entry) {
        if (!queue.offer(entry)) {
            queueFull.increment();
            if ((long) queueFull.count() % 1_000 == 1) {
                log.warn("The search log is {} searches behind; {} searches not logged so far", queue.size(),
                        (long) queueFull.count());
            }
            return;
        }
        if (draining.compareAndSet(false, true)) {
            try {
                writer.execute(this::drain);
            } catch (RejectedExecutionException stopping) {
                draining.set(false);
                flush();
            }
        }
    }

    /** Writes until the queue is empty; searches arriving meanwhile join the next batch instead of a task each. */
    private void drain() {
        do {
            flush();
            draining.set(false);
        } while (!queue.isEmpty() && draining.compareAndSet(false, true));
    }

    /** Writes everything queued now, in batches, on the calling thread. */
    public void flush() {
        List<SearchLogEntry> batch = new ArrayList<>(Math.min(BATCH, queue.size() + 1));
        while (queue.drainTo(batch, BATCH) > 0) {
            try {
                target.recordAll(batch);
            } catch (RuntimeException e) {
                writeFailed.increment(batch.size());
                log.warn("Could not log {} searches (the answers were still shown): {}", batch.size(), e.toString());
            }
            batch.clear();
        }
    }

    /** Writes what is queued first: the search being escalated may still be waiting. */
    @Override
    public void escalated(String query, long escalationNumber) {
        flush();
        target.escalated(query, escalationNumber);
    }

    @Override
    public void close() {
        flush();
    }
}
