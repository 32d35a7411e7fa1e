package dev.deskhand.paging;

import java.util.Map;
import java.util.Optional;

/**
 * The secret each team uses with each paging service (PagerDuty's routing key, Opsgenie's API key), read from the
 * environment at start. {@link #toString()} never shows them.
 */
public final class ServiceKeys {

    /** A team's use of a service. */
    public record Route(String team, PagingService service) {
    }

    private final Map<Route, String> keys;

    public ServiceKeys(Map<Route, String> keys) {
        this.keys = Map.copyOf(keys);
    }

    /** No keys: nothing can be paged. */
    public static ServiceKeys none() {
        return new ServiceKeys(Map.of());
    }

    /** The key {@code team} uses with {@code service}. */
    public Optional<String> key(String team, PagingService service) {
        return Optional.ofNullable(keys.get(new Route(team, service)));
    }

    @Override
    public String toString() {
        return "ServiceKeys" + keys.keySet();
    }
}
