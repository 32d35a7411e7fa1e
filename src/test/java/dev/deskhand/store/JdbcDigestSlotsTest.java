package dev.deskhand.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deskhand.digest.posting.SlotClaim;
import dev.deskhand.store.DigestTestDatabase.Kind;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JdbcDigestSlotsTest {

    private static final Instant NINE = Instant.parse("2025-06-10T07:00:00Z");
    private static final Instant NOW = Instant.parse("2025-06-10T07:00:12.123456789Z");

    @ParameterizedTest
    @EnumSource(Kind.class)
    void secondClaimOfTheSameSlotLoses(Kind kind) throws Exception {
        try (DigestTestDatabase db = DigestTestDatabase.create(kind)) {
            JdbcDigestSlots first = new JdbcDigestSlots(db.open());
            JdbcDigestSlots second = new JdbcDigestSlots(db.open());

            Optional<SlotClaim> won = first.claim("C1", NINE, false, "replica-a", NOW);
            Optional<SlotClaim> lost = second.claim("C1", NINE, true, "replica-b", NOW);
            boolean skippedToo = second.skip("C1", NINE, "replica-b", NOW);

            assertTrue(won.isPresent());
            assertEquals(Optional.empty(), lost);
            assertFalse(skippedToo);
            assertEquals(List.of("C1|2025-06-10T07:00:00Z|POSTING|replica-a|null"), rows(db.dataSource()));
            assertEquals(Optional.of(NINE), second.lastSettled("C1"));
            assertEquals(Optional.empty(), second.lastSettled("C2"));
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void recordingStoresTheMessageAndTheSnapshot(Kind kind) throws Exception {
        try (DigestTestDatabase db = DigestTestDatabase.create(kind)) {
            JdbcDigestSlots slots = new JdbcDigestSlots(db.dataSource());
            SlotClaim claim = slots.claim("C1", NINE, false, "replica-a", NOW).orElseThrow();

            boolean recorded = slots.recordPosted(claim, "1749538812.000100", NOW, Map.of("sev1", 2, "sev2", 0));

            assertTrue(recorded);
            assertEquals(List.of("C1|2025-06-10T07:00:00Z|POSTED|replica-a|1749538812.000100"), rows(db.dataSource()));
            assertEquals(List.of("sev1=2", "sev2=0"), query(db.dataSource(),
                    "SELECT severity || '=' || open_count FROM digest_snapshot ORDER BY severity"));
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void staleClaimIsTakenOverByExactlyOneReplicaAndTheOldOwnerCannotRecord(Kind kind) throws Exception {
        try (DigestTestDatabase db = DigestTestDatabase.create(kind)) {
            JdbcDigestSlots slots = new JdbcDigestSlots(db.dataSource());
            SlotClaim original = slots.claim("C1", NINE, false, "replica-a", NOW).orElseThrow();
            Instant later = NOW.plusSeconds(300);

            List<SlotClaim> stale = slots.stale(later.minusSeconds(180));
            Optional<SlotClaim> taken = slots.takeOver(stale.get(0), "replica-b", later);
            Optional<SlotClaim> takenAgain = slots.takeOver(stale.get(0), "replica-c", later);
            boolean oldOwnerRecorded = slots.recordPosted(original, "1.1", later, Map.of());

            assertEquals(List.of(original), stale);
            assertEquals("replica-b", taken.orElseThrow().owner());
            assertEquals(Optional.empty(), takenAgain);
            assertFalse(oldOwnerRecorded);
            assertEquals(List.of(), slots.stale(later));
            assertEquals(List.of(), slots.stale(NOW));
            assertTrue(slots.abandon(taken.get()));
            assertEquals(List.of("C1|2025-06-10T07:00:00Z|SKIPPED|replica-b|null"), rows(db.dataSource()));
        }
    }

    private static List<String> rows(DataSource dataSource) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT channel_id, slot_at, status, claimed_by, message_ts "
                     + "FROM digest_slot ORDER BY slot_at")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + "|" + JdbcDigestSlots.instant(rs, 2) + "|" + rs.getString(3) + "|"
                        + rs.getString(4) + "|" + rs.getString(5));
            }
        }
        return rows;
    }

    static List<String> query(DataSource dataSource, String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
