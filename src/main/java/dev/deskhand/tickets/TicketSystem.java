package dev.deskhand.tickets;

import java.util.Locale;
import java.util.Optional;

/** The helpdesks Deskhand knows by name; {@link #URL_TEMPLATE} is any other system with a link per id. */
public enum TicketSystem {
    ZENDESK, JIRA, INTERCOM, FRESHDESK, URL_TEMPLATE;

    /** {@code zendesk}, {@code jira}, {@code intercom}, {@code freshdesk}, {@code url_template}. */
    public static Optional<TicketSystem> parse(String name) {
        for (TicketSystem system : values()) {
            if (system.name().equalsIgnoreCase(name == null ? "" : name.strip().replace('-', '_'))) {
                return Optional.of(system);
            }
        }
        return Optional.empty();
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
