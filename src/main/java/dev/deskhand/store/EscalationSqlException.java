package dev.deskhand.store;

/** A database call for escalations failed; the message says which operation and which escalation. */
public final class EscalationSqlException extends RuntimeException {
    EscalationSqlException(String message, Throwable cause) {
        super(message, cause);
    }
}
