package dev.deskhand.tickets;

/** Looks a ticket up in its helpdesk, once (it runs while an agent waits on a form). */
public interface TicketLookup {

    /** Never throws: every outcome, failure included, is a {@link Lookup}. */
    Lookup lookup(String ticket);

    /** No helpdesk to ask. */
    TicketLookup NONE = ticket -> new Lookup.NotLookedUp();
}
