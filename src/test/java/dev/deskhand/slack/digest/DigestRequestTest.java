package dev.deskhand.slack.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deskhand.slack.digest.DigestRequest.Kind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DigestRequestTest {

    @Test
    void quotedCronZoneAndTeamsAreRead() {
        assertEquals(new DigestRequest(Kind.SUBSCRIBE, "0 9 * * MON-FRI", "Asia/Seoul", List.of("billing", "technical"),
                List.of(), "", "", Optional.empty()),
                DigestRequest.parse("subscribe \"0 9 * * MON-FRI\" Asia/Seoul billing,technical"));
    }

    @Test
    void slackCurlyQuotesBareFieldsAndSectionsAreAccepted() {
        assertEquals(new DigestRequest(Kind.SUBSCRIBE, "30 8 * * *", "America/New_York", List.of(), List.of(), "", "",
                Optional.empty()),
                DigestRequest.parse("  Subscribe “30 8 * * *” America/New_York"));
        assertEquals(new DigestRequest(Kind.SUBSCRIBE, "0 9 * * 1-5", "UTC", List.of("billing"),
                List.of("sla", "load"), "", "", Optional.empty()),
                DigestRequest.parse("subscribe 0 9 * * 1-5 UTC billing sla,load"));
    }

    @Test
    void otherVerbsAndMistakes() {
        assertEquals(Kind.PREVIEW, DigestRequest.parse("preview").kind());
        assertEquals(Kind.UNSUBSCRIBE, DigestRequest.parse("UNSUBSCRIBE").kind());
        assertEquals(Kind.HELP, DigestRequest.parse("").kind());
        assertEquals("digest.problem.unknownVerb", DigestRequest.parse("weather today").problem());
        assertEquals("weather", DigestRequest.parse("weather today").detail());
        assertEquals("digest.problem.closingQuote", DigestRequest.parse("subscribe \"0 9 * * * UTC").problem());
        assertEquals("digest.problem.zone", DigestRequest.parse("subscribe \"0 9 * * *\"").problem());
    }

    @Test
    void languageAndKoreanVerbsAreRead() {
        assertEquals(new DigestRequest(Kind.SUBSCRIBE, "0 9 * * MON-FRI", "Asia/Seoul", List.of("billing"), List.of(),
                "", "", Optional.of("ko")),
                DigestRequest.parse("구독 \"0 9 * * MON-FRI\" lang:ko Asia/Seoul billing"));
        assertEquals(Optional.of("ko"), DigestRequest.parse("subscribe 0 9 * * 1-5 UTC 언어:한국어").language());
        assertEquals("digest.problem.language", DigestRequest.parse("subscribe 0 9 * * 1-5 UTC lang:fr").problem());
        assertEquals(Kind.PREVIEW, DigestRequest.parse("미리보기").kind());
        assertEquals(Kind.UNSUBSCRIBE, DigestRequest.parse("구독해지").kind());
        assertEquals(Kind.HELP, DigestRequest.parse("도움말").kind());
    }
}
