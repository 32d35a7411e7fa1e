package dev.deskhand.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deskhand.digest.schedule.DigestSchedule;
import dev.deskhand.digest.schedule.DigestSection;
import dev.deskhand.digest.schedule.Subscription;
import dev.deskhand.store.DigestTestDatabase.Kind;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JdbcDigestSubscriptionsTest {

    private static final Instant AT = Instant.parse("2025-06-10T07:00:00Z");

    @ParameterizedTest
    @EnumSource(Kind.class)
    void subscriptionSurvivesAReopenAndIsReplacedThenCancelled(Kind kind) throws Exception {
        try (DigestTestDatabase db = DigestTestDatabase.create(kind)) {
            DigestSchedule seoul = DigestSchedule.of("C1", "0 9 * * MON-FRI", "Asia/Seoul",
                    Set.of("billing", "technical"), EnumSet.of(DigestSection.SLA, DigestSection.LOAD));
            new JdbcDigestSubscriptions(db.open()).save(new Subscription("C1", Optional.of(seoul), "U1", AT));

            JdbcDigestSubscriptions reopened = new JdbcDigestSubscriptions(db.open());
            Optional<Subscription> read = reopened.find("C1");
            DigestSchedule york = DigestSchedule.everything("C1", "30 8 * * *", "America/New_York");
            reopened.save(new Subscription("C1", Optional.of(york), "U2", AT.plusSeconds(60)));
            Optional<Subscription> replaced = reopened.find("C1");
            reopened.save(new Subscription("C1", Optional.empty(), "U3", AT.plusSeconds(120)));

            assertEquals(Optional.of(new Subscription("C1", Optional.of(seoul), "U1", AT)), read);
            assertEquals(Optional.of(york), replaced.orElseThrow().schedule());
            assertEquals(List.of(new Subscription("C1", Optional.empty(), "U3", AT.plusSeconds(120))),
                    reopened.all());
            assertEquals(Optional.empty(), reopened.find("C2"));
        }
    }
}
