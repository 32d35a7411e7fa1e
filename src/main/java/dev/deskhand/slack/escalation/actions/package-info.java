/**
 * The card's buttons and pickers (claim, resolve, reassign, move to a team, severity, snooze, reopen), registered by
 * {@link dev.deskhand.slack.escalation.actions.CardButtonHandlers}: each runs a command as the clicking user, with
 * the user groups a permission check needs, and answers a refusal in the clicker's words
 * ({@code Refusals}); resolve and reopen ask first in a small form of their own.
 *
 * <p>Uses {@code slack.escalation.card} (action ids, Block Kit) and {@code slack.escalation.form} (how submitted
 * fields are read, what an over-long one is told); nothing below uses it.
 */
package dev.deskhand.slack.escalation.actions;
