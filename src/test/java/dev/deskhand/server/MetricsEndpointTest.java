package dev.deskhand.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deskhand.testing.TestApp;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MetricsEndpointTest {

    static double value(String scrape, String seriesPrefix) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(seriesPrefix) + "[^ ]* ([0-9.eE+-]+)$").matcher(scrape);
        double total = 0;
        while (m.find()) {
            total += Double.parseDouble(m.group(1));
        }
        return total;
    }

    @Test
    void scrapeShowsRequestSearchWebApiJvmAndPoolFamiliesMoving() throws Exception {
        try (TestApp app = TestApp.start()) {
            String before = app.get("/metrics").body();
            app.slack().command("/kb", "refund policy", "U0AGENT", "C0SUPPORT");
            app.slack().command("/kb", "zebra quantum trampoline", "U0AGENT", "C0SUPPORT");
            var response = app.get("/metrics");
            assertEquals(200, response.statusCode());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
            String after = response.body();

            String kbRequests = "deskhand_slack_requests_seconds_count{app=\"deskhand\",kind=\"Command\",name=\"/kb\",status=\"200\"";
            assertEquals(2.0, value(after, kbRequests) - value(before, kbRequests), after);
            assertEquals(2.0, value(after, "deskhand_kb_search_seconds_count") - value(before, "deskhand_kb_search_seconds_count"));
            assertTrue(value(after, "deskhand_kb_search_no_answer_total") >= 1.0);
            assertTrue(value(after, "deskhand_slack_api_calls_total{app=\"deskhand\",method=\"auth.test\",outcome=\"ok\"") >= 1.0, after);
            assertTrue(after.contains("jvm_memory_used_bytes"), "JVM metrics");
            assertTrue(after.contains("hikaricp_connections_active"), "pool metrics");
            assertFalse(after.contains("refund policy"), "no user text in labels");
        }
    }

    @Test
    void escalationOutboxAndDigestFamiliesMove() throws Exception {
        try (TestApp app = TestApp.start()) {
            app.slack().command("/escalate", "P2 billing ACME-1234 refund stuck", "U0AGENT", "C0SUPPORT");
            String queued = app.get("/metrics").body();
            assertEquals(1.0, value(queued, "deskhand_escalations_opened_total{app=\"deskhand\",severity=\"P2\""), queued);
            assertTrue(value(queued, "deskhand_outbox_depth") >= 1.0, queued);

            app.runRoutine("escalation-outbox");
            String sent = app.get("/metrics").body();
            assertEquals(0.0, value(sent, "deskhand_outbox_depth"), sent);
            assertTrue(value(sent, "deskhand_slack_api_calls_total{app=\"deskhand\",method=\"chat.postMessage\",outcome=\"ok\"") >= 1.0);
            assertTrue(sent.contains("deskhand_digests_posted_total"), "digest family registered");
            assertTrue(sent.contains("deskhand_digests_skipped_total"));
        }
    }
}
