package dev.deskhand.slack.escalation;

import dev.deskhand.slack.escalation.actions.ResolveModal;
import dev.deskhand.slack.escalation.card.CardActionIds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.deskhand.config.SettingsException;
import dev.deskhand.escalation.CardRef;
import dev.deskhand.escalation.EscalationKey;
import dev.deskhand.testing.FakeOpsgenie;
import dev.deskhand.testing.FakePagerDuty;
import dev.deskhand.testing.FakeSlackApi;
import dev.deskhand.testing.PagingStandIn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On-call paging end to end: signed Slack requests in, the outbox's page lane out to loopback stand-ins for PagerDuty
 * and Opsgenie (written from their public API references), with the clock moved by hand.
 */
class PagingOverHttpTest {
    private static final String SUPPORT = "C0SUPPORT";
    private static final String BILLING = "C0BILLING01";
    private static final String TECHNICAL = "C0TECHNIC01";
    private static final String ROUTING_KEY = "R0UT1NGKEY0123456789ABCDEFGHIJKL"; // 32 characters, as PagerDuty's
    private static final String GENIE_KEY = "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0";
    private static final EscalationKey ESC_1 = new EscalationKey(1);

    @TempDir
    Path dir;
    private EscalationTestApp app;
    private final FakePagerDuty pagerDuty = new FakePagerDuty();
    private final FakeOpsgenie opsgenie = new FakeOpsgenie(GENIE_KEY);

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
        pagerDuty.close();
        opsgenie.close();
    }

    /** The example settings with billing paging PagerDuty and technical paging Opsgenie. */
    private void start(String billingOn, String technicalOn, Map<String, String> env) throws Exception {
        Path settings = dir.resolve("deskhand.yml");
        String example = Files.readString(Path.of("deskhand.example.yml"));
        String billing = "    leads: [\"<!subteam^S0BILLLEAD1>\"] # alerted when an SLA is breached\n";
        String technical = "    leads: [\"<!subteam^S0TECHLEAD1>\"]\n";
        assertTrue(example.contains(billing) && example.contains(technical), "the example's teams changed");
        Files.writeString(settings, example
                .replace(billing, billing + "    paging:\n      pagerduty: { routing_key_env: PD_BILLING_KEY }\n"
                        + "      on: " + billingOn + "\n")
                .replace(technical, technical + "    paging:\n      opsgenie: { api_key_env: OPSGENIE_KEY }\n"
                        + "      on: " + technicalOn + "\n")
                + "\npaging:\n  pagerduty_url: " + pagerDuty.baseUrl() + "\n  opsgenie_url: " + opsgenie.baseUrl()
                + "\n  connect_timeout: 2s\n  read_timeout: 5s\n");
        app = new EscalationTestApp(settings, env);
    }

    private void start(String billingOn, String technicalOn) throws Exception {
        start(billingOn, technicalOn, Map.of("PD_BILLING_KEY", ROUTING_KEY, "OPSGENIE_KEY", GENIE_KEY));
    }

    private FakeSlackApi slack() {
        return app.slackApi();
    }

    private void resolve(String channel) {
        app.slack().interaction(Payloads.cardAction("U0ANNA", slack().responseUrl("act"), channel, 1,
                CardActionIds.CLAIM, "1", null, null));
        app.slack().interaction(Payloads.submission("U0ANNA", "V0RES1", ResolveModal.CALLBACK_ID, "1",
                Map.of("note", "Restarted the payment worker", "reason", "option:FIXED")));
    }

    /** The Slack lane sends one message per escalation per round, in order; a few rounds deliver what is owed. */
    private void drainSlack() {
        for (int i = 0; i < 8; i++) {
            app.sendOutbox();
        }
    }

    private List<String> threadNotes(String channel) {
        return slack().calls("chat.postMessage").stream()
                .filter(call -> channel.equals(call.param("channel")) && call.param("thread_ts") != null)
                .map(call -> call.param("text")).toList();
    }

    /** The on-call pages section of {@code /escalate show ESC-1}, as {@code user} reads it. */
    private List<String> shownPages(String user) throws Exception {
        String shown = Payloads.JSON.readTree(app.slack().command("/escalate", "show ESC-1", user, SUPPORT).body())
                .path("text").asText();
        List<String> lines = List.of(shown.split("\n"));
        int head = lines.indexOf(user.equals("U0MINJI") ? "*당직 호출*" : "*On-call pages*");
        return head < 0 ? List.of() : lines.subList(head + 1, lines.size());
    }

    private static List<String> actions(PagingStandIn api) {
        return api.calls().stream().map(call -> call.body().path("event_action").asText()
                + " " + call.body().path("dedup_key").asText()).toList();
    }

    @Test
    void aP1BreachPagesPagerDutyOnceThroughA500AndA429ThenResolvesItWhenResolved() throws Exception {
        // GIVEN billing pages PagerDuty on a breach, and a P1 whose card is posted
        start("[breach]", "[P1-created]");
        app.slack().command("/escalate", "P1 billing ACME-1 checkout down", "U0AGENT", SUPPORT);
        app.sendOutbox();
        app.sendPages();
        assertEquals(List.of(), pagerDuty.calls(), "a P1 is not paged on creation with on: [breach]");
        CardRef card = app.store().find(ESC_1).orElseThrow().card();

        // WHEN nobody acknowledges it in 15 minutes, and PagerDuty fails with a 500 and then a 429 (Retry-After 3)
        app.clock().advance(Duration.ofMinutes(15));
        app.remind();
        pagerDuty.failNext(500, "{\"status\":\"error\",\"message\":\"Internal Server Error\"}");
        pagerDuty.rateLimitNext(3);
        app.sendPages();
        assertEquals(List.of("1 HTTP 500: error: Internal Server Error"),
                app.rows("SELECT attempts, last_error FROM escalation_outbox WHERE kind = 'PAGE_TRIGGER'"));
        app.sendPages();
        assertEquals(1, pagerDuty.calls().size(), "retried before its backoff (2s)");
        app.clock().advance(Duration.ofSeconds(2));
        app.sendPages();
        // the 429 is a wait, not a failure: the attempt count stays at 1
        assertEquals(List.of("1 HTTP 429, Retry-After 3s"),
                app.rows("SELECT attempts, last_error FROM escalation_outbox WHERE kind = 'PAGE_TRIGGER'"));
        app.clock().advance(Duration.ofSeconds(2));
        app.sendPages();
        assertEquals(2, pagerDuty.calls().size(), "retried before Retry-After");
        app.clock().advance(Duration.ofSeconds(1));
        app.sendPages();

        // THEN PagerDuty took exactly one trigger, dedup_key ESC-1, after three tries with the same dedup_key
        assertEquals(List.of("trigger ESC-1", "trigger ESC-1", "trigger ESC-1"), actions(pagerDuty));
        assertEquals(1, pagerDuty.accepted().size());
        JsonNode event = pagerDuty.accepted().get(0).body();
        String permalink = "https://deskhand-test.slack.com/archives/C0BILLING01/p" + card.ts().replace(".", "");
        assertEquals(Payloads.JSON.readTree("""
                {"routing_key": "%s", "event_action": "trigger", "dedup_key": "ESC-1",
                 "payload": {"summary": "ESC-1 P1 Billing: checkout down", "source": "deskhand",
                   "severity": "critical", "component": "billing", "group": "deskhand", "class": "escalation",
                   "custom_details": {"escalation": "ESC-1", "severity": "P1", "team": "Billing",
                     "summary": "checkout down", "tier": "standard", "ticket": "ACME-1", "slack_card": "%s"}},
                 "links": [{"href": "%s", "text": "ESC-1 (Slack)"}], "client": "Deskhand"}
                """.formatted(ROUTING_KEY, permalink, permalink)), event);
        // AND the team reads it in the card's thread, once
        app.sendOutbox();
        app.sendOutbox();
        assertEquals(1, threadNotes(BILLING).stream()
                .filter(text -> text.equals(":rotating_light: Paged on-call (PagerDuty): nobody acknowledged it in "
                        + "time.")).count(), threadNotes(BILLING).toString());
        // AND /escalate show lists the page: service, dedup key, state, in the reader's language
        app.slackApi().userLocale("U0MINJI", "ko-KR");
        assertEquals(List.of("• PagerDuty · dedup key `ESC-1` · triggered Mon 23 Nov 18:15 KST (nobody acknowledged it "
                + "in time), open"), shownPages("U0AGENT"));
        assertEquals(List.of("• PagerDuty · 중복 방지 키 `ESC-1` · 11월 23일 (월) 18:15 KST 호출됨 (응답 목표 시간 내 미확인), "
                + "진행 중"), shownPages("U0MINJI"));

        // WHEN the resolution target is breached too THEN nobody is paged again (one page per SLA cycle)
        app.clock().advance(Duration.ofHours(4));
        for (int i = 0; i < 4; i++) {
            app.remind();
        }
        app.sendPages();
        assertEquals(3, pagerDuty.calls().size());

        // WHEN it is resolved THEN PagerDuty gets one resolve for ESC-1
        resolve(BILLING);
        app.sendPages();
        app.sendPages();
        assertEquals(List.of("trigger ESC-1", "trigger ESC-1", "trigger ESC-1", "resolve ESC-1"), actions(pagerDuty));
        assertEquals(Payloads.JSON.readTree("{\"routing_key\": \"" + ROUTING_KEY + "\", \"event_action\": \"resolve\", "
                + "\"dedup_key\": \"ESC-1\"}"), pagerDuty.calls().get(3).body());
        // AND the audit trail records both, the ledger its times
        assertEquals(List.of("PAGE_TRIGGERED deskhand ACK_BREACH pagerduty", "PAGE_RESOLVED deskhand ACK_BREACH "
                        + "pagerduty"), app.rows("SELECT action, actor, from_value, to_value FROM escalation_events "
                        + "WHERE action LIKE 'PAGE%' ORDER BY id"));
        assertEquals(List.of("pagerduty billing ACK_BREACH 2026-11-23 09:15:05+00 null"),
                app.rows("SELECT service, team, reason, triggered_at, failure FROM escalation_pages").stream()
                        .map(row -> row.replace(".0", "").replace("+00:00", "+00")).toList());
        drainSlack();
        assertTrue(threadNotes(BILLING).contains(":white_check_mark: Resolved the on-call page (PagerDuty)."),
                threadNotes(BILLING).toString());
        assertEquals(List.of("• PagerDuty · dedup key `ESC-1` · triggered Mon 23 Nov 18:15 KST (nobody acknowledged it "
                + "in time), resolved Mon 23 Nov 22:15 KST"), shownPages("U0AGENT"));
        assertEquals(List.of("• PagerDuty · 중복 방지 키 `ESC-1` · 11월 23일 (월) 18:15 KST 호출됨 (응답 목표 시간 내 미확인), "
                + "11월 23일 (월) 22:15 KST 해제됨"), shownPages("U0MINJI"));
    }

    @Test
    void aP1CreatedOpensAnOpsgenieAlertWithItsKeyAsAliasAndClosesItByAlias() throws Exception {
        start("[breach]", "[P1-created]");
        app.slack().command("/escalate", "P1 technical ACME-7 login fails for every user", "U0AGENT", SUPPORT);

        // The page waits (briefly) for the card, so it can link to it
        app.sendPages();
        assertEquals(List.of(), opsgenie.calls());
        assertEquals(List.of("• Opsgenie · dedup key `ESC-1` · waiting to be sent (a new escalation at this "
                + "severity)"), shownPages("U0AGENT"));
        app.sendOutbox();
        app.clock().advance(Duration.ofSeconds(1));
        app.sendPages();

        assertEquals(1, opsgenie.calls().size());
        PagingStandIn.Call create = opsgenie.calls().get(0);
        assertEquals("/v2/alerts", create.path());
        assertEquals("GenieKey " + GENIE_KEY, create.authorization());
        CardRef card = app.store().find(ESC_1).orElseThrow().card();
        assertEquals(Payloads.JSON.readTree("""
                {"message": "ESC-1 P1 Technical support: login fails for every user", "alias": "ESC-1",
                 "description": "login fails for every user", "priority": "P1", "source": "deskhand",
                 "entity": "technical", "tags": ["deskhand", "technical"],
                 "details": {"escalation": "ESC-1", "team": "Technical support", "tier": "standard",
                   "ticket": "ACME-7", "slack_card": "https://deskhand-test.slack.com/archives/C0TECHNIC01/p%s"}}
                """.formatted(card.ts().replace(".", ""))), create.body());
        assertEquals(List.of(), pagerDuty.calls());

        resolve(TECHNICAL);
        app.sendPages();

        assertEquals(2, opsgenie.calls().size());
        PagingStandIn.Call close = opsgenie.calls().get(1);
        assertEquals("/v2/alerts/ESC-1/close", close.path());
        assertEquals("identifierType=alias", close.query());
        assertEquals("GenieKey " + GENIE_KEY, close.authorization());
        assertEquals(2, opsgenie.accepted().size());
        drainSlack();
        assertEquals(List.of(":rotating_light: Paged on-call (Opsgenie): a new escalation at this severity.",
                ":white_check_mark: Resolved the on-call page (Opsgenie)."), threadNotes(TECHNICAL).stream()
                .filter(text -> text.contains("on-call")).toList());
    }

    @Test
    void aPermanentRejectionStopsTheRetriesAndIsShownInTheThread() throws Exception {
        // GIVEN a routing key PagerDuty rejects (400: wrong length) and an Opsgenie key it does not know (401)
        start("[P1-created]", "[P1-created]", Map.of("PD_BILLING_KEY", "not-a-routing-key",
                "OPSGENIE_KEY", "revoked-key"));
        app.slack().command("/escalate", "P1 billing ACME-1 checkout down", "U0AGENT", SUPPORT);
        app.slack().command("/escalate", "P1 technical ACME-2 login down", "U0AGENT", SUPPORT);
        app.sendOutbox();

        for (int i = 0; i < 20; i++) {
            app.sendPages();
            app.clock().advance(Duration.ofSeconds(5));
        }

        // THEN each service was called once, and never again
        assertEquals(1, pagerDuty.calls().size());
        assertEquals(1, opsgenie.calls().size());
        assertEquals(List.of("pagerduty HTTP 400: invalid event: Event object is invalid (Length of 'routing_key' "
                        + "is incorrect (should be 32 characters))", "opsgenie HTTP 401: Could not authenticate"),
                app.rows("SELECT service, failure FROM escalation_pages ORDER BY id"));
        assertEquals(List.of("0", "0"), app.rows("SELECT attempts FROM escalation_outbox WHERE kind = 'PAGE_TRIGGER' "
                + "AND failed_at IS NOT NULL ORDER BY id"));
        // AND the team reads why in the card's thread (the key itself is nowhere)
        app.sendOutbox();
        app.sendOutbox();
        assertEquals(List.of(":warning: Could not page on-call (PagerDuty): HTTP 400: invalid event: Event object is "
                + "invalid (Length of 'routing_key' is incorrect (should be 32 characters)). This will not be "
                + "retried; an admin should check the team's paging key in deskhand.yml and the environment."),
                threadNotes(BILLING));
        assertTrue(slack().calls("chat.postMessage").stream().noneMatch(call -> call.body().contains("revoked-key")
                || call.body().contains("not-a-routing-key")));

        // AND /escalate show says the page was refused and why, in either language
        app.slackApi().userLocale("U0MINJI", "ko-KR");
        assertEquals(List.of("• PagerDuty · dedup key `ESC-1` · not paged: refused on Mon 23 Nov 18:00 KST (HTTP 400: "
                + "invalid event: Event object is invalid (Length of 'routing_key' is incorrect (should be 32 "
                + "characters))); it will not be retried (a new escalation at this severity)"), shownPages("U0AGENT"));
        assertEquals(List.of("• PagerDuty · 중복 방지 키 `ESC-1` · 호출 실패: 11월 23일 (월) 18:00 KST에 거부됨 (HTTP 400: "
                + "invalid event: Event object is invalid (Length of 'routing_key' is incorrect (should be 32 "
                + "characters))), 다시 시도하지 않습니다 (이 심각도의 새 에스컬레이션 접수)"), shownPages("U0MINJI"));

        // WHEN it is resolved THEN nothing is resolved at PagerDuty: it was never paged
        resolve(BILLING);
        app.sendPages();
        assertEquals(1, pagerDuty.calls().size());
    }

    @Test
    void aPagingKeyMissingFromTheEnvironmentStopsTheStartNamingTheSetting() {
        SettingsException error = assertThrows(SettingsException.class,
                () -> start("[breach]", "[P1-created]", Map.of("OPSGENIE_KEY", GENIE_KEY)));

        assertEquals("team billing: paging.pagerduty.routing_key_env names PD_BILLING_KEY, which is not set in the "
                + "environment (or .env)", error.getMessage());
    }
}
