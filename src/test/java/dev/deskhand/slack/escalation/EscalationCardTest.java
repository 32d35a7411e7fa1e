package dev.deskhand.slack.escalation;

import dev.deskhand.testing.Golden;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deskhand.config.SettingsFile;
import dev.deskhand.escalation.Actor;
import dev.deskhand.escalation.Command;
import dev.deskhand.escalation.Escalation;
import dev.deskhand.escalation.EscalationKey;
import dev.deskhand.escalation.EscalationSettings;
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
        Golden.assertMatches("golden/escalation/card-open.json", card.blocks(opened(), CREATED.plusSeconds(60)));
        assertEquals("ESC-1 P1 for Billing: Customer charged twice after plan change &lt;!channel&gt;",
                card.text(opened()));
    }

    @Test
    void acknowledgedCardShowsOwnerAndResolveDeadline() throws Exception {
        Escalation claimed = then(opened(), new Command.Claim(), "U0ANNA", Duration.ofMinutes(4));
        Golden.assertMatches("golden/escalation/card-acknowledged.json", card.blocks(claimed, CREATED.plus(Duration.ofMinutes(5))));
    }

    @Test
    void snoozedAtRiskCardSaysSo() throws Exception {
        Escalation snoozed = then(then(opened(), new Command.Claim(), "U0ANNA", Duration.ofMinutes(4)),
                new Command.Snooze(CREATED.plus(Duration.ofHours(3))), "U0ANNA", Duration.ofMinutes(5));
        Golden.assertMatches("golden/escalation/card-snoozed-at-risk.json", card.blocks(snoozed, CREATED.plus(Duration.ofMinutes(115))));
    }

    @Test
    void resolvedCardShowsResolutionAndOnlyReopen() throws Exception {
        Escalation resolved = then(then(opened(), new Command.Claim(), "U0ANNA", Duration.ofMinutes(4)),
                new Command.Resolve("Refunded the duplicate <charge>", ResolutionReason.FIXED), "U0ANNA",
                Duration.ofMinutes(90));
        Golden.assertMatches("golden/escalation/card-resolved.json", card.blocks(resolved, CREATED.plus(Duration.ofHours(2))));
    }

    @Test
    void reopenedCardIsOpenAgainWithFreshDeadline() throws Exception {
        Escalation reopened = then(then(opened(), new Command.Resolve("Refunded", ResolutionReason.FIXED), "U0REQUEST",
                Duration.ofMinutes(30)), new Command.Reopen("charged again"), "U0REQUEST", Duration.ofDays(1));
        Golden.assertMatches("golden/escalation/card-reopened.json", card.blocks(reopened, CREATED.plus(Duration.ofDays(1))));
    }

    @Test
    void movedCardPointsToTheNewTeam() throws Exception {
        Escalation moved = then(opened(), new Command.ReassignToTeam("technical"), "U0REQUEST",
                Duration.ofMinutes(2));
        Golden.assertMatches("golden/escalation/card-moved-away.json", card.moved(moved));
    }
}
