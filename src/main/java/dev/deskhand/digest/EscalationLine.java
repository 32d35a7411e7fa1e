package dev.deskhand.digest;

import dev.deskhand.tickets.TicketRef;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One escalation as a digest lists it; {@code owner} is empty when nobody has claimed it, {@code ticket} when it
 * names no ticket.
 */
public record EscalationLine(String key, String team, String severity, String title, Optional<String> owner,
                             Duration age, Optional<Instant> dueAt, Optional<CardRef> card,
                             Optional<TicketRef> ticket) {

    public EscalationLine(String key, String team, String severity, String title, Optional<String> owner,
                          Duration age, Optional<Instant> dueAt, Optional<CardRef> card) {
        this(key, team, severity, title, owner, age, dueAt, card, Optional.empty());
    }
}
