package dev.deskhand.slack.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.deskhand.testing.FakeSlackApi;
import dev.deskhand.testing.TestApp;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code DESKHAND_LANGUAGE=ko}: whoever Slack says nothing about (no locale in their profile) and every channel of no
 * team read Korean; a person whose Slack locale is {@code en-US} still reads English, exactly as in an English
 * workspace.
 */
class KoreanWorkspaceOverHttpTest {

    static TestApp app;
    static final ObjectMapper JSON = new ObjectMapper();
    static final String CHANNEL = "C0SUPPORT";
    static final String NO_LOCALE = "U0NOLOCALE";
    static final String ENGLISH = "U0ENGLISH";

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.start(Map.of("DESKHAND_LANGUAGE", "ko"));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @BeforeEach
    void clear() {
        app.slackApi().reset();
        app.slackApi().userLocale(ENGLISH, "en-US");
    }

    private static JsonNode kb(String text, String user) throws Exception {
        return JSON.readTree(app.slack().command("/kb", text, user, CHANNEL).body());
    }

    @Test
    void aPersonWithNoLocaleReadsKoreanAndAnEnglishLocaleReadsEnglish() throws Exception {
        String korean = kb("refund policy", NO_LOCALE).path("blocks").toString();
        for (String label : java.util.List.of("검색 결과", "채널에 공유", "도움이 됐어요", "에스컬레이션", "53일 전 수정")) {
            assertTrue(korean.contains(label), label + " in " + korean);
        }
        assertFalse(korean.contains("Share in channel") || korean.contains("updated"), korean);

        String english = kb("refund policy", ENGLISH).path("blocks").toString();
        for (String label : java.util.List.of("Results for", "Share in channel", "Helpful", "Escalate",
                "updated 53 days ago")) {
            assertTrue(english.contains(label), label + " in " + english);
        }
        assertFalse(english.contains("채널에 공유") || english.contains("전 수정"), english);
        assertTrue(kb("zebra quantum trampoline", ENGLISH).path("blocks").get(0).path("text").path("text").asText()
                .startsWith(":mag: I don't have a good answer for"));
        assertTrue(kb("", ENGLISH).path("text").asText().contains("/kb refund policy"), "English help");
    }

    @Test
    void theEscalationFormFollowsTheSameRule() throws Exception {
        app.slack().command("/escalate", "", NO_LOCALE, CHANNEL);
        app.slack().command("/escalate", "", ENGLISH, CHANNEL);
        var views = app.slackApi().await("views.open", 2);
        assertEquals("에스컬레이션", views.get(0).jsonParam("view").path("title").path("text").asText());
        assertEquals("Escalate", views.get(1).jsonParam("view").path("title").path("text").asText());
    }

    @Test
    void anAnswerSharedInAChannelOfNoTeamIsKorean() throws Exception {
        String value = KbOverHttpTest.buttonValue(kb("refund policy", ENGLISH).path("blocks"), "kb_share");
        assertEquals(200, app.slack().interaction(share(value)).statusCode());
        FakeSlackApi.Call post = app.slackApi().await("chat.postMessage", 1).get(0);
        String blocks = post.jsonParam("blocks").toString();
        assertTrue(blocks.contains("<@" + ENGLISH + "> 님이 지식베이스 답변을 공유했습니다"), blocks);
        assertTrue(blocks.contains("도움이 됐어요") && !blocks.contains("Helpful"), blocks);
    }

    /** The English agent's click on "Share in channel" under their own /kb reply. */
    private static ObjectNode share(String value) {
        ObjectNode payload = JSON.createObjectNode();
        payload.put("type", "block_actions");
        payload.putObject("user").put("id", ENGLISH).put("username", "agent").put("team_id", FakeSlackApi.TEAM_ID);
        payload.putObject("team").put("id", FakeSlackApi.TEAM_ID);
        payload.putObject("channel").put("id", CHANNEL).put("name", "support");
        payload.putObject("container").put("type", "message").put("is_ephemeral", true);
        payload.put("trigger_id", "trigger-share");
        payload.put("response_url", app.slackApi().responseUrl("share-ko"));
        payload.put("api_app_id", "A0DESKHAND");
        ObjectNode action = payload.putArray("actions").addObject();
        action.put("action_id", ActionIds.SHARE).put("block_id", "kb_actions_0").put("type", "button")
                .put("value", value).put("action_ts", "1763857800.1");
        action.putObject("text").put("type", "plain_text").put("text", "Share in channel");
        return payload;
    }
}
