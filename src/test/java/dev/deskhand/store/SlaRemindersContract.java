package dev.deskhand.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deskhand.escalation.Actor;
import dev.deskhand.escalation.Command;
import dev.deskhand.escalation.EscalationKey;
import dev.deskhand.escalation.Severity;
import dev.deskhand.escalation.sla.SlaReminders;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SLA reminders computed from stored state on every tick, against a real database. */
abstract class SlaRemindersContract extends EscalationDatabaseTest {
    private SlaReminders worker() {
        return new SlaReminders(store, SETTINGS.sla(), clock, Duration.ofMinutes(1));
    }

    /** The reminders owed, as KIND@+minutes after creation. */
    private List<String> remindersOwed() throws Exception {
        List<String> owed = new ArrayList<>();
        try (Connection connection = dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT detail, created_at FROM escalation_outbox WHERE kind = 'REMINDER' ORDER BY id")) {
            while (rows.next()) {
                Instant at = rows.getObject("created_at", OffsetDateTime.class).toInstant();
                owed.add(rows.getString("detail") + "@+" + Duration.between(T0, at).toMinutes() + "m");
            }
        }
        return owed;
    }

    private void tickEveryMinuteUntil(Duration end, SlaReminders... workers) {
        while (!clock.instant().isAfter(T0.plus(end))) {
            for (SlaReminders worker : workers) {
                worker.runOnce();
            }
            clock.advance(Duration.ofMinutes(1));
        }
    }

    @Test
    void unclaimedP1GetsWarningBreachAndRepeatsUntilClaimedThenResolveReminders() throws Exception {
        // GIVEN a P1 for an enterprise customer (ack 15m, resolve 4h, warn 5m before, repeat every 30m)
        service.create(draft(Severity.P1, "billing", "UREQ"), "V1");

        // WHEN two replicas tick every minute for 80 minutes, then someone claims it and time runs on to 4h
        SlaReminders replicaA = worker();
        SlaReminders replicaB = worker();
        tickEveryMinuteUntil(Duration.ofMinutes(80), replicaA, replicaB);
        service.act(new EscalationKey(1), new Command.Claim(), Actor.of("UANNA"));
        // A restart: a brand-new worker carries on from the database alone.
        tickEveryMinuteUntil(Duration.ofHours(4).plusMinutes(30), worker());

        // THEN each reminder was owed exactly once, at the expected minute
        assertEquals(List.of("ACK_WARNING@+10m", "ACK_BREACH@+15m", "ACK_REPEAT@+45m", "ACK_REPEAT@+75m",
                "RESOLVE_WARNING@+235m", "RESOLVE_BREACH@+240m"), remindersOwed());
    }

    @Test
    void reopenedEscalationStartsAFreshReminderCycle() throws Exception {
        service.create(draft(Severity.P1, "billing", "UREQ"), "V1");
        tickEveryMinuteUntil(Duration.ofMinutes(15), worker());
        // The requester may resolve it (so may its claimer and billing's leads)
        service.act(new EscalationKey(1), new Command.Resolve("fixed", dev.deskhand.escalation.ResolutionReason.FIXED),
                Actor.of("UREQ"));
        clock.set(T0.plus(Duration.ofHours(1)));
        service.act(new EscalationKey(1), new Command.Reopen("still broken"), Actor.of("UREQ"));

        tickEveryMinuteUntil(Duration.ofMinutes(75), worker());

        assertEquals(List.of("ACK_WARNING@+10m", "ACK_BREACH@+15m", "ACK_WARNING@+70m", "ACK_BREACH@+75m"),
                remindersOwed());
    }
}
