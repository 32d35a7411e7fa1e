package dev.deskhand.tickets;

import java.util.Optional;

/**
 * What a helpdesk says about one ticket, as far as an escalation needs it. Values are the helpdesk's own
 * ({@code priority} urgent/high/normal/low, {@code status} new/open/pending/hold/solved/closed); any may be absent.
 *
 * @param id       the helpdesk's ticket number ({@code 1234})
 * @param customer the requester's organisation, else the requester's name
 */
public record TicketFacts(String id, Optional<String> subject, Optional<String> customer, Optional<String> priority,
                         Optional<String> status) {
}
