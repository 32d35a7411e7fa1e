package dev.deskhand.kb;

/** Stores answer feedback for the digest's knowledge-gap section. */
public interface FeedbackLog {

    /**
     * Stores a vote. A vote whose {@link Feedback#voteId()} is already stored is the same vote explained: its reason
     * (and note, when one is given) replace the stored ones, and it still counts once.
     */
    void record(Feedback feedback);
}
