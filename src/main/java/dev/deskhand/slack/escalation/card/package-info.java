/**
 * What an escalation reads like in Slack: the card in its team's channel
 * ({@link dev.deskhand.slack.escalation.card.EscalationCard}) with its action ids, the notes and reminders in its
 * thread ({@link dev.deskhand.slack.escalation.card.ThreadNotes}), the {@code /escalate list} and {@code show} text
 * (with what it says about pages and posts Slack refused), related articles as links, and the Block Kit builders
 * ({@link dev.deskhand.slack.escalation.card.Blocks}) the forms use too. Rendering only: no handler, no Web API call.
 *
 * <p>The bottom of {@code slack.escalation}: it uses none of its sibling packages.
 */
package dev.deskhand.slack.escalation.card;
