package dev.deskhand.slack.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deskhand.slack.digest.DigestRequest.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class DigestRequestTest {

    @Test
    void quotedCronZoneAndTeamsAreRead() {
        assertEquals(new DigestRequest(Kind.SUBSCRIBE, "0 9 * * MON-FRI", "Asia/Seoul", List.of("billing", "technical"),
                List.of(), ""), DigestRequest.parse("subscribe \"0 9 * * MON-FRI\" Asia/Seoul billing,technical"));
    }

    @Test
    void slackCurlyQuotesBareFieldsAndSectionsAreAccepted() {
        assertEquals(new DigestRequest(Kind.SUBSCRIBE, "30 8 * * *", "America/New_York", List.of(), List.of(), ""),
                DigestRequest.parse("  Subscribe “30 8 * * *” America/New_York"));
        assertEquals(new DigestRequest(Kind.SUBSCRIBE, "0 9 * * 1-5", "UTC", List.of("billing"),
                List.of("sla", "load"), ""), DigestRequest.parse("subscribe 0 9 * * 1-5 UTC billing sla,load"));
    }

    @Test
    void otherVerbsAndMistakes() {
        assertEquals(Kind.PREVIEW, DigestRequest.parse("preview").kind());
        assertEquals(Kind.UNSUBSCRIBE, DigestRequest.parse("UNSUBSCRIBE").kind());
        assertEquals(Kind.HELP, DigestRequest.parse("").kind());
        assertEquals("I don't know `weather`.", DigestRequest.parse("weather today").problem());
        assertEquals("The cron expression needs a closing quote.",
                DigestRequest.parse("subscribe \"0 9 * * * UTC").problem());
        assertEquals("Give a time zone after the cron expression, e.g. `Asia/Seoul`.",
                DigestRequest.parse("subscribe \"0 9 * * *\"").problem());
    }
}
