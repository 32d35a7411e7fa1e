package dev.deskhand.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deskhand.tickets.LookupCredentials;
import dev.deskhand.tickets.TicketLinks;
import dev.deskhand.tickets.TicketLookupSettings;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code tickets: … lookup:} in deskhand.yml: what is read, which ids are looked up, and every mistake named. */
class TicketLookupSettingsTest {
    private final SettingsFile file = new SettingsFile();

    private static final String BASE = """
            teams:
              - id: billing
                channel: C0BILLING01
            tiers:
              - id: standard
            sla:
              severities:
                P1: { acknowledge: 15m, resolve: 4h }
                P2: { acknowledge: 1h, resolve: 1d }
                P3: { acknowledge: 4h, resolve: 3d }
                P4: { acknowledge: 1d, resolve: 10d }
            tickets:
              - system: zendesk
                pattern: "ACME-(\\\\d+)"
                url: "https://acme.zendesk.com/agent/tickets/{id}"
                lookup: { subdomain: acme, email_env: ZENDESK_EMAIL, token_env: ZENDESK_API_TOKEN }
              - system: jira
                pattern: "SUP-\\\\d+"
                url: "https://acme.atlassian.net/browse/{id}"
            """;

    private static final TicketLookupSettings ACME = new TicketLookupSettings(URI.create("https://acme.zendesk.com"),
            "ZENDESK_EMAIL", "ZENDESK_API_TOKEN", Duration.ofSeconds(3));

    private TicketLinks tickets(String yaml) {
        return file.parse(yaml, "t.yml").escalations().tickets();
    }

    @Test
    void aZendeskLookupIsReadAndOnlyItsNumericIdsAreLookedUp() {
        TicketLinks tickets = tickets(BASE);

        assertTrue(tickets.looksUp());
        assertEquals(List.of(ACME), tickets.lookups());
        assertEquals(Optional.of(new TicketLinks.LookupTarget(ACME, "1234")), tickets.lookupTarget(" ACME-1234 "));
        assertEquals(Optional.empty(), tickets.lookupTarget("SUP-12"), "jira has no lookup");
        assertEquals(Optional.empty(), tickets.lookupTarget("ACME-1234 and more"));
        assertFalse(tickets(BASE.replace("    lookup: { subdomain: acme, email_env: ZENDESK_EMAIL, token_env: "
                + "ZENDESK_API_TOKEN }\n", "")).looksUp());
        assertEquals(URI.create("http://127.0.0.1:8089"), tickets(BASE.replace("subdomain: acme",
                "base_url: \"http://127.0.0.1:8089/\"")).lookups().get(0).baseUrl());
    }

    @Test
    void everyMistakeIsNamedBySetting() {
        assertEquals("t.yml: tickets[1].lookup: works with system: zendesk only", message(BASE.replace(
                "url: \"https://acme.atlassian.net/browse/{id}\"\n", "url: \"https://acme.atlassian.net/browse/{id}\"\n"
                        + "    lookup: { subdomain: acme, email_env: JIRA_EMAIL, token_env: JIRA_TOKEN }\n")));
        assertEquals("t.yml: tickets[0].lookup.token_env: 'zd-secret-123' is not an environment variable name (like "
                + "ZENDESK_API_TOKEN); the secret itself goes in the environment, never in this file",
                message(BASE.replace("token_env: ZENDESK_API_TOKEN", "token_env: zd-secret-123")));
        assertEquals("t.yml: tickets[0].lookup.token: unknown setting (expected one of base_url, email_env, "
                + "subdomain, token_env)", message(BASE.replace("token_env: ZENDESK_API_TOKEN", "token: abc")));
        assertEquals("t.yml: tickets[0].lookup.subdomain: 'acme.zendesk.com' is not a Zendesk subdomain (acme, for "
                + "acme.zendesk.com)", message(BASE.replace("subdomain: acme", "subdomain: acme.zendesk.com")));
    }

    @Test
    void credentialsComeFromTheNamedVariablesAndAMissingOneStopsTheStart() {
        TicketLinks tickets = tickets(BASE);

        LookupCredentials credentials = TicketLookupKeys.resolve(tickets, Environment.of(Map.of(
                "ZENDESK_EMAIL", "agent@acme.test", "ZENDESK_API_TOKEN", "zd-token")));
        assertEquals(Optional.of(new LookupCredentials.Credential("agent@acme.test", "zd-token")),
                credentials.forLookup(ACME));
        // Printing them (a log line, an exception) shows only where they are used.
        assertEquals("LookupCredentials[https://acme.zendesk.com]", credentials.toString());
        assertEquals("Credential[hidden]", credentials.forLookup(ACME).orElseThrow().toString());

        SettingsException missing = assertThrows(SettingsException.class, () -> TicketLookupKeys.resolve(tickets,
                Environment.of(Map.of("ZENDESK_EMAIL", "agent@acme.test"))));
        assertEquals("tickets: zendesk lookup.token_env names ZENDESK_API_TOKEN, which is not set in the environment "
                + "(or .env)", missing.getMessage());
    }

    private String message(String yaml) {
        return assertThrows(SettingsException.class, () -> file.parse(yaml, "t.yml")).getMessage();
    }
}
