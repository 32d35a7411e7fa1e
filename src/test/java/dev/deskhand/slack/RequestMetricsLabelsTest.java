package dev.deskhand.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.deskhand.testing.TestApp;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The request metric's {@code name} label takes only names the app registered; anything made up is {@code other}. */
class RequestMetricsLabelsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode interaction(String type) {
        ObjectNode payload = JSON.createObjectNode().put("type", type).put("token", "t").put("trigger_id", "t.1");
        payload.putObject("user").put("id", "U0AGENT").put("team_id", "T0TEST");
        payload.putObject("team").put("id", "T0TEST");
        return payload;
    }

    @Test
    void madeUpCommandsActionsCallbacksAndEventsAreCountedAsOther() throws Exception {
        try (TestApp app = TestApp.start()) {
            app.slack().command("/kb", "refund policy", "U0AGENT", "C0SUPPORT");
            app.slack().command("/nopeX", "hi", "U0AGENT", "C0SUPPORT");
            app.slack().command("/KB", "hi", "U0AGENT", "C0SUPPORT");
            app.slack().command("/escalate\u0000", "hi", "U0AGENT", "C0SUPPORT");
            ObjectNode action = interaction("block_actions").put("response_url", "http://127.0.0.1:1/r");
            action.putArray("actions").addObject().put("action_id", "made_up_Action").put("block_id", "b")
                    .put("type", "button").put("value", "1");
            app.slack().interaction(action);
            ObjectNode submission = interaction("view_submission");
            submission.putObject("view").put("id", "V1").put("callback_id", "made-up callback")
                    .putObject("state").putObject("values");
            app.slack().interaction(submission);
            app.slack().event(JSON.createObjectNode().put("type", "made_up_event").put("user", "U0AGENT"), "Ev1",
                    null);

            String scrape = app.get("/metrics").body();
            Set<String> names = new TreeSet<>();
            Matcher m = Pattern.compile("deskhand_slack_requests_seconds_count\\{[^}]*name=\"([^\"]*)\"").matcher(scrape);
            while (m.find()) {
                names.add(m.group(1));
            }
            assertEquals(Set.of("/kb", "other"), names);
        }
    }
}
