package dev.deskhand.escalation;

import java.util.Optional;

/** Why an escalation was closed; a fixed list so the digest can count them. */
public enum ResolutionReason {
    FIXED("Fixed"),
    WORKAROUND("Workaround provided"),
    CONFIGURATION("Configuration or user error"),
    DUPLICATE("Duplicate"),
    NOT_REPRODUCIBLE("Could not reproduce"),
    WONT_FIX("Won't fix"),
    OTHER("Other");

    private final String label;

    ResolutionReason(String label) {
        this.label = label;
    }

    /** Human label for pickers and the card. */
    public String label() {
        return label;
    }

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
