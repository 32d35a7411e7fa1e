package dev.deskhand.slack.escalation;

import dev.deskhand.slack.escalation.card.CardActionIds;
import dev.deskhand.slack.escalation.form.EscalationModal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deskhand.testing.FakeSlackApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * User text full of Slack control sequences, through every escalation surface (card, thread notes, listing, show):
 * no Web API call and no reply carries a mention, a special link or a raw link that the user typed.
 */
class HostileTextTest {
    private static final String SUPPORT = "C0SUPPORT";
    private static final String BILLING = "C0BILLING01";
    /** Everything a person could type to ping, link or break out of a link. */
    private static final String HOSTILE = "<!channel> <!here|x> <@U0BOSS> <#C0SECRET> <https://evil.example|click> "
            + "a & b > c | d";

    private EscalationTestApp app;

    @BeforeEach
    void start() throws Exception {
        app = EscalationTestApp.withExampleSettings();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    /**
     * Control sequences the user typed: a special mention ({@code <!…}, other than the {@code <!date^…>} the app
     * writes itself), the typed user or channel, or the typed link.
     */
    private static List<String> hostileIn(String text) {
        List<String> found = new ArrayList<>(Stream.of("<@U0BOSS", "<#C0SECRET", "<https://evil", "|click>")
                .filter(text::contains).toList());
        Matcher special = Pattern.compile("<!(?!date\\^)").matcher(text);
        if (special.find()) {
            found.add(text.substring(special.start(), Math.min(text.length(), special.start() + 20)));
        }
        return found;
    }

    @Test
    void aTicketUrlAndFieldsFullOfControlSequencesNeverReachSlackRaw() throws Exception {
        // GIVEN an escalation whose ticket URL and every text field carry control sequences
        app.slack().interaction(Payloads.submission("U0AGENT", "V1", EscalationModal.CALLBACK_ID, SUPPORT,
                Map.of("customer", HOSTILE, "tier", "option:standard",
                        "ticket", "https://tickets.example/a?x=1&y=<!channel>|<@U0BOSS>", "severity", "option:P2",
                        "team", "option:billing", "summary", HOSTILE, "tried", HOSTILE, "article", "<!here>")));
        // WHEN its card is posted, it is claimed, resolved with a hostile note, and listed and shown
        app.sendOutbox();
        app.slack().interaction(Payloads.cardAction("U0ANNA", app.slackApi().responseUrl("a"), BILLING, 1,
                CardActionIds.CLAIM, "1", null, null));
        app.sendOutbox();
        app.sendOutbox();
        String shown = Payloads.JSON.readTree(app.slack().command("/escalate", "show ESC-1", "U0AGENT", SUPPORT)
                .body()).path("text").asText();
        String listed = Payloads.JSON.readTree(app.slack().command("/escalate", "list", "U0AGENT", SUPPORT)
                .body()).path("text").asText();

        // THEN no Web API call (decoded) and no reply holds what the user typed as live mrkdwn
        List<FakeSlackApi.Call> calls = app.slackApi().calls();
        assertEquals(true, calls.stream().anyMatch(c -> c.method().equals("chat.postMessage")));
        for (FakeSlackApi.Call call : calls) {
            String decoded = call.params().isEmpty() ? call.body() : String.join("\n", call.params().values());
            assertEquals(List.of(), hostileIn(decoded), call.method() + ": " + decoded);
        }
        assertEquals(List.of(), hostileIn(shown), shown);
        assertEquals(List.of(), hostileIn(listed), listed);
    }
}
