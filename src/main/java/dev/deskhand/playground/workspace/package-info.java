/**
 * What the playground's Slack holds and shows: the {@link dev.deskhand.playground.workspace.Workspace} (messages
 * per channel and thread, ephemeral messages, open modals, {@code response_url}s and trigger ids, behind one lock),
 * the people and conversations in its {@link dev.deskhand.playground.workspace.Directory}, and the rules and shapes
 * both sides of Slack share: Block Kit limits, block and action ids, a message's JSON, a call's arguments.
 *
 * <p>The bottom of the playground layers: depends on the JDK and Jackson only, never on another playground package;
 * {@code playground.standin}, {@code playground.client} and {@code playground} build on it. Public members here are
 * the ones those packages need.
 */
package dev.deskhand.playground.workspace;
