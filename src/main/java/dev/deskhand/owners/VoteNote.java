package dev.deskhand.owners;

/** What a voter wrote after 👎 → "Other", on one vote. */
public record VoteNote(String articleId, String note) {
}
