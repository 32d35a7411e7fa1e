package dev.deskhand.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.deskhand.testing.TestApp;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Signed but malformed payloads of every kind: none gets a 5xx, the app stays ready, and the request metric's names
 * stay within what the app registered. Seeded and bounded, so a failure reproduces.
 */
class PayloadFuzzTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long SEED = 14;
    private static final int PAYLOADS = 2_100;
    private static final List<String> COMMANDS = List.of("/kb", "/escalate", "/digest", "/nopeX", "/KB", "/escalate\u0000");
    private static final List<String> ACTION_IDS = List.of("kb_share", "kb_helpful", "kb_not_helpful",
            "kb_reason:WRONG_ARTICLE", "kb_more", "kb_escalate", "kb_open_closest:1", "esc_claim", "esc_resolve",
            "esc_reassign_user", "esc_reassign_team", "esc_severity", "esc_snooze", "esc_reopen", "made_up");
    private static final List<String> CALLBACKS = List.of("escalation_modal", "escalation_resolve",
            "escalate_message", "kb_feedback_other", "made_up");
    private static final List<String> TEXTS = List.of("", " ", "refund policy", "P1 billing ACME-1 down", "show ESC-1",
            "show ESC-99999999999999999999", "list nope", "subscribe 25:99", "<!channel>", "\u0000\u0001", "x".repeat(5000),
            "환불 정책", "1", "option:P1", "PT1H", "-1", "9999999999");
    /** Names the app registers (commands, event types, action ids up to ':' and callback ids), and "other". */
    private static final Set<String> ALLOWED_NAMES = Set.of("/kb", "/escalate", "/digest", "app_mention", "message",
            "kb_share", "kb_helpful", "kb_not_helpful", "kb_reason", "kb_more", "kb_escalate", "kb_open_closest",
            "esc_claim", "esc_resolve", "esc_reassign_user", "esc_reassign_team", "esc_severity", "esc_snooze",
            "esc_reopen", "escalation_modal", "escalation_resolve", "escalate_message", "kb_feedback_other", "other");

    private static TestApp app;
    private final Random random = new Random(SEED);

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private Object junk() {
        return switch (random.nextInt(6)) {
            case 0 -> null;
            case 1 -> 42;
            case 2 -> List.of();
            case 3 -> Map.of("x", 1);
            case 4 -> pick(TEXTS);
            default -> true;
        };
    }

    /** Drops, nulls or retypes some fields, recursively, keeping the rest as Slack would send them. */
    private void mutate(ObjectNode node, int depth) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            int roll = random.nextInt(100);
            if (roll < 12) {
                node.remove(name);
            } else if (roll < 20) {
                node.set(name, JSON.valueToTree(junk()));
            } else if (node.get(name) instanceof ObjectNode child && depth < 4) {
                mutate(child, depth + 1);
            } else if (node.get(name).isArray() && depth < 4) {
                for (Iterator<JsonNode> it = node.get(name).elements(); it.hasNext(); ) {
                    if (it.next() instanceof ObjectNode element) {
                        mutate(element, depth + 1);
                    }
                }
            }
        }
    }

    private ObjectNode user(ObjectNode payload) {
        payload.putObject("user").put("id", pick(List.of("U0AGENT", "U0ANNA", "W0X"))).put("team_id", "T0TEST");
        payload.putObject("team").put("id", "T0TEST");
        payload.put("api_app_id", "A0DESKHAND").put("token", "legacy").put("trigger_id", "trigger-1");
        return payload;
    }

    private ObjectNode interaction() {
        String type = pick(List.of("block_actions", "view_submission", "message_action", "shortcut", "view_closed",
                "block_suggestion", "made_up"));
        ObjectNode payload = user(JSON.createObjectNode().put("type", type));
        payload.put("response_url", app.slackApi().responseUrl("fuzz"));
        payload.put("callback_id", pick(CALLBACKS));
        payload.putObject("channel").put("id", pick(List.of("C0SUPPORT", "C0BILLING01", "D0DM")));
        payload.putObject("message").put("ts", "1700000000.000100").put("text", pick(TEXTS));
        payload.putObject("container").put("type", "message").put("message_ts", "1700000000.000100");
        ObjectNode action = payload.putArray("actions").addObject().put("action_id", pick(ACTION_IDS))
                .put("block_id", pick(List.of("escalation:1", "escalation:99", "kb:1", "b"))).put("type", "button")
                .put("value", pick(TEXTS)).put("action_ts", "1700000000.1");
        action.putObject("selected_option").put("value", pick(TEXTS));
        action.put("selected_user", "U0ANNA");
        ObjectNode view = payload.putObject("view").put("id", "V" + random.nextInt(50))
                .put("callback_id", pick(CALLBACKS)).put("private_metadata", pick(TEXTS)).put("type", "modal")
                .put("hash", "h");
        ObjectNode values = view.putObject("state").putObject("values");
        for (String block : List.of("customer", "ticket", "summary", "severity", "team", "tier", "note", "reason")) {
            ObjectNode element = values.putObject(block).putObject("value").put("type", "plain_text_input")
                    .put("value", pick(TEXTS));
            element.putObject("selected_option").put("value", pick(TEXTS));
        }
        if (!type.equals("block_actions") || random.nextBoolean()) {
            payload.remove(type.equals("block_actions") ? "view" : "none");
        }
        mutate(payload, 0);
        return payload;
    }

    private HttpResponse<String> command() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "legacy");
        form.put("team_id", "T0TEST");
        form.put("channel_id", pick(List.of("C0SUPPORT", "D0DM", "")));
        form.put("user_id", pick(List.of("U0AGENT", "U0ANNA", "")));
        form.put("command", pick(COMMANDS));
        form.put("text", pick(TEXTS));
        form.put("response_url", app.slackApi().responseUrl("fuzz"));
        form.put("trigger_id", "trigger-" + random.nextInt(1000));
        form.keySet().removeIf(key -> random.nextInt(100) < 10);
        String body = form.entrySet().stream().map(e -> e.getKey() + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return app.slack().send(body, "application/x-www-form-urlencoded", Map.of());
    }

    private HttpResponse<String> event(int n) {
        ObjectNode event = JSON.createObjectNode().put("type", pick(List.of("app_mention", "message", "made_up")))
                .put("user", "U0AGENT").put("text", pick(TEXTS)).put("channel", pick(List.of("C0SUPPORT", "D0DM")))
                .put("channel_type", pick(List.of("im", "channel"))).put("ts", "1700000000.00" + n)
                .put("event_ts", "1700000000.00" + n);
        mutate(event, 0);
        return app.slack().event(event, "Ev" + n, null);
    }

    @Test
    void twoThousandMalformedSignedPayloadsGetNo5xxAndTheAppStaysReady() throws Exception {
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        for (int n = 0; n < PAYLOADS; n++) {
            HttpResponse<String> response;
            String sent;
            switch (n % 3) {
                case 0 -> {
                    response = command();
                    sent = "command";
                }
                case 1 -> {
                    ObjectNode payload = interaction();
                    sent = payload.toString();
                    response = app.slack().interaction(payload);
                }
                default -> {
                    response = event(n);
                    sent = "event";
                }
            }
            statuses.merge(response.statusCode(), 1, Integer::sum);
            if (response.statusCode() >= 500 && failures.size() < 5) {
                failures.add(response.statusCode() + " for " + sent.substring(0, Math.min(400, sent.length())));
            }
        }
        System.out.println("[faults] fuzz statuses " + statuses);

        assertEquals(List.of(), failures, "statuses " + statuses);
        assertEquals(200, app.get("/readyz").statusCode());
        String scrape = app.get("/metrics").body();
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("deskhand_slack_requests_seconds_count\\{[^}]*name=\"([^\"]*)\"").matcher(scrape);
        while (m.find()) {
            names.add(m.group(1));
        }
        names.removeAll(ALLOWED_NAMES);
        assertEquals(Set.of(), names);
    }

    @Test
    void aSubmissionWithoutAViewIdIsRefusedNotDeduplicatedWithOthers() throws Exception {
        ObjectNode payload = user(JSON.createObjectNode().put("type", "view_submission"));
        ObjectNode view = payload.putObject("view").put("callback_id", "escalation_modal").put("type", "modal");
        view.putObject("state").putObject("values");

        assertEquals(400, app.slack().interaction(payload).statusCode());
        view.put("id", "");
        assertEquals(400, app.slack().interaction(payload).statusCode());
    }
}
