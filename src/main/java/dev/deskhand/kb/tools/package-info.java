/**
 * Tools around the engine, run from the command line rather than while serving: {@code kb} search and
 * {@code index}, {@code lint}, {@code eval} (recall and answer-bar figures on evaluation sets) and the answer-bar
 * report built from agents' votes.
 *
 * <p>The top of the {@code kb} layers: may depend on every other {@code kb} package; none of them depends on it.
 */
package dev.deskhand.kb.tools;
