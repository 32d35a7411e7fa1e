/**
 * Searching one index snapshot: parsing the user's query, the word and passage ranking stages, meaning fusion,
 * spelling suggestions, snippets, the confidence model and its self-calibration on the knowledge base's own
 * questions.
 *
 * <p>May depend on {@code kb.index} and {@code kb}; never on {@code kb.engine} or {@code kb.tools}.
 */
package dev.deskhand.kb.rank;
