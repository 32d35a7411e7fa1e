package dev.deskhand.digest;

/** An article and how many times it was marked "not helpful". */
public record ArticleCount(String articleId, int count) {
}
