package dev.deskhand.digest.gaps;

/** A search (grouped by its normalised text) that found no good answer, and how often it was made. */
public record SearchGap(String query, int count) {
}
