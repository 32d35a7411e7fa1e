package dev.deskhand.slack.escalation;

import dev.deskhand.slack.escalation.form.EscalationModal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Over-long input is refused before storage with the field and its limit, and the person's text is kept. */
class FieldLimitsTest {
    private static final String SUPPORT = "C0SUPPORT";

    private EscalationTestApp app;

    @BeforeEach
    void start() throws Exception {
        app = EscalationTestApp.withExampleSettings();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void aOneLinerWithA3500CharacterSummaryIsRefusedNamingTheSummaryLimitAndEchoedBack() throws Exception {
        String summary = "<!channel> " + "x".repeat(3489);
        assertEquals(3500, summary.length());

        HttpResponse<String> response = app.slack().command("/escalate", "P1 billing ACME-1 " + summary, "U0AGENT",
                SUPPORT);

        assertEquals(200, response.statusCode());
        JsonNode reply = Payloads.JSON.readTree(response.body());
        assertEquals("ephemeral", reply.path("response_type").asText());
        String text = reply.path("text").asText();
        assertTrue(text.startsWith(":warning: Nothing was saved: the summary is 3,500 characters long, and the limit "
                + "is 3,000. Shorten it and try again"), text);
        assertTrue(text.endsWith("```P1 billing ACME-1 &lt;!channel&gt; " + "x".repeat(3489) + "```"), "echoed");
        assertEquals(List.of("0"), app.rows("SELECT COUNT(*) FROM escalations"));
    }

    @Test
    void anOverLongFormFieldGetsAFieldErrorAndTheFormStaysOpen() throws Exception {
        HttpResponse<String> response = app.slack().interaction(Payloads.submission("U0AGENT", "V1",
                EscalationModal.CALLBACK_ID, SUPPORT, Map.of("customer", "c".repeat(301), "tier",
                        "option:enterprise", "ticket", "ACME-1", "severity", "option:P2", "team", "option:billing",
                        "summary", "Refund stuck")));

        assertEquals(200, response.statusCode());
        JsonNode reply = Payloads.JSON.readTree(response.body());
        assertEquals("errors", reply.path("response_action").asText());
        assertEquals("This is 301 characters long; the limit is 300.", reply.path("errors").path("customer").asText());
        assertEquals(List.of("0"), app.rows("SELECT COUNT(*) FROM escalations"));
    }
}
