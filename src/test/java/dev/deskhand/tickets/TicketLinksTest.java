package dev.deskhand.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TicketLinksTest {

    private final TicketLinks links = new TicketLinks(List.of(
            new TicketSource(TicketSystem.ZENDESK, Pattern.compile("ACME-(\\d+)"),
                    "https://acme.zendesk.com/agent/tickets/{id}"),
            new TicketSource(TicketSystem.JIRA, Pattern.compile("[A-Z]+-\\d+"), "https://acme.atlassian.net/browse/{id}")));

    @Test
    void idsAreFoundLeftToRightAndTheFirstConfiguredSystemWinsWhereBothMatch() {
        assertEquals(List.of(new TicketLink("SUP-9", "https://acme.atlassian.net/browse/SUP-9", 4, 9),
                        new TicketLink("ACME-1234", "https://acme.zendesk.com/agent/tickets/1234", 14, 23)),
                links.find("see SUP-9 and ACME-1234."));
    }

    @Test
    void aWholeIdHasAUrlAndAnythingElseHasNone() {
        assertEquals(Optional.of("https://acme.zendesk.com/agent/tickets/1234"), links.url(" ACME-1234 "));
        assertEquals(Optional.empty(), links.url("ACME-1234 and more"));
        assertEquals(new TicketRef("acme.zendesk.com/t/1", Optional.of("https://acme.zendesk.com/t/1")),
                links.ref("https://acme.zendesk.com/t/1"));
        assertEquals(List.of(), TicketLinks.none().find("ACME-1234"));
    }

    @Test
    void whatGoesIntoTheUrlIsEncoded() {
        TicketLinks loose = new TicketLinks(List.of(new TicketSource(TicketSystem.URL_TEMPLATE,
                Pattern.compile("T:(\\S+)"), "https://desk.example/t?id={id}")));
        assertEquals(Optional.of("https://desk.example/t?id=a%26b%3Fc%3E"), loose.url("T:a&b?c>"));
    }
}
