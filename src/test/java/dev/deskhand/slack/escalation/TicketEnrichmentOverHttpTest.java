package dev.deskhand.slack.escalation;

import dev.deskhand.slack.escalation.form.EscalationModal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.deskhand.escalation.Escalation;
import dev.deskhand.escalation.EscalationKey;
import dev.deskhand.testing.FakeSlackApi;
import dev.deskhand.testing.FakeZendeskTickets;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Zendesk ticket enrichment end to end: the escalation form's ticket field dispatches on Enter, Deskhand asks a
 * loopback Zendesk stand-in once (Tickets API, basic auth email/token) and {@code views.update}s the form, filling
 * only empty fields and saying under the ticket field what it found or why it could not; the card shows the status.
 */
class TicketEnrichmentOverHttpTest {
    private static final String SUPPORT = "C0SUPPORT";
    private static final String EMAIL = "agent@acme.test";
    private static final String TOKEN = "zd0123456789abcdefTOKEN";
    private static final String ACTION_TS = "1700000001.000100";
    private static final String SUFFIX = "1700000001000100";
    private static final String SUBJECT = "Card charged twice for one order";

    @TempDir
    Path dir;
    private EscalationTestApp app;
    private final FakeZendeskTickets zendesk = new FakeZendeskTickets(EMAIL, TOKEN);

    @BeforeEach
    void start() throws Exception {
        Path settings = dir.resolve("deskhand.yml");
        String example = Files.readString(Path.of("deskhand.example.yml"));
        assertTrue(example.contains("tickets: []\n"), "the example's tickets: changed");
        Files.writeString(settings, example.replace("tickets: []\n", """
                tickets:
                  - system: zendesk
                    pattern: "ACME-(\\\\d+)"
                    url: "https://acme.zendesk.com/agent/tickets/{id}"
                    lookup: { base_url: "%s", email_env: ZENDESK_EMAIL, token_env: ZENDESK_API_TOKEN }
                """.formatted(zendesk.baseUrl())));
        app = new EscalationTestApp(settings, Map.of("ZENDESK_EMAIL", EMAIL, "ZENDESK_API_TOKEN", TOKEN));
        app.slackApi().userLocale("U0MINJI", "ko-KR");
        app.slackApi().userLocale("U0AGENT", "en-US");
        zendesk.ticket(1234, new FakeZendeskTickets.Ticket(SUBJECT, "urgent", "open", "Jane Doe", "Acme Corp"));
        zendesk.ticket(5678, new FakeZendeskTickets.Ticket("Export button greyed out", "high", "pending",
                "김철수", null));
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
        zendesk.close();
    }

    private FakeSlackApi slack() {
        return app.slackApi();
    }

    /** Opens the form as {@code user} and returns the view it opened. */
    private JsonNode openForm(String user) {
        int before = slack().calls("views.open").size();
        app.slack().command("/escalate", "", user, SUPPORT);
        return slack().await("views.open", before + 1).get(before).jsonParam("view");
    }

    /** Enter in the ticket field of {@code view} holding {@code typed} (block id → text); the update it caused. */
    private JsonNode enterTicket(String user, JsonNode view, Map<String, String> typed, String ticket) {
        int before = slack().calls("views.update").size();
        ObjectNode payload = Payloads.JSON.createObjectNode().put("type", "block_actions")
                .put("api_app_id", "A0DESKHAND").put("token", "legacy-verification-token")
                .put("trigger_id", "trigger-lookup-" + user);
        payload.putObject("team").put("id", FakeSlackApi.TEAM_ID).put("domain", "deskhand-test");
        payload.putObject("user").put("id", user).put("username", "user-" + user).put("team_id", FakeSlackApi.TEAM_ID);
        payload.putObject("container").put("type", "view").put("view_id", "V0FORM");
        ObjectNode sent = payload.putObject("view").put("id", "V0FORM").put("hash", "1700000000.h4sh")
                .put("type", "modal").put("callback_id", EscalationModal.CALLBACK_ID)
                .put("private_metadata", view.path("private_metadata").asText()).put("team_id", FakeSlackApi.TEAM_ID)
                .put("app_id", "A0DESKHAND");
        sent.set("blocks", view.path("blocks"));
        ObjectNode values = sent.putObject("state").putObject("values");
        for (JsonNode block : view.path("blocks")) {
            if (!"input".equals(block.path("type").asText())) {
                continue;
            }
            String id = block.path("block_id").asText();
            JsonNode element = block.path("element");
            ObjectNode value = values.putObject(id).putObject(element.path("action_id").asText())
                    .put("type", element.path("type").asText());
            String text = id.equals("ticket") ? ticket : typed.get(id);
            if (element.path("type").asText().equals("static_select")) {
                if (text != null) {
                    value.putObject("selected_option").put("value", text).putObject("text")
                            .put("type", "plain_text").put("text", text);
                } else {
                    value.putNull("selected_option");
                }
            } else if (text != null) {
                value.put("value", text);
            } else {
                value.putNull("value");
            }
        }
        payload.putArray("actions").addObject().put("type", "plain_text_input")
                .put("action_id", EscalationModal.TICKET_LOOKUP).put("block_id", "ticket").put("value", ticket)
                .put("action_ts", ACTION_TS);
        HttpResponse<String> ack = app.slack().interaction(payload);
        assertEquals(200, ack.statusCode(), ack.body());
        FakeSlackApi.Call update = slack().await("views.update", before + 1, Duration.ofSeconds(30)).get(before);
        assertEquals("V0FORM", update.param("view_id"));
        assertEquals("1700000000.h4sh", update.param("hash"), "the update must not overwrite a newer form");
        return update.jsonParam("view");
    }

    private static JsonNode block(JsonNode view, String field) {
        for (JsonNode block : view.path("blocks")) {
            String id = block.path("block_id").asText();
            if (id.equals(field) || id.startsWith(field + ".")) {
                return block;
            }
        }
        throw new AssertionError("no block " + field + " in " + view);
    }

    private static String hint(JsonNode view) {
        return block(view, "ticket").path("hint").path("text").asText();
    }

    /** Submits {@code view} with {@code values} by field, under whatever block ids the view has. */
    private HttpResponse<String> submit(String user, JsonNode view, Map<String, String> values) {
        Map<String, String> byBlock = new LinkedHashMap<>();
        values.forEach((field, value) -> byBlock.put(block(view, field).path("block_id").asText(), value));
        return app.slack().interaction(Payloads.submission(user, "V0FORM", EscalationModal.CALLBACK_ID,
                view.path("private_metadata").asText(), byBlock));
    }

    private String cardTicketField() {
        app.sendOutbox();
        JsonNode blocks = slack().calls("chat.postMessage").get(0).jsonParam("blocks");
        for (JsonNode block : blocks) {
            for (JsonNode field : block.path("fields")) {
                // The card pads bold labels with zero-width spaces (Mrkdwn.bold); read them as plain text.
                String text = field.path("text").asText().replace("\u200b", "");
                if (text.startsWith("*Ticket*")) {
                    return text;
                }
            }
        }
        throw new AssertionError("no ticket field on the card: " + blocks);
    }

    @Test
    void aFoundTicketFillsTheEmptyFieldsAndTheCardShowsItsStatus() throws Exception {
        // GIVEN the form, its ticket field dispatching on Enter
        JsonNode form = openForm("U0AGENT");
        JsonNode ticketBlock = block(form, "ticket");
        assertTrue(ticketBlock.path("dispatch_action").asBoolean(), ticketBlock.toString());
        assertEquals(EscalationModal.TICKET_LOOKUP, ticketBlock.path("element").path("action_id").asText());
        assertEquals("[\"on_enter_pressed\"]", ticketBlock.path("element").path("dispatch_action_config")
                .path("trigger_actions_on").toString());

        // WHEN the agent enters ACME-1234 with the rest of the form empty
        JsonNode updated = enterTicket("U0AGENT", form, Map.of(), "ACME-1234");

        // THEN Zendesk was asked once, for ticket 1234 with its requester and organisation, as email/token
        assertEquals(List.of(new FakeZendeskTickets.Call("GET", "/api/v2/tickets/1234.json",
                "include=users,organizations", "Basic " + Base64.getEncoder().encodeToString((EMAIL + "/token:"
                + TOKEN).getBytes(StandardCharsets.UTF_8)))), zendesk.calls());
        // AND customer (the organisation), summary (the subject) and severity (urgent → P1) are filled, in new blocks
        assertEquals("customer." + SUFFIX, block(updated, "customer").path("block_id").asText());
        assertEquals("Acme Corp", block(updated, "customer").path("element").path("initial_value").asText());
        assertEquals(SUBJECT, block(updated, "summary").path("element").path("initial_value").asText());
        assertEquals("P1", block(updated, "severity").path("element").path("initial_option").path("value").asText());
        assertEquals("ACME-1234", block(updated, "ticket").path("element").path("initial_value").asText());
        assertEquals("ticket", block(updated, "ticket").path("block_id").asText(), "the ticket field keeps its id");
        assertEquals("Zendesk ticket 1234: " + SUBJECT + " (Open). Filled in: customer, summary, severity.",
                hint(updated));

        // WHEN the form is sent as filled THEN the escalation carries the ticket's facts
        HttpResponse<String> submitted = submit("U0AGENT", updated, Map.of("customer", "Acme Corp",
                "ticket", "ACME-1234", "severity", "option:P1", "team", "option:billing", "summary", SUBJECT));
        assertEquals(200, submitted.statusCode());
        assertFalse(submitted.body().contains("errors"), submitted.body());
        Escalation escalation = app.store().find(new EscalationKey(1)).orElseThrow();
        assertEquals(List.of("Acme Corp", "ACME-1234", "P1", SUBJECT), List.of(escalation.customer(),
                escalation.ticket(), escalation.severity().name(), escalation.summary()));
        // AND the card shows the ticket, linked, with its Zendesk status
        assertEquals("*Ticket*\n<https://acme.zendesk.com/agent/tickets/1234|ACME-1234> · Zendesk: Open",
                cardTicketField());
        assertEquals(List.of("ACME-1234 open"), app.rows("SELECT ticket, status FROM ticket_statuses"));
    }

    @Test
    void whatTheAgentTypedIsKeptAndOnlyTheEmptyFieldsAreFilled() {
        JsonNode form = openForm("U0AGENT");

        JsonNode updated = enterTicket("U0AGENT", form, Map.of("customer", "Globex (EU)", "severity", "P3"),
                "ACME-1234");

        assertEquals("customer", block(updated, "customer").path("block_id").asText(), "typed: left alone");
        assertEquals("Globex (EU)", block(updated, "customer").path("element").path("initial_value").asText());
        assertEquals("severity", block(updated, "severity").path("block_id").asText());
        assertEquals("P3", block(updated, "severity").path("element").path("initial_option").path("value").asText());
        assertEquals("summary." + SUFFIX, block(updated, "summary").path("block_id").asText());
        assertEquals("Zendesk ticket 1234: " + SUBJECT + " (Open). Filled in: summary.", hint(updated));
    }

    @Test
    void aKoreanAgentReadsTheResultInKoreanAndARequesterWithoutOrganisationIsTheCustomer() throws Exception {
        JsonNode form = openForm("U0MINJI");

        JsonNode updated = enterTicket("U0MINJI", form, Map.of(), "ACME-5678");

        assertEquals("김철수", block(updated, "customer").path("element").path("initial_value").asText());
        assertEquals("P2", block(updated, "severity").path("element").path("initial_option").path("value").asText());
        assertEquals("Zendesk 티켓 5678: Export button greyed out (고객 응답 대기). 채운 항목: 고객, 요약, 심각도.",
                hint(updated));

        JsonNode missing = enterTicket("U0MINJI", updated, Map.of(), "ACME-4040");
        assertEquals("Zendesk에 4040번 티켓이 없습니다. 번호를 확인해 주세요. 지금 내용 그대로 제출하셔도 됩니다.", hint(missing));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            404     | Zendesk has no ticket 1111. Check the number; the form can still be sent as it is.
            429     | Zendesk is busy right now (too many requests), so nothing was filled in. Fill in the fields yourself; the form can still be sent.
            500     | Zendesk could not be reached or answered with an error, so nothing was filled in. Fill in the fields yourself; the form can still be sent.
            401     | Zendesk did not accept Deskhand's sign-in (an admin should check the email and API token), so nothing was filled in. The form can still be sent.
            timeout | Zendesk did not answer within 3 seconds, so nothing was filled in. Fill in the fields yourself; the form can still be sent.
            """)
    void aLookupThatFailsSaysWhyOnceAndTheFormStillSubmits(String fault, String expectedHint) throws Exception {
        // GIVEN Zendesk answering the next call with the fault
        switch (fault) {
            case "429" -> zendesk.rateLimitNext(30);
            case "500" -> zendesk.failNext(500, "{\"error\":\"InternalServerError\"}");
            case "401" -> zendesk.failNext(401, "{\"error\":\"Couldn't authenticate you\"}");
            case "timeout" -> zendesk.hangNext();
            default -> { } // 1111 is no ticket of the stand-in's
        }
        JsonNode form = openForm("U0AGENT");

        // WHEN the agent enters a ticket id
        JsonNode updated = enterTicket("U0AGENT", form, Map.of("summary", "Refund stuck"), "ACME-1111");

        // THEN the hint says what happened, nothing is filled, and Zendesk was asked exactly once (never retried)
        assertEquals(expectedHint, hint(updated));
        assertEquals("customer", block(updated, "customer").path("block_id").asText());
        assertTrue(block(updated, "customer").path("element").path("initial_value").isMissingNode());
        assertEquals("Refund stuck", block(updated, "summary").path("element").path("initial_value").asText());
        assertEquals(1, zendesk.calls().size());
        // AND the form still submits as typed
        HttpResponse<String> submitted = submit("U0AGENT", updated, Map.of("ticket", "ACME-1111",
                "severity", "option:P2", "team", "option:billing", "summary", "Refund stuck"));
        assertEquals(200, submitted.statusCode());
        assertFalse(submitted.body().contains("errors"), submitted.body());
        assertEquals("Refund stuck", app.store().find(new EscalationKey(1)).orElseThrow().summary());
        // AND without a status the card shows the ticket as before
        assertEquals("*Ticket*\n<https://acme.zendesk.com/agent/tickets/1111|ACME-1111>", cardTicketField());
    }

    @Test
    void anErrorAfterALookupLandsUnderTheRenamedField() throws Exception {
        JsonNode updated = enterTicket("U0AGENT", openForm("U0AGENT"), Map.of(), "ACME-1234");

        // The agent clears the filled summary and sends: the error names the block as the lookup renamed it
        HttpResponse<String> submitted = submit("U0AGENT", updated, Map.of("customer", "Acme Corp",
                "ticket", "ACME-1234", "severity", "option:P1", "team", "option:billing", "summary", ""));

        assertEquals(Payloads.JSON.readTree("{\"summary." + SUFFIX + "\": \"Describe the problem in a sentence or "
                + "two.\"}"), Payloads.JSON.readTree(submitted.body()).path("errors"));
    }
}
