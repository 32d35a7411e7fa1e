/**
 * Sentence meaning for knowledge-base search: the one package that loads a neural model. Search depends only on
 * {@link dev.deskhand.kb.SentenceEncoder}, so it runs, and is tested, with or without it.
 */
package dev.deskhand.semantic;
