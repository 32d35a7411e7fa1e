package dev.deskhand.slack.escalation.card;

import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.List;
import dev.deskhand.escalation.ReminderKind;
import dev.deskhand.escalation.Action;
import dev.deskhand.escalation.AuditEvent;
import dev.deskhand.testing.MarkerBoundaries;
import dev.deskhand.slack.text.Texts;
import dev.deskhand.slack.text.Messages;
import dev.deskhand.slack.text.Language;
import dev.deskhand.testing.Golden;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deskhand.config.SettingsFile;
import dev.deskhand.escalation.Actor;
import dev.deskhand.escalation.Command;
import dev.deskhand.escalation.Escalation;
import dev.deskhand.escalation.EscalationKey;
import dev.deskhand.escalation.service.EscalationSettings;
import dev.deskhand.escalation.Lifecycle;
import dev.deskhand.escalation.NewEscalation;
import dev.deskhand.escalation.Outcome;
import dev.deskhand.escalation.ResolutionReason;
import dev.deskhand.escalation.Severity;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The card in each state, compared with reviewed golden JSON. */
class EscalationCardTest {
    private static final Instant CREATED = Instant.parse("2026-11-23T09:00:00Z");
    private final EscalationSettings settings = new SettingsFile().load(Path.of("deskhand.example.yml")).escalations();
    private final EscalationCard card = new EscalationCard(settings);
    private final Lifecycle lifecycle = settings.lifecycle();
    static final Texts EN = new Messages().in(Language.EN);
    static final Texts KO = new Messages().in(Language.KO);

    private static Escalation opened() {
        return Escalation.opened(new EscalationKey(1), new NewEscalation("ACME <Corp> & Co", "key-account",
                "https://support.example.com/tickets/1234", Severity.P1, "billing",
                "Customer charged twice after plan change <!channel>", "Refunded once by hand", "billing/double-charge",
                "U0REQUEST"), CREATED);
    }

    private Escalation then(Escalation escalation, Command command, String actor, Duration after) {
        return ((Outcome.Applied) lifecycle.apply(escalation, command, Actor.of(actor), CREATED.plus(after)))
                .escalation();
    }

    @Test
    void openCardMentionsWhoIsNeededAndOffersClaim() throws Exception {
        Golden.assertMatches("golden/escalation/card-open.json", card.blocks(opened(), CREATED.plusSeconds(60), EN));
        assertEquals("ESC-1 P1 for Billing: Customer charged twice after plan change &lt;!channel&gt;",
                card.text(opened(), EN));
    }

    @Test
    void eachSeverityHasItsOwnMarkOnTheCard() {
        // P1 and P2 once shared a colour; each severity now reads differently at a glance (red, orange, blue, white).
        java.util.List<String> headers = new java.util.ArrayList<>();
        for (Severity severity : Severity.values()) {
            Escalation escalation = Escalation.opened(new EscalationKey(1), new NewEscalation(null, "standard",
                    "ACME-1", severity, "billing", "Checkout fails", null, null, "U0REQUEST"), CREATED);
            for (var block : card.blocks(escalation, CREATED, EN)) {
                if (block.path("type").asText().equals("header")) {
                    headers.add(block.path("text").path("text").asText());
                }
            }
        }
        assertEquals(java.util.List.of(":red_circle: ESC-1 · :rotating_light: P1 · Billing",
                ":red_circle: ESC-1 · :large_orange_diamond: P2 · Billing",
                ":red_circle: ESC-1 · :large_blue_diamond: P3 · Billing",
                ":red_circle: ESC-1 · :white_small_square: P4 · Billing"), headers);
    }

    @Test
    void acknowledgedCardShowsOwnerAndResolveDeadline() throws Exception {
        Escalation claimed = then(opened(), new Command.Claim(), "U0ANNA", Duration.ofMinutes(4));
        Golden.assertMatches("golden/escalation/card-acknowledged.json", card.blocks(claimed, CREATED.plus(Duration.ofMinutes(5)), EN));
    }

    @Test
    void snoozedAtRiskCardSaysSo() throws Exception {
        Escalation snoozed = then(then(opened(), new Command.Claim(), "U0ANNA", Duration.ofMinutes(4)),
                new Command.Snooze(CREATED.plus(Duration.ofHours(3))), "U0ANNA", Duration.ofMinutes(5));
        Golden.assertMatches("golden/escalation/card-snoozed-at-risk.json", card.blocks(snoozed, CREATED.plus(Duration.ofMinutes(115)), EN));
    }

    @Test
    void resolvedCardShowsResolutionAndOnlyReopen() throws Exception {
        Escalation resolved = then(then(opened(), new Command.Claim(), "U0ANNA", Duration.ofMinutes(4)),
                new Command.Resolve("Refunded the duplicate <charge>", ResolutionReason.FIXED), "U0ANNA",
                Duration.ofMinutes(90));
        Golden.assertMatches("golden/escalation/card-resolved.json", card.blocks(resolved, CREATED.plus(Duration.ofHours(2)), EN));
    }

    @Test
    void reopenedCardIsOpenAgainWithFreshDeadline() throws Exception {
        Escalation reopened = then(then(opened(), new Command.Resolve("Refunded", ResolutionReason.FIXED), "U0REQUEST",
                Duration.ofMinutes(30)), new Command.Reopen("charged again"), "U0REQUEST", Duration.ofDays(1));
        Golden.assertMatches("golden/escalation/card-reopened.json", card.blocks(reopened, CREATED.plus(Duration.ofDays(1)), EN));
    }

    @Test
    void movedCardPointsToTheNewTeam() throws Exception {
        Escalation moved = then(opened(), new Command.ReassignToTeam("technical"), "U0REQUEST",
                Duration.ofMinutes(2));
        Golden.assertMatches("golden/escalation/card-moved-away.json", card.moved(moved, EN));
    }

    @Test
    void koreanCardMatchesGoldenAndRendersItsBold() throws Exception {
        Escalation claimed = then(opened(), new Command.Claim(), "U0ANNA", Duration.ofMinutes(4));
        var open = card.blocks(opened(), CREATED.plusSeconds(60), KO);
        Golden.assertMatches("golden/escalation/card-open-ko.json", open);
        Golden.assertMatches("golden/escalation/card-acknowledged-ko.json",
                card.blocks(claimed, CREATED.plus(Duration.ofMinutes(5)), KO));
        for (String label : List.of("제가 맡을게요", "담당자 변경…", "알림 미루기", "응답 기한", "접수 대기, 담당자 없음")) {
            assertTrue(open.toString().contains(label), label + " in " + open);
        }
        assertEquals(List.of(), MarkerBoundaries.rawMarkersBesideHangul(open.toString().replace("\\n", "\n")));
        assertEquals("ESC-1 P1 · Billing: Customer charged twice after plan change &lt;!channel&gt;",
                card.text(opened(), KO));
    }

    @Test
    void koreanThreadNotesAndRemindersReadNaturally() {
        ThreadNotes notes = new ThreadNotes(settings);
        Escalation moved = then(opened(), new Command.ReassignToTeam("technical"), "U0REQUEST",
                Duration.ofMinutes(2));
        assertEquals(":arrow_right: <@U0ANNA> 님이 ESC-1 건을 \u200B*Billing*\u200B에서 \u200B*Technical support*\u200B(으)로 "
                + "이관했습니다.", notes.note(new AuditEvent(moved.key(), "U0ANNA", Action.REASSIGN_TEAM, "billing",
                "technical", null, CREATED), KO));
        assertEquals(":raising_hand: <@U0ANNA> 님이 ESC-1 건을 맡았습니다.", notes.note(new AuditEvent(
                new EscalationKey(1), "U0ANNA", Action.CLAIM, null, null, null, CREATED), KO));
        assertEquals(":rotating_light: ESC-1 (P1) 건이 SLA 응답 기한을 넘겼습니다.",
                notes.reminder(opened(), ReminderKind.ACK_BREACH, CREATED.plus(Duration.ofHours(1)), KO)
                        .replaceAll(" <!subteam.*", ""));
        assertEquals("1일 2시간", ThreadNotes.age(Duration.ofHours(26).plusMinutes(5), KO));
        assertEquals("1d 2h", ThreadNotes.age(Duration.ofHours(26).plusMinutes(5), EN));
    }
}
