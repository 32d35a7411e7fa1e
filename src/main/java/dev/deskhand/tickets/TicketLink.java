package dev.deskhand.tickets;

/** A ticket id found in a text, at {@code [start, end)}, and the link it leads to. */
public record TicketLink(String id, String url, int start, int end) {
}
