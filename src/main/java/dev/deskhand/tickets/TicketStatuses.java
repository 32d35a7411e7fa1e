package dev.deskhand.tickets;

import java.time.Instant;
import java.util.Optional;

/**
 * The helpdesk status last seen for a ticket (by the form's lookup), so the escalation card can show it. Keyed by the
 * ticket text as agents type it ({@code ACME-1234}), which is what an escalation stores.
 */
public interface TicketStatuses {

    /** Remembers {@code status} for {@code ticket}, replacing what was there. */
    void remember(String ticket, String status, Instant at);

    /** The status last seen, if the ticket was ever looked up. */
    Optional<String> status(String ticket);

    /** Remembers nothing. */
    TicketStatuses NONE = new TicketStatuses() {
        @Override
        public void remember(String ticket, String status, Instant at) {
        }

        @Override
        public Optional<String> status(String ticket) {
            return Optional.empty();
        }
    };
}
