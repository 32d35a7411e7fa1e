package dev.deskhand.tickets;

import java.util.Optional;

/** An escalation's ticket as a reader sees it: its id (or a pasted link without the scheme) and where it leads. */
public record TicketRef(String id, Optional<String> url) {
}
