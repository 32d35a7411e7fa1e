package dev.deskhand.slack;

import dev.deskhand.tickets.TicketLink;
import dev.deskhand.tickets.TicketLinks;

/** User text with its ticket ids as links to the helpdesk: everything else escaped, as {@link Mrkdwn} does. */
public final class TicketText {

    private TicketText() {
    }

    /** {@code text} cut to {@code max} characters (before escaping), escaped, each ticket id a link. */
    public static String render(String text, int max, TicketLinks links) {
        if (text == null) {
            return "";
        }
        String cut = text.length() <= max ? text : text.substring(0, Math.max(0, max - 1)) + "…";
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (TicketLink link : links.find(cut)) {
            out.append(Mrkdwn.escape(cut.substring(at, link.start()))).append(Mrkdwn.link(link.url(), link.id()));
            at = link.end();
        }
        return out.append(Mrkdwn.escape(cut.substring(at))).toString();
    }

    /** A ticket field: a pasted URL links to itself, a known id to its helpdesk, anything else is escaped text. */
    public static String ticket(String ticket, TicketLinks links) {
        if (ticket == null) {
            return "—";
        }
        if (ticket.startsWith("http://") || ticket.startsWith("https://")) {
            return Mrkdwn.link(ticket, ticket.replaceFirst("^https?://", ""));
        }
        return render(ticket, 200, links);
    }
}
