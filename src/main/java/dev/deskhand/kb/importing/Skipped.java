package dev.deskhand.kb.importing;

/** Something at the source that was not imported, and why (a draft, a language Deskhand does not read…). */
public record Skipped(String ref, String reason) {
}
