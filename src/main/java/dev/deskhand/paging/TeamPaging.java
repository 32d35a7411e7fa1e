package dev.deskhand.paging;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A team's {@code paging:}: which services page its on-call, and when.
 *
 * @param team    the team id
 * @param keyEnv  per service, the name of the environment variable holding its key (PagerDuty's routing key,
 *                Opsgenie's API key); the key itself never appears in the settings
 * @param on      when to page; at least one entry
 */
public record TeamPaging(String team, Map<PagingService, String> keyEnv, List<PageOn> on) {
    public TeamPaging {
        Objects.requireNonNull(team, "team");
        if (keyEnv == null || keyEnv.isEmpty()) {
            throw new IllegalArgumentException("team " + team + " pages through no service");
        }
        keyEnv = Map.copyOf(new EnumMap<>(keyEnv));
        on = List.copyOf(on);
        if (on.isEmpty()) {
            throw new IllegalArgumentException("team " + team + " pages on nothing");
        }
    }

    /** The services, in a fixed order (PagerDuty first), so enqueued messages and tests are deterministic. */
    public List<PagingService> services() {
        return new EnumMap<>(keyEnv).keySet().stream().toList();
    }
}
