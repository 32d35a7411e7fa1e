package dev.deskhand.kb;

import java.util.Optional;

/**
 * Why an answer did not help; a closed list so the digest can count them. Its words are {@code kb.reason.<NAME>} in
 * the message bundles.
 */
public enum FeedbackReason {
    OUTDATED,
    WRONG_ARTICLE,
    NOT_ENOUGH_DETAIL,
    OTHER;

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
