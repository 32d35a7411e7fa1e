/**
 * The knowledge base as the rest of the application sees it: the {@link dev.deskhand.kb.KnowledgeBase} port and the
 * values that cross it (articles, search requests and results, hits, feedback, the index report), plus the ports
 * the engine needs from outside ({@link dev.deskhand.kb.SearchLog}, {@link dev.deskhand.kb.FeedbackLog},
 * {@link dev.deskhand.kb.AnswerRatings}, {@link dev.deskhand.kb.SentenceEncoder}).
 *
 * <p>The engine lives in the subpackages, layered so each only looks down: {@code kb.tools} (command line, eval,
 * lint, answer-bar report) → {@code kb.engine} (the Lucene-backed adapter in use) → {@code kb.rank} (ranking stages,
 * confidence, calibration) → {@code kb.index} (parsing, analysis, the Lucene index) → this package. This package
 * depends on none of them. Plain Java only: nothing under {@code kb} may import Slack, JDBC, Jetty or the store.
 */
package dev.deskhand.kb;
