/**
 * Helpdesk ticket links: which ticket systems a team uses (Zendesk, Jira, Intercom, Freshdesk or any URL template),
 * how their ids look, and where each id leads. Plain Java: no Slack, no JDBC; {@code config} builds it from
 * {@code deskhand.yml}, the escalation and digest features ask it for links, {@code slack} renders them.
 */
package dev.deskhand.tickets;
