package dev.deskhand.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deskhand.kb.SearchLog;
import dev.deskhand.kb.SearchLogEntry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

class BatchedSearchLogTest {

    /** The database stand-in: what arrived, batch by batch, and the order of writes and links. */
    private static final class RecordingLog implements SearchLog {
        final List<List<String>> batches = new ArrayList<>();
        final List<String> calls = new ArrayList<>();
        boolean failing;

        @Override
        public void record(SearchLogEntry entry) {
            recordAll(List.of(entry));
        }

        @Override
        public void recordAll(List<SearchLogEntry> entries) {
            if (failing) {
                throw new StoreException("database down", null);
            }
            List<String> queries = entries.stream().map(SearchLogEntry::query).toList();
            batches.add(queries);
            calls.add("write " + queries);
        }

        @Override
        public void escalated(String query, long escalationNumber) {
            calls.add("link " + query + " ESC-" + escalationNumber);
        }
    }

    /** The writer thread, run by the test when it chooses. */
    private static final class ManualExecutor implements Executor {
        final Queue<Runnable> tasks = new ArrayDeque<>();

        @Override
        public void execute(Runnable task) {
            tasks.add(task);
        }

        void runAll() {
            while (!tasks.isEmpty()) {
                tasks.poll().run();
            }
        }
    }

    private final RecordingLog database = new RecordingLog();
    private final ManualExecutor writer = new ManualExecutor();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    private static SearchLogEntry search(String query) {
        return new SearchLogEntry(Instant.parse("2026-12-05T09:00:00Z"), query, query, "en", 1, 2.0, 0.9, true,
                Optional.of("refunds"), "C0SUPPORT", Optional.empty(), "ephemeral");
    }

    private double lost(String reason) {
        return registry.get("deskhand.kb.search.log.lost").tag("reason", reason).counter().count();
    }

    @Test
    void searchesWaitingForTheWriterAreWrittenTogetherInOneBatch() {
        BatchedSearchLog log = new BatchedSearchLog(database, writer, 100, registry);

        log.record(search("refund policy"));
        log.record(search("reset 2fa"));
        log.record(search("lost parcel"));

        assertEquals(List.of(), database.batches); // nothing written on the request thread
        assertEquals(1, writer.tasks.size()); // one writer task for the whole burst
        writer.runAll();
        assertEquals(List.of(List.of("refund policy", "reset 2fa", "lost parcel")), database.batches);
    }

    @Test
    void aFullQueueCountsTheSearchesItCouldNotKeepInsteadOfBlockingTheAnswer() {
        BatchedSearchLog log = new BatchedSearchLog(database, writer, 2, registry);

        log.record(search("one"));
        log.record(search("two"));
        log.record(search("three"));
        writer.runAll();

        assertEquals(List.of(List.of("one", "two")), database.batches);
        assertEquals(1.0, lost("queue_full"));
        assertEquals(0.0, lost("write_failed"));
    }

    @Test
    void aFailedWriteIsCountedAndTheNextSearchesAreStillWritten() {
        BatchedSearchLog log = new BatchedSearchLog(database, writer, 100, registry);
        database.failing = true;
        log.record(search("one"));
        log.record(search("two"));
        writer.runAll();
        database.failing = false;
        log.record(search("three"));
        writer.runAll();

        assertEquals(List.of(List.of("three")), database.batches);
        assertEquals(2.0, lost("write_failed"));
    }

    @Test
    void closingWritesWhatIsStillQueued() {
        BatchedSearchLog log = new BatchedSearchLog(database, writer, 100, registry);
        log.record(search("refund policy"));

        log.close();

        assertEquals(List.of(List.of("refund policy")), database.batches);
    }

    @Test
    void anEscalationIsLinkedOnlyAfterTheSearchItCameFromIsWritten() {
        BatchedSearchLog log = new BatchedSearchLog(database, writer, 100, registry);
        log.record(search("lunch menu"));

        log.escalated("lunch menu", 42);

        assertEquals(List.of("write [lunch menu]", "link lunch menu ESC-42"), database.calls);
    }
}
