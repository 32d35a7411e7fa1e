package dev.deskhand.kb;

/**
 * An agent's verdict on a search's top hit, with the confidence the search gave it: "helpful" (shown as the
 * answer, or opened from the closest titles of a declined search) or "wrong article".
 */
public record RatedAnswer(double confidence, boolean helpful) {
}
