package dev.deskhand.slack.escalation;

import dev.deskhand.slack.escalation.actions.ResolveModal;
import dev.deskhand.slack.escalation.card.CardActionIds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.deskhand.testing.FakeSlackApi;
import dev.deskhand.testing.MarkerBoundaries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import dev.deskhand.testing.Golden;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team with {@code language: ko} gets its card, thread notes and reminders in Korean, whoever escalated; each person
 * gets the form and their own replies in their Slack locale.
 */
class KoreanTeamFlowTest {
    private static final String SUPPORT = "C0SUPPORT";
    private EscalationTestApp app;

    @BeforeEach
    void start(@TempDir Path dir) throws Exception {
        Path settings = dir.resolve("deskhand.yml");
        Files.writeString(settings, Files.readString(Path.of("deskhand.example.yml")).replace(
                "    leads: [\"<!subteam^S0BILLLEAD1>\"]", "    leads: [\"<!subteam^S0BILLLEAD1>\"]\n    language: ko"));
        app = new EscalationTestApp(settings);
        app.slackApi().userLocale("U0MINJI", "ko-KR");
        app.slackApi().userLocale("U0AGENT", "en-US");
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void koreanTeamReadsKoreanAndEachPersonTheirOwnLanguage() throws Exception {
        // GIVEN a Korean agent WHEN they open the form THEN it is in Korean
        app.slack().command("/escalate", "", "U0MINJI", SUPPORT);
        JsonNode view = app.slackApi().await("views.open", 1).get(0).jsonParam("view");
        assertEquals("에스컬레이션", view.path("title").path("text").asText());
        assertTrue(view.toString().contains("어떤 문제인가요"), view.toString());

        // WHEN an English agent escalates to the Korean team in one line with a Korean severity word
        JsonNode reply = Payloads.JSON.readTree(app.slack().command("/escalate", "긴급 billing ACME-1 고객이 두 번 결제됨",
                "U0AGENT", SUPPORT).body());
        // THEN their confirmation is English, the card in the team's channel Korean
        assertTrue(reply.path("text").asText().startsWith(":white_check_mark: Escalated as"), reply.toString());
        assertTrue(reply.path("text").asText().contains("(P1)"), reply.toString());
        app.sendOutbox();
        FakeSlackApi.Call card = app.slackApi().calls("chat.postMessage").get(0);
        assertEquals("C0BILLING01", card.param("channel"));
        String blocks = card.jsonParam("blocks").toString();
        for (String label : List.of("제가 맡을게요", "상태", "접수 대기, 담당자 없음", "응답 기한")) {
            assertTrue(blocks.contains(label), label + " in " + blocks);
        }
        assertEquals(List.of(), MarkerBoundaries.rawMarkersBesideHangul(blocks.replace("\\n", "\n")));

        // AND the claim note in the card's thread is Korean too
        app.slack().interaction(Payloads.cardAction("U0AGENT", app.slackApi().responseUrl("a"), "C0BILLING01", 1,
                CardActionIds.CLAIM, "1", null, null));
        // One round per owed post: the card update, then the note.
        app.sendOutbox();
        app.sendOutbox();
        app.sendOutbox();
        List<String> thread = app.slackApi().calls("chat.postMessage").stream()
                .filter(c -> c.param("thread_ts") != null).map(c -> c.param("text")).toList();
        assertTrue(thread.contains(":raising_hand: <@U0AGENT> 님이 ESC-1 건을 맡았습니다."), thread.toString());
    }

    @Test
    void koreanTeamGetsKoreanRemindersAndAKoreanAgentResolvesInKorean() throws Exception {
        // GIVEN an unclaimed P1 for the Korean team, escalated by an English agent
        app.slack().command("/escalate", "P1 billing ACME-1 결제 페이지 오류", "U0AGENT", SUPPORT);
        app.sendOutbox();
        // WHEN 50 minutes pass with nobody claiming it, the reminder routine running every minute
        for (int minute = 1; minute <= 50; minute++) {
            app.clock().advance(Duration.ofMinutes(1));
            app.remind();
            app.sendOutbox();
        }
        // THEN the warning, the breach and the repeat in the card's thread are Korean
        assertEquals(List.of(
                ":hourglass_flowing_sand: ESC-1 (P1) 건에 아직 담당자가 없습니다. 응답 기한은 11월 23일 (월) 09:15 UTC입니다.",
                ":rotating_light: ESC-1 (P1) 건이 SLA 응답 기한을 넘겼습니다. <!subteam^S0BILLLEAD1>"
                        + " <!subteam^S0ONCALL01>",
                ":rotating_light: ESC-1 (P1) 건이 아직 응답되지 않았습니다. SLA 기한을 30분 넘겼습니다."
                        + " <!subteam^S0BILLLEAD1> <!subteam^S0ONCALL01>"), threadTexts());

        // WHEN a Korean agent claims it and clicks Resolve THEN the resolve form is Korean
        app.slack().interaction(Payloads.cardAction("U0MINJI", app.slackApi().responseUrl("a"), "C0BILLING01", 1,
                CardActionIds.CLAIM, "1", null, null));
        app.slack().interaction(Payloads.cardAction("U0MINJI", app.slackApi().responseUrl("b"), "C0BILLING01", 1,
                CardActionIds.RESOLVE, "1", null, null));
        JsonNode view = app.slackApi().await("views.open", 1).get(0).jsonParam("view");
        Golden.assertMatches("golden/escalation/modal-resolve-ko.json", view);
        // AND leaving out the note is refused in Korean, and the resolution is noted in Korean
        JsonNode noNote = Payloads.JSON.readTree(app.slack().interaction(Payloads.submission("U0MINJI", "V0RES1",
                ResolveModal.CALLBACK_ID, "1", Map.of("reason", "option:FIXED"))).body());
        assertEquals("해결 내용을 적어 주세요.", noNote.path("errors").path("note").asText());
        app.slack().interaction(Payloads.submission("U0MINJI", "V0RES1", ResolveModal.CALLBACK_ID, "1",
                Map.of("note", "중복 결제 1건 환불", "reason", "option:FIXED")));
        for (int round = 0; round < 4; round++) {
            app.sendOutbox();
        }
        List<String> thread = threadTexts();
        assertEquals(":white_check_mark: <@U0MINJI> 님이 ESC-1 건을 해결했습니다(수정 완료): 중복 결제 1건 환불",
                thread.get(thread.size() - 1));
        List<String> raw = new java.util.ArrayList<>();
        thread.forEach(text -> raw.addAll(MarkerBoundaries.rawMarkersBesideHangul(text)));
        assertEquals(List.of(), raw);
    }

    private List<String> threadTexts() {
        return app.slackApi().calls("chat.postMessage").stream().filter(c -> c.param("thread_ts") != null)
                .map(c -> c.param("text")).toList();
    }

    @Test
    void koreanSubcommandsAnswerInTheAskersLanguage() throws Exception {
        String help = Payloads.JSON.readTree(app.slack().command("/escalate", "도움말", "U0MINJI", SUPPORT).body())
                .path("text").asText();
        assertTrue(help.contains("`/escalate 목록 [팀]`"), help);
        String mine = Payloads.JSON.readTree(app.slack().command("/escalate", "내건", "U0MINJI", SUPPORT).body())
                .path("text").asText();
        assertEquals("내 에스컬레이션: 열린 건이 없습니다. :tada:", mine);
        String englishList = Payloads.JSON.readTree(app.slack().command("/escalate", "목록", "U0AGENT", SUPPORT)
                .body()).path("text").asText();
        assertEquals("Open escalations for billing, technical, accounts: nothing open. :tada:", englishList);
    }
}
