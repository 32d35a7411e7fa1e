package dev.deskhand.tickets;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One configured ticket system: what its ids look like and where one leads. When {@code pattern} has a capturing
 * group, the group is what goes into the URL (the text {@code ACME-1234} → ticket {@code 1234}).
 *
 * @param url    a link with {@code {id}} where the id goes, e.g. {@code https://acme.zendesk.com/agent/tickets/{id}}
 * @param lookup how to look its tickets up (Zendesk only), if configured
 */
public record TicketSource(TicketSystem system, Pattern pattern, String url, Optional<TicketLookupSettings> lookup) {

    public static final String ID = "{id}";

    public TicketSource {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(pattern, "pattern");
        if (url == null || !url.contains(ID) || !(url.startsWith("https://") || url.startsWith("http://"))) {
            throw new IllegalArgumentException("a ticket url must be an http(s) link containing " + ID);
        }
        lookup = lookup == null ? Optional.empty() : lookup;
        if (lookup.isPresent() && system != TicketSystem.ZENDESK) {
            throw new IllegalArgumentException("lookup: works with system: zendesk only");
        }
    }

    /** Links only, no lookup. */
    public TicketSource(TicketSystem system, Pattern pattern, String url) {
        this(system, pattern, url, Optional.empty());
    }
}
