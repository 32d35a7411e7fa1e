package dev.deskhand.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import dev.deskhand.slack.text.Language;
import dev.deskhand.slack.text.Voice;
import dev.deskhand.testing.FakeSlackApi;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HandlerErrorBoundaryTest {

    private static final Voice EN = Voice.fixed(Language.EN);
    private static final Voice KO = Voice.fixed(Language.KO);
    private static final EventReceipts ALWAYS_FIRST = new EventReceipts() {
        @Override
        public boolean firstDelivery(String eventId, Instant receivedAt) {
            return true;
        }

        @Override
        public int forgetBefore(Instant cutoff) {
            return 0;
        }
    };

    private static App app(Slack slack, Voice voice, SlackFeature feature) {
        return new BoltAppFactory(slack, "xoxb-test", ALWAYS_FIRST, new Apologies(slack, "xoxb-test", Runnable::run,
                voice), voice, Clock.systemUTC(), List.of(feature),
                new io.micrometer.core.instrument.simple.SimpleMeterRegistry()).create();
    }

    @Test
    void aKoreanReaderGetsTheApologyAndTheUnknownCommandReplyInKorean() throws Exception {
        try (FakeSlackApi api = new FakeSlackApi()) {
            SlackConfig config = new SlackConfig();
            config.setMethodsEndpointUrlPrefix(api.apiUrl());
            Slack slack = Slack.getInstance(config);
            App app = app(slack, KO, a -> a.command("/kb", (req, ctx) -> {
                throw new IllegalStateException("boom");
            }));

            String broken = new ObjectMapper().readTree(app.run(new SlashCommandRequest(
                    "command=%2Fkb&text=x&user_id=U1&channel_id=C1&team_id=T0TEST&trigger_id=t",
                    new RequestHeaders(Map.of()))).getBody()).path("text").asText();
            String unknown = new ObjectMapper().readTree(app.run(new SlashCommandRequest(
                    "command=%2Fhelpdesk&text=x&user_id=U1&channel_id=C1&team_id=T0TEST&trigger_id=t",
                    new RequestHeaders(Map.of()))).getBody()).path("text").asText();

            assertTrue(broken.matches(":warning: 죄송합니다\\. Deskhand 쪽에 문제가 생겨 요청을 처리하지 못했습니다\\. .*"
                    + "참조 번호를 알려 주세요: `[0-9a-f]+`"), broken);
            assertEquals("Deskhand에는 \u200B`/helpdesk`\u200B 명령이 없습니다. 지식베이스 검색은 `/kb <질문>`, 고객 문제 "
                    + "이관은 `/escalate`, 대기열 다이제스트 확인은 `/digest 미리보기`를 이용해 주세요.", unknown);
        }
    }

    @Test
    void anUnknownCommandIsAnsweredWithTheCommandsThatExist() throws Exception {
        try (FakeSlackApi api = new FakeSlackApi()) {
            SlackConfig config = new SlackConfig();
            config.setMethodsEndpointUrlPrefix(api.apiUrl());
            App app = app(Slack.getInstance(config), EN, a -> a.command("/kb", (req, ctx) -> ctx.ack()));

            Response response = app.run(new SlashCommandRequest(
                    "command=%2Fhelpdesk&text=x&user_id=U1&channel_id=C1&team_id=T0TEST&trigger_id=t",
                    new RequestHeaders(Map.of())));

            assertEquals(200, response.getStatusCode());
            assertEquals("Deskhand doesn't know \u200B`/helpdesk`\u200B. Try `/kb <question>` to search the knowledge "
                    + "base, `/escalate` to hand off a customer problem, or `/digest preview` to see the queue digest.",
                    new ObjectMapper().readTree(response.getBody()).path("text").asText());
        }
    }

    @Test
    void exceptionInAHandlerBecomesAnApologyWithACorrelationId() throws Exception {
        try (FakeSlackApi api = new FakeSlackApi()) {
            SlackConfig config = new SlackConfig();
            config.setMethodsEndpointUrlPrefix(api.apiUrl());
            Slack slack = Slack.getInstance(config);
            SlackFeature broken = app -> app.command("/kb", (req, ctx) -> {
                throw new IllegalStateException("boom: internal detail");
            });
            EventReceipts receipts = new EventReceipts() {
                @Override
                public boolean firstDelivery(String eventId, Instant receivedAt) {
                    return true;
                }

                @Override
                public int forgetBefore(Instant cutoff) {
                    return 0;
                }
            };
            App app = new BoltAppFactory(slack, "xoxb-test", receipts, new Apologies(slack, "xoxb-test", Runnable::run,
                    EN), EN, Clock.systemUTC(), List.of(broken), new io.micrometer.core.instrument.simple.SimpleMeterRegistry()).create();
            String body = "command=%2Fkb&text=x&user_id=U1&channel_id=C1&team_id=T0TEST&trigger_id=t";
            Response response = app.run(new SlashCommandRequest(body, new RequestHeaders(Map.of())));

            assertEquals(200, response.getStatusCode());
            String text = new ObjectMapper().readTree(response.getBody()).path("text").asText();
            assertTrue(text.startsWith(":warning: Sorry, something went wrong"), text);
            assertTrue(text.matches("(?s).*reference: `[0-9a-f]+`.*"), text);
            assertFalse(text.contains("boom"), text);
        }
    }

    @Test
    void failedFormSubmissionStaysOpenWithTheApologyOnItsFirstField() throws Exception {
        try (FakeSlackApi api = new FakeSlackApi()) {
            SlackConfig config = new SlackConfig();
            config.setMethodsEndpointUrlPrefix(api.apiUrl());
            Slack slack = Slack.getInstance(config);
            SlackFeature broken = app -> app.viewSubmission("escalation_form", (req, ctx) -> {
                throw new IllegalStateException("database is down");
            });
            App app = new BoltAppFactory(slack, "xoxb-test", new EventReceipts() {
                @Override
                public boolean firstDelivery(String eventId, Instant receivedAt) {
                    return true;
                }

                @Override
                public int forgetBefore(Instant cutoff) {
                    return 0;
                }
            }, new Apologies(slack, "xoxb-test", Runnable::run, EN), EN, Clock.systemUTC(), List.of(broken),
                    new io.micrometer.core.instrument.simple.SimpleMeterRegistry()).create();
            String payload = "{\"type\":\"view_submission\",\"team\":{\"id\":\"T0TEST\"},\"user\":{\"id\":\"U1\"},"
                    + "\"view\":{\"id\":\"V1\",\"type\":\"modal\",\"callback_id\":\"escalation_form\",\"blocks\":["
                    + "{\"type\":\"section\",\"block_id\":\"intro\",\"text\":{\"type\":\"mrkdwn\",\"text\":\"x\"}},"
                    + "{\"type\":\"input\",\"block_id\":\"customer\",\"label\":{\"type\":\"plain_text\",\"text\":\"C\"},"
                    + "\"element\":{\"type\":\"plain_text_input\",\"action_id\":\"v\"}}],"
                    + "\"state\":{\"values\":{}}}}";
            Response response = app.run(new com.slack.api.bolt.request.builtin.ViewSubmissionRequest(
                    "payload=" + java.net.URLEncoder.encode(payload, java.nio.charset.StandardCharsets.UTF_8),
                    payload, new RequestHeaders(Map.of())));

            assertEquals(200, response.getStatusCode());
            var body = new ObjectMapper().readTree(response.getBody());
            assertEquals("errors", body.path("response_action").asText(), response.getBody());
            assertTrue(body.path("errors").path("customer").asText().startsWith("Deskhand could not save this"));
            assertFalse(response.getBody().contains("database is down"));
        }
    }
}
