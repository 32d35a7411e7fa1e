package dev.deskhand.kb;

import java.util.Optional;

/** Why an answer did not help; a closed list so the digest can count them. */
public enum FeedbackReason {
    OUTDATED("Outdated"),
    WRONG_ARTICLE("Wrong article"),
    NOT_ENOUGH_DETAIL("Not enough detail"),
    OTHER("Other");

    private final String label;

    FeedbackReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The reason for a stored or submitted code, if it is one of ours. */
    public static Optional<FeedbackReason> parse(String code) {
        for (FeedbackReason reason : values()) {
            if (reason.name().equalsIgnoreCase(code)) {
                return Optional.of(reason);
            }
        }
        return Optional.empty();
    }
}
