package dev.deskhand.slack.escalation;

import dev.deskhand.slack.escalation.form.EscalationModal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deskhand.testing.FakeSlackApi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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

    @Test
    void aKeyAccountIsAnnouncedInItsAccountChannelAndAP1KeyAccountOnlyOncePerChannel() throws Exception {
        // GIVEN a P3 for a key account, and then a P1 for one (both routes name the incident channel)
        app.slack().interaction(Payloads.submission("U0AGENT", "V0KEY1", EscalationModal.CALLBACK_ID, "C0SUPPORT",
                Map.of("customer", "Initech", "tier", "option:key-account", "ticket", "ACME-7",
                        "severity", "option:P3", "team", "option:technical", "summary", "SSO setup question")));
        for (int round = 0; round < 4; round++) {
            app.sendOutbox();
        }

        // THEN its card is in the team's channel and a notice in each channel the tier routes to, once
        List<FakeSlackApi.Call> posts = app.slackApi().calls("chat.postMessage");
        assertEquals(List.of("C0TECHNIC01", "C0KEYACCT01", "C0INCIDENT1"),
                posts.stream().map(p -> p.param("channel")).toList());
        assertEquals(":large_blue_diamond: New P3 escalation ESC-1 for Technical support: SSO setup question — "
                + "follow it in <#C0TECHNIC01>.", posts.get(1).param("text"));

        // WHEN a P1 for a key account comes in THEN the incident channel (named by both routes) hears it once
        app.slack().interaction(Payloads.submission("U0AGENT", "V0KEY2", EscalationModal.CALLBACK_ID, "C0SUPPORT",
                Map.of("customer", "Initech", "tier", "option:key-account", "ticket", "ACME-8",
                        "severity", "option:P1", "team", "option:billing", "summary", "Invoices all wrong")));
        for (int round = 0; round < 4; round++) {
            app.sendOutbox();
        }
        List<String> later = app.slackApi().calls("chat.postMessage").stream().skip(3)
                .map(p -> p.param("channel")).sorted().toList();
        assertEquals(List.of("C0BILLING01", "C0INCIDENT1", "C0KEYACCT01"), later);
    }
}
