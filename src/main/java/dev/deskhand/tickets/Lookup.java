package dev.deskhand.tickets;

/** What looking a ticket up came to. Typed, so the Slack side says it in the reader's language. */
public sealed interface Lookup {

    /** The helpdesk knows the ticket. */
    record Found(TicketFacts facts) implements Lookup {
    }

    /** The helpdesk answered that there is no such ticket (404). */
    record NotFound(String id) implements Lookup {
    }

    /** The helpdesk could not answer now, or not to us. {@code detail} is for the log (no credentials in it). */
    record Failed(Failure failure, String detail) implements Lookup {
    }

    /** No lookup is configured for this ticket text (not an id of a system with {@code lookup:}). */
    record NotLookedUp() implements Lookup {
    }

    /** Why a lookup failed: each says something different to the agent. */
    enum Failure {
        /** 429: the API's rate limit. */
        RATE_LIMITED,
        /** 401/403: the email or token is wrong, revoked, or not an agent's. */
        UNAUTHORISED,
        /** No answer within the timeout. */
        TIMED_OUT,
        /** 5xx, a network error, or an answer we could not read. */
        UNAVAILABLE
    }
}
