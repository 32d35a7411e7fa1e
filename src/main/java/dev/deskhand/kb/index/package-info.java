/**
 * Everything that turns a knowledge folder into a searchable Lucene index: reading and parsing the Markdown files
 * (front matter, language, passages), the English and Korean analysis and synonym rules, building the index and its
 * per-snapshot structures (doc-id maps, character grams, passage meaning vectors), and watching the folder.
 *
 * <p>May depend on {@code dev.deskhand.kb} only; ranking ({@code kb.rank}) and the adapter ({@code kb.engine}) build
 * on it, never the other way round. Public members here are the ones ranking and the engine need.
 */
package dev.deskhand.kb.index;
