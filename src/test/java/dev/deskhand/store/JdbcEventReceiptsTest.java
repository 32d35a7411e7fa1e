package dev.deskhand.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deskhand.config.DatabaseSettings;
import dev.deskhand.testing.PostgresTestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JdbcEventReceiptsTest {

    static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

    @Test
    void firstDeliveryWinsOnH2() throws Exception {
        try (Database db = new Database(DatabaseSettings.inMemory("receipts-" + UUID.randomUUID()))) {
            db.migrate();
            assertReceiptsBehave(db);
        }
    }

    @Test
    void firstDeliveryWinsOnPostgres() throws Exception {
        try (PostgresTestDatabase pg = PostgresTestDatabase.open()) {
            assertReceiptsBehave(pg.database());
        }
    }

    private static void assertReceiptsBehave(Database db) throws Exception {
        JdbcEventReceipts receipts = new JdbcEventReceipts(db.dataSource());
        // GIVEN an event recorded once
        assertTrue(receipts.firstDelivery("Ev001", T0));
        // WHEN Slack delivers it again, from this or another replica
        assertFalse(receipts.firstDelivery("Ev001", T0.plusSeconds(3)));
        assertTrue(receipts.firstDelivery("Ev002", T0.plusSeconds(3600)));
        // THEN exactly one row per event is stored, and old receipts can be pruned
        assertEquals(2, count(db));
        assertEquals(1, receipts.forgetBefore(T0.plusSeconds(60)));
        assertEquals(1, count(db));
        assertTrue(db.isReady());
    }

    private static int count(Database db) throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM event_receipt")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
