package dev.deskhand.store;

import dev.deskhand.escalation.Escalation;
import dev.deskhand.escalation.service.EscalationService;
import dev.deskhand.escalation.service.EscalationSettings;
import dev.deskhand.escalation.NewEscalation;
import dev.deskhand.escalation.Severity;
import dev.deskhand.config.SettingsFile;
import dev.deskhand.testing.MutableClock;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A migrated database (H2 or PostgreSQL, chosen by the subclass) with the escalation adapters on it. */
abstract class EscalationDatabaseTest {
    static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
    static final EscalationSettings SETTINGS =
            new SettingsFile().load(Path.of("deskhand.example.yml")).escalations();

    private Database database;
    private AutoCloseable closer;
    JdbcEscalationStore store;
    JdbcOutbox outbox;
    MutableClock clock;
    EscalationService service;

    /** A freshly migrated, empty database and what to close when the test is done. */
    record Opened(Database database, AutoCloseable closer) {
    }

    abstract Opened openDatabase();

    @BeforeEach
    void setUp() {
        Opened opened = openDatabase();
        database = opened.database();
        closer = opened.closer();
        store = new JdbcEscalationStore(database.dataSource());
        outbox = new JdbcOutbox(database.dataSource());
        clock = new MutableClock(T0);
        service = new EscalationService(store, SETTINGS, clock);
    }

    @AfterEach
    void tearDown() throws Exception {
        if (closer != null) {
            closer.close();
        }
    }

    static NewEscalation draft(Severity severity, String team, String requester) {
        return new NewEscalation("ACME Corp", "enterprise", "ACME-1234", severity, team,
                "customer charged twice after plan change", "refunded once", "billing/double-charge", requester);
    }

    static List<String> keys(List<Escalation> escalations) {
        return escalations.stream().map(e -> e.key().toString()).toList();
    }

    DataSource dataSource() {
        return database.dataSource();
    }

    int count(String table) throws Exception {
        return Integer.parseInt(rows("SELECT COUNT(*) FROM " + table).get(0));
    }

    /** Raw rows, columns joined by spaces (null shown as "null"), to check what was really written. */
    List<String> rows(String sql) throws Exception {
        try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            List<String> lines = new ArrayList<>();
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(String.valueOf(rows.getString(i)));
                }
                lines.add(String.join(" ", values).replace(" null open", " null->open"));
            }
            return lines;
        }
    }

    /** Runs {@code task} on {@code threads} threads released at the same moment. */
    static <T> List<T> race(int threads, Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
