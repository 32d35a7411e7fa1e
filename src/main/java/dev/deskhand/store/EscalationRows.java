package dev.deskhand.store;

import static dev.deskhand.store.EscalationTransactions.instant;

import dev.deskhand.escalation.CardRef;
import dev.deskhand.escalation.Escalation;
import dev.deskhand.escalation.EscalationKey;
import dev.deskhand.escalation.ResolutionReason;
import dev.deskhand.escalation.Severity;
import dev.deskhand.escalation.Status;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads escalation rows; every query selects {@link #COLUMNS} so one mapper serves them all. */
final class EscalationRows {
    static final String COLUMNS = "id, customer, tier, ticket, severity, team, summary, tried, related_article, "
            + "requester, status, assignee, created_at, acknowledged_at, resolved_at, reopened_at, snoozed_until, "
            + "card_channel, card_ts, resolution_note, resolution_reason, resolved_by, version";

    private EscalationRows() {
    }

    interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    static List<Escalation> query(Connection connection, String whereAndOrder, Binder binder) throws SQLException {
        try (PreparedStatement statement =
                     connection.prepareStatement("SELECT " + COLUMNS + " FROM escalations " + whereAndOrder)) {
            binder.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                List<Escalation> escalations = new ArrayList<>();
                while (rows.next()) {
                    escalations.add(map(rows));
                }
                return escalations;
            }
        }
    }

    private static Escalation map(ResultSet row) throws SQLException {
        String cardChannel = row.getString("card_channel");
        String cardTs = row.getString("card_ts");
        String reason = row.getString("resolution_reason");
        return new Escalation(
                new EscalationKey(row.getLong("id")),
                row.getString("customer"),
                row.getString("tier"),
                row.getString("ticket"),
                Severity.valueOf(row.getString("severity")),
                row.getString("team"),
                row.getString("summary"),
                row.getString("tried"),
                row.getString("related_article"),
                row.getString("requester"),
                Status.valueOf(row.getString("status").toUpperCase(Locale.ROOT)),
                row.getString("assignee"),
                time(row, "created_at"),
                time(row, "acknowledged_at"),
                time(row, "resolved_at"),
                time(row, "reopened_at"),
                time(row, "snoozed_until"),
                cardChannel == null || cardTs == null ? null : new CardRef(cardChannel, cardTs),
                row.getString("resolution_note"),
                reason == null ? null : ResolutionReason.valueOf(reason),
                row.getString("resolved_by"),
                row.getLong("version"));
    }

    static java.time.Instant time(ResultSet row, String column) throws SQLException {
        return instant(row.getObject(column, OffsetDateTime.class));
    }
}
