package dev.deskhand.escalation;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A specialist team escalations are routed to, as configured.
 *
 * @param id        short lower-case identifier used in {@code /escalate P1 billing ...}
 * @param name      display name
 * @param channelId Slack channel where the team's cards are posted
 * @param leads     mentions (user groups {@code <!subteam^S…>} or users {@code <@U…>}) alerted on SLA breaches
 * @param language  what the team's channel reads in ({@code en}, {@code ko}); empty for the workspace default
 * @param zone      the time zone the team's channel shows times in; empty for the workspace default
 */
public record Team(String id, String name, String channelId, List<String> leads, Optional<String> language,
                   Optional<ZoneId> zone) {
    public Team {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(channelId, "channelId");
        name = name == null || name.isBlank() ? id : name;
        leads = List.copyOf(leads == null ? List.of() : leads);
        language = language == null ? Optional.empty() : language;
        zone = zone == null ? Optional.empty() : zone;
    }

    /** A team in the workspace's default time zone. */
    public Team(String id, String name, String channelId, List<String> leads, Optional<String> language) {
        this(id, name, channelId, leads, language, Optional.empty());
    }

    /** A team in the workspace's default language. */
    public Team(String id, String name, String channelId, List<String> leads) {
        this(id, name, channelId, leads, Optional.empty());
    }
}
