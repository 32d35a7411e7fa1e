package dev.deskhand.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import dev.deskhand.slack.text.Language;
import dev.deskhand.slack.text.Reader;
import dev.deskhand.testing.FakeSlackApi;
import dev.deskhand.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A person's language comes from their Slack locale, is kept for an hour, and falls back to the workspace's. */
class SlackReadersTest {

    FakeSlackApi slack;
    MutableClock clock = new MutableClock(Instant.parse("2026-12-05T00:00:00Z"));
    SlackReaders readers;

    @BeforeEach
    void start() throws Exception {
        slack = new FakeSlackApi();
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.apiUrl());
        readers = new SlackReaders(Slack.getInstance(config).methods("xoxb-test"), clock, Language.EN,
                Map.of("C0KOREA", Language.KO));
    }

    @AfterEach
    void stop() {
        slack.close();
    }

    @Test
    void koreanLocaleReadsKoreanInTheirZoneAndIsCachedForAnHour() {
        slack.userLocale("U1", "ko-KR");
        assertEquals(new Reader(Language.KO, ZoneId.of("Asia/Seoul")), readers.user("U1"));
        clock.advance(Duration.ofMinutes(59));
        readers.user("U1");
        assertEquals(1, slack.calls("users.info").size());
        clock.advance(Duration.ofMinutes(2));
        readers.user("U1");
        assertEquals(2, slack.calls("users.info").size());
    }

    @Test
    void noLocaleOrAFailureFallsBackToTheWorkspaceLanguage() {
        slack.userLocale("U2", "en-US");
        assertEquals(Language.EN, readers.user("U2").language());
        assertEquals(Language.EN, readers.user("U3").language(), "no locale in the profile");
        slack.failNext("users.info", 1, 500);
        assertEquals(Reader.of(Language.EN), readers.user("U4"));
    }

    @Test
    void aKoreanWorkspaceReadsKoreanToAnyoneSlackSaysNothingAboutButEnglishToAnEnglishLocale() {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.apiUrl());
        SlackReaders korean = new SlackReaders(Slack.getInstance(config).methods("xoxb-test"), clock, Language.KO,
                Map.of());
        slack.userLocale("U2", "en-US");
        assertEquals(Language.EN, korean.user("U2").language());
        assertEquals(Language.KO, korean.user("U3").language(), "no locale in the profile");
        slack.failNext("users.info", 1, 500);
        assertEquals(Reader.of(Language.KO), korean.user("U4"));
        assertEquals(Language.KO, korean.channel("C0ANY").language(), "a channel of no team");
    }

    @Test
    void aTeamChannelReadsInItsTeamsLanguage() {
        assertEquals(Language.KO, readers.channel("C0KOREA").language());
        assertEquals(Language.EN, readers.channel("C0OTHER").language());
    }
}
