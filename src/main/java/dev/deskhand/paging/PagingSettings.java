package dev.deskhand.paging;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything paging needs from {@code deskhand.yml}: per team, who is paged when ({@code teams[].paging:}), and the
 * services' addresses and timeouts (top-level {@code paging:}).
 *
 * @param pagerDutyUrl   the Events API's base ({@code https://events.pagerduty.com}); events go to {@code /v2/enqueue}
 * @param opsgenieUrl    the Alert API's base ({@code https://api.opsgenie.com}, EU accounts
 *                       {@code https://api.eu.opsgenie.com}); alerts go to {@code /v2/alerts}
 * @param connectTimeout how long to wait for a connection to a paging service
 * @param readTimeout    how long to wait for its answer once the request is sent
 */
public record PagingSettings(List<TeamPaging> teams, URI pagerDutyUrl, URI opsgenieUrl, Duration connectTimeout,
                             Duration readTimeout) {

    public static final URI PAGERDUTY_URL = URI.create("https://events.pagerduty.com");
    public static final URI OPSGENIE_URL = URI.create("https://api.opsgenie.com");
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

    public PagingSettings {
        teams = List.copyOf(teams);
        Objects.requireNonNull(pagerDutyUrl, "pagerDutyUrl");
        Objects.requireNonNull(opsgenieUrl, "opsgenieUrl");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
    }

    /** No team pages anyone. */
    public static PagingSettings none() {
        return new PagingSettings(List.of(), PAGERDUTY_URL, OPSGENIE_URL, CONNECT_TIMEOUT, READ_TIMEOUT);
    }

    /** The paging of team {@code id}, if it has any. */
    public Optional<TeamPaging> team(String id) {
        return teams.stream().filter(team -> team.team().equals(id)).findFirst();
    }

    /** Whether any team pages anyone. */
    public boolean enabled() {
        return !teams.isEmpty();
    }
}
