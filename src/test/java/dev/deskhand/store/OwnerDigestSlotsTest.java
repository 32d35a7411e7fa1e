package dev.deskhand.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deskhand.digest.posting.SlotClaim;
import dev.deskhand.store.DigestTestDatabase.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The owner DMs share the digest's slot table (V13): one ledger per kind, so neither sees the other's claims. */
class OwnerDigestSlotsTest {

    private static final Instant MONDAY_NINE = Instant.parse("2026-11-23T00:00:00Z");
    private static final Instant NOW = MONDAY_NINE.plusSeconds(20);

    @ParameterizedTest
    @EnumSource(Kind.class)
    void ownerClaimsAreOncePerOwnerAndSlotAndInvisibleToTheChannelLedger(Kind kind) throws Exception {
        try (DigestTestDatabase db = DigestTestDatabase.create(kind)) {
            JdbcDigestSlots owners = new JdbcDigestSlots(db.open(), JdbcDigestSlots.Kind.OWNER);
            JdbcDigestSlots otherReplica = new JdbcDigestSlots(db.open(), JdbcDigestSlots.Kind.OWNER);
            JdbcDigestSlots channels = new JdbcDigestSlots(db.open());

            Optional<SlotClaim> won = owners.claim("U0OWNER1", MONDAY_NINE, false, "replica-a", NOW);
            Optional<SlotClaim> lost = otherReplica.claim("U0OWNER1", MONDAY_NINE, false, "replica-b", NOW);
            Optional<SlotClaim> sameKeyOtherLedger = channels.claim("U0OWNER1", MONDAY_NINE, false, "replica-b", NOW);

            assertTrue(won.isPresent());
            assertEquals(Optional.empty(), lost);
            assertTrue(sameKeyOtherLedger.isPresent(), "the channel ledger has its own (id, slot) space");
            Instant later = NOW.plus(Duration.ofMinutes(5));
            assertEquals(List.of("U0OWNER1"), otherReplica.stale(later).stream().map(SlotClaim::channelId).toList());
            channels.abandon(sameKeyOtherLedger.get());
            assertEquals(List.of(), channels.stale(later), "a channel scheduler never repairs an owner's DM");
            assertEquals(Optional.of(MONDAY_NINE), otherReplica.lastSettled("U0OWNER1"));
            assertEquals(Optional.empty(), channels.lastSettled("U0OWNER2"));
        }
    }
}
