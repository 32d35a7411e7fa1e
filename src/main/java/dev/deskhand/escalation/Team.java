package dev.deskhand.escalation;

import java.util.List;
import java.util.Objects;

/**
 * A specialist team escalations are routed to, as configured.
 *
 * @param id        short lower-case identifier used in {@code /escalate P1 billing ...}
 * @param name      display name
 * @param channelId Slack channel where the team's cards are posted
 * @param leads     mentions (user groups {@code <!subteam^S…>} or users {@code <@U…>}) alerted on SLA breaches
 */
public record Team(String id, String name, String channelId, List<String> leads) {
    public Team {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(channelId, "channelId");
        name = name == null || name.isBlank() ? id : name;
        leads = List.copyOf(leads == null ? List.of() : leads);
    }
}
