/**
 * The knowledge base in use: {@link dev.deskhand.kb.engine.LuceneKnowledgeBase}, the adapter behind the
 * {@link dev.deskhand.kb.KnowledgeBase} port, which loads the folder, holds the current snapshot (acquire, swap,
 * release), reloads on change and runs self-calibration off the request path.
 *
 * <p>May depend on {@code kb.rank}, {@code kb.index} and {@code kb}; {@code kb.tools} and the composition root build
 * on it.
 */
package dev.deskhand.kb.engine;
