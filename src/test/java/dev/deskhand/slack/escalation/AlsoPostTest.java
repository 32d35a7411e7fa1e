package dev.deskhand.slack.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deskhand.testing.FakeSlackApi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Routing by severity and tier: a P1 or a key account is also announced in its extra channel, once, after the card. */
class AlsoPostTest {
    private EscalationTestApp app;

    @BeforeEach
    void start(@TempDir Path dir) throws Exception {
        Path settings = dir.resolve("deskhand.yml");
        Files.writeString(settings, Files.readString(Path.of("deskhand.example.yml")).replace("also_post: {}", """
                also_post:
                  severities:
                    P1: [C0INCIDENT1]
                  tiers:
                    key-account: [C0KEYACCT01, C0INCIDENT1]
                """));
        app = new EscalationTestApp(settings);
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
    }

    @Test
    void aP1IsAnnouncedInTheIncidentChannelAfterItsCardAndAP2IsNot() throws Exception {
        app.slack().command("/escalate", "P2 billing ACME-1 refund stuck", "U0AGENT", "C0SUPPORT");
        app.slack().command("/escalate", "P1 billing ACME-2 checkout <down>", "U0AGENT", "C0SUPPORT");
        for (int round = 0; round < 4; round++) {
            app.sendOutbox();
        }

        List<FakeSlackApi.Call> posts = app.slackApi().calls("chat.postMessage");
        assertEquals(List.of("C0BILLING01", "C0BILLING01", "C0INCIDENT1"),
                posts.stream().map(p -> p.param("channel")).toList());
        assertEquals(":rotating_light: New P1 escalation ESC-2 for Billing: checkout &lt;down&gt; — follow it in "
                + "<#C0BILLING01>.", posts.get(2).param("text"));
    }
}
