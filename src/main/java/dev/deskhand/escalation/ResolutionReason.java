package dev.deskhand.escalation;

import java.util.Optional;

/**
 * Why an escalation was closed; a fixed list so the digest can count them. Its words for pickers and the card are
 * {@code escalation.reason.<NAME>} in the message bundles.
 */
public enum ResolutionReason {
    FIXED,
    WORKAROUND,
    CONFIGURATION,
    DUPLICATE,
    NOT_REPRODUCIBLE,
    WONT_FIX,
    OTHER;

    /** Exact enum name, as stored and as sent by the resolve modal; anything else is empty. */
    public static Optional<ResolutionReason> parse(String name) {
        for (ResolutionReason reason : values()) {
            if (reason.name().equals(name)) {
                return Optional.of(reason);
            }
        }
        return Optional.empty();
    }
}
