package dev.deskhand.tickets;

import java.util.Map;
import java.util.Optional;

/**
 * The email and API token each configured lookup signs in with, read from the environment at start.
 * {@link #toString()} never shows them.
 */
public final class LookupCredentials {

    /** One agent's email and API token (Zendesk's {@code email/token:token} basic auth). */
    public record Credential(String email, String token) {
        @Override
        public String toString() {
            return "Credential[hidden]";
        }
    }

    private final Map<TicketLookupSettings, Credential> credentials;

    public LookupCredentials(Map<TicketLookupSettings, Credential> credentials) {
        this.credentials = Map.copyOf(credentials);
    }

    /** None: nothing is looked up. */
    public static LookupCredentials none() {
        return new LookupCredentials(Map.of());
    }

    public Optional<Credential> forLookup(TicketLookupSettings lookup) {
        return Optional.ofNullable(credentials.get(lookup));
    }

    @Override
    public String toString() {
        return "LookupCredentials" + credentials.keySet().stream().map(TicketLookupSettings::baseUrl).toList();
    }
}
