/**
 * The helpdesk lookup adapter: Zendesk's Tickets API over the JDK's HTTP client. Only the composition root wires it;
 * everything else speaks to the {@code TicketLookup} port.
 */
package dev.deskhand.tickets.http;
