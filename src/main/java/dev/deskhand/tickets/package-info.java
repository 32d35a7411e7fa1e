/**
 * Helpdesk ticket links: which ticket systems a team uses (Zendesk, Jira, Intercom, Freshdesk or any URL template),
 * how their ids look, and where each id leads; and the port for looking a ticket up ({@code TicketLookup}, its
 * outcomes {@code Lookup}) and remembering its status ({@code TicketStatuses}). Plain Java: no Slack, no JDBC;
 * {@code config} builds it from {@code deskhand.yml}, the escalation and digest features ask it for links,
 * {@code slack} renders them, {@code tickets.http} asks Zendesk.
 */
package dev.deskhand.tickets;
