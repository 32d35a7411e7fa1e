package dev.deskhand.tickets;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How to look a helpdesk's tickets up (Zendesk's Tickets API): where, with which credentials (named by environment
 * variable, read at start), and how long an agent waits with the form open.
 *
 * @param baseUrl  {@code https://acme.zendesk.com}, from {@code subdomain} (or {@code base_url} for a stand-in)
 * @param emailEnv the variable holding the agent's email the API token belongs to
 * @param tokenEnv the variable holding the API token
 * @param timeout  the whole lookup, connect to last byte; it is interactive, so it is never retried
 */
public record TicketLookupSettings(URI baseUrl, String emailEnv, String tokenEnv, Duration timeout) {
    /** An agent waits this long at most, with the form in front of them. */
    public static final Duration TIMEOUT = Duration.ofSeconds(3);

    public TicketLookupSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(emailEnv, "emailEnv");
        Objects.requireNonNull(tokenEnv, "tokenEnv");
        Objects.requireNonNull(timeout, "timeout");
    }
}
