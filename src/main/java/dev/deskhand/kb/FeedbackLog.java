package dev.deskhand.kb;

/** Stores answer feedback for the digest's knowledge-gap section. */
public interface FeedbackLog {

    void record(Feedback feedback);
}
