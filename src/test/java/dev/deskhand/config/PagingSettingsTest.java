package dev.deskhand.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.deskhand.escalation.Severity;
import dev.deskhand.paging.PageOn;
import dev.deskhand.paging.PagingService;
import dev.deskhand.paging.PagingSettings;
import dev.deskhand.paging.ServiceKeys;
import dev.deskhand.paging.TeamPaging;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code paging:} in deskhand.yml: what is read, and every mistake named by its setting. */
class PagingSettingsTest {
    private final SettingsFile file = new SettingsFile();

    private static final String BASE = """
            teams:
              - id: billing
                channel: C0BILLING01
                paging:
                  pagerduty: { routing_key_env: PD_BILLING_KEY }
                  opsgenie: { api_key_env: OPSGENIE_KEY }
                  on: [P1-created, breach]
              - id: technical
                channel: C0TECHNIC01
            tiers:
              - id: standard
            sla:
              severities:
                P1: { acknowledge: 15m, resolve: 4h }
                P2: { acknowledge: 1h, resolve: 1d }
                P3: { acknowledge: 4h, resolve: 3d }
                P4: { acknowledge: 1d, resolve: 10d }
            """;

    @Test
    void teamPagingAndDefaultsAreRead() {
        PagingSettings paging = file.parse(BASE, "t.yml").paging();

        assertEquals(List.of(new TeamPaging("billing",
                Map.of(PagingService.PAGERDUTY, "PD_BILLING_KEY", PagingService.OPSGENIE, "OPSGENIE_KEY"),
                List.of(new PageOn(Optional.of(Severity.P1), PageOn.Moment.CREATED),
                        new PageOn(Optional.empty(), PageOn.Moment.BREACH)))), paging.teams());
        assertEquals(URI.create("https://events.pagerduty.com"), paging.pagerDutyUrl());
        assertEquals(URI.create("https://api.opsgenie.com"), paging.opsgenieUrl());
        assertEquals(Duration.ofSeconds(5), paging.connectTimeout());
        assertEquals(Duration.ofSeconds(10), paging.readTimeout());
    }

    @Test
    void euOpsgenieTimeoutsAndDefaultMomentsAreRead() {
        String yaml = BASE.replace("      on: [P1-created, breach]\n", "") + """
                paging:
                  opsgenie_url: https://api.eu.opsgenie.com/
                  pagerduty_url: http://127.0.0.1:8089
                  connect_timeout: 2s
                  read_timeout: 30s
                """;

        PagingSettings paging = file.parse(yaml, "t.yml").paging();

        assertEquals(URI.create("https://api.eu.opsgenie.com"), paging.opsgenieUrl());
        assertEquals(URI.create("http://127.0.0.1:8089"), paging.pagerDutyUrl());
        assertEquals(Duration.ofSeconds(2), paging.connectTimeout());
        assertEquals(Duration.ofSeconds(30), paging.readTimeout());
        assertEquals("[P1-created, P1-breach]", paging.team("billing").orElseThrow().on().toString());
    }

    @Test
    void withoutPagingNobodyIsPaged() {
        String yaml = BASE.replaceAll("(?s)    paging:.*?breach]\n", "");

        assertEquals(PagingSettings.none(), file.parse(yaml, "t.yml").paging());
    }

    @Test
    void mistakesNameTheSetting() {
        assertEquals("t.yml: teams[0].paging.pagerdooty: unknown setting (expected one of on, opsgenie, pagerduty)",
                message(BASE.replace("pagerduty: {", "pagerdooty: {")));
        assertEquals("t.yml: teams[0].paging.pagerduty.routing_key: unknown setting (expected one of "
                + "routing_key_env)", message(BASE.replace("routing_key_env: PD_BILLING_KEY",
                "routing_key: R0123456789abcdef")));
        assertEquals("t.yml: teams[0].paging.pagerduty.routing_key_env: 'R0123-4567' is not an environment variable "
                + "name (like PD_BILLING_KEY); the key itself goes in the environment, never in this file",
                message(BASE.replace("PD_BILLING_KEY", "R0123-4567")));
        assertEquals("t.yml: teams[0].paging.opsgenie.api_key_env: is required",
                message(BASE.replace("api_key_env: OPSGENIE_KEY", "")));
        assertEquals("t.yml: teams[0].paging.on[1]: 'P1-breached' is not a paging moment; use created or breach, "
                + "optionally after a severity (P1-created, P2-breach)",
                message(BASE.replace("[P1-created, breach]", "[P1-created, P1-breached]")));
        assertEquals("t.yml: teams[0].paging.on[0]: 'P5-created' is not a paging moment; use created or breach, "
                + "optionally after a severity (P1-created, P2-breach)",
                message(BASE.replace("[P1-created, breach]", "[P5-created]")));
        assertEquals("t.yml: teams[0].paging.on: is empty; list when to page (e.g. [P1-created, breach]) or remove "
                + "paging: from team billing", message(BASE.replace("[P1-created, breach]", "[]")));
        assertEquals("t.yml: teams[0].paging: team billing pages through nothing; add pagerduty: { routing_key_env: "
                + "… } and/or opsgenie: { api_key_env: … }", message(BASE
                .replace("      pagerduty: { routing_key_env: PD_BILLING_KEY }\n", "")
                .replace("      opsgenie: { api_key_env: OPSGENIE_KEY }\n", "")));
        assertEquals("t.yml: paging.opsgenie_url: 'api.eu.opsgenie.com' is not a base URL like "
                + "https://api.eu.opsgenie.com (scheme and host, no path)",
                message(BASE + "paging:\n  opsgenie_url: api.eu.opsgenie.com\n"));
        assertEquals("t.yml: paging.pagerduty_url: 'https://events.pagerduty.com/v2/enqueue' is not a base URL like "
                + "https://api.eu.opsgenie.com (scheme and host, no path)",
                message(BASE + "paging:\n  pagerduty_url: https://events.pagerduty.com/v2/enqueue\n"));
        assertEquals("t.yml: paging.read_timeout: must be between 1s and 2m",
                message(BASE + "paging:\n  read_timeout: 10m\n"));
        assertEquals("t.yml: paging.routing_key: unknown setting (expected one of connect_timeout, opsgenie_url, "
                + "pagerduty_url, read_timeout)", message(BASE + "paging:\n  routing_key: abc\n"));
    }

    @Test
    void keysComeFromTheNamedVariablesAndAMissingOneStopsTheStart() {
        PagingSettings paging = file.parse(BASE, "t.yml").paging();

        ServiceKeys keys = PagingKeys.resolve(paging, Environment.of(Map.of("PD_BILLING_KEY", "R0UTINGKEY0123456789",
                "OPSGENIE_KEY", "0f1e2d3c-genie")));
        assertEquals(Optional.of("R0UTINGKEY0123456789"), keys.key("billing", PagingService.PAGERDUTY));
        assertEquals(Optional.of("0f1e2d3c-genie"), keys.key("billing", PagingService.OPSGENIE));
        assertEquals(Optional.empty(), keys.key("technical", PagingService.PAGERDUTY));
        // The keys are secrets: printing them (a log line, an exception) shows only which ones exist.
        assertEquals("ServiceKeys[Route[team=billing, service=OPSGENIE]]", new ServiceKeys(Map.of(
                new ServiceKeys.Route("billing", PagingService.OPSGENIE), "0f1e2d3c-genie")).toString());

        SettingsException missing = assertThrows(SettingsException.class,
                () -> PagingKeys.resolve(paging, Environment.of(Map.of("OPSGENIE_KEY", "0f1e2d3c-genie"))));
        assertEquals("team billing: paging.pagerduty.routing_key_env names PD_BILLING_KEY, which is not set in the "
                + "environment (or .env)", missing.getMessage());
    }

    private String message(String yaml) {
        return assertThrows(SettingsException.class, () -> file.parse(yaml, "t.yml")).getMessage();
    }
}
