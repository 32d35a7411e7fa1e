package dev.deskhand.digest;

/**
 * A search the knowledge base declined whose closest article an agent opened and marked helpful, and how often:
 * the answer existed, but the question's wording was too far from the article's.
 */
public record BelowBarAnswer(String query, String articleId, int count) {
}
