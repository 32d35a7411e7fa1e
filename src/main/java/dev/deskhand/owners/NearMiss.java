package dev.deskhand.owners;

/** For the DM: a question (its normalised text) that found no good answer while {@code articleId} was the closest match. */
public record NearMiss(String articleId, String question, int count) {
}
