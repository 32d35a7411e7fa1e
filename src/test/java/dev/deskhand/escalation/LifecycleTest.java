package dev.deskhand.escalation;

import static dev.deskhand.escalation.EscalationFixtures.CREATED;
import static dev.deskhand.escalation.EscalationFixtures.lifecycle;
import static dev.deskhand.escalation.EscalationFixtures.open;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LifecycleTest {
    private static final Instant T1 = CREATED.plus(Duration.ofMinutes(7));
    private static final Instant T2 = CREATED.plus(Duration.ofMinutes(50));
    private final Lifecycle lifecycle = lifecycle();

    private Escalation applied(Escalation current, Command command, String actor, Instant at) {
        return ((Outcome.Applied) lifecycle.apply(current, command, Actor.of(actor), at)).escalation();
    }

    @Test
    void claimAcknowledgesAndRecordsOwnerTimeAndAuditEvent() {
        // GIVEN an open escalation  WHEN Ursula claims it
        Outcome outcome = lifecycle.apply(open(Severity.P2), new Command.Claim(), Actor.of("UURSULA"), T1);

        // THEN it is acknowledged by her at T1, with the next version and an audit row open → acknowledged
        Outcome.Applied applied = (Outcome.Applied) outcome;
        assertEquals(Status.ACKNOWLEDGED, applied.escalation().status());
        assertEquals("UURSULA", applied.escalation().assignee());
        assertEquals(T1, applied.escalation().acknowledgedAt());
        assertEquals(2, applied.escalation().version());
        assertEquals(new AuditEvent(new EscalationKey(42), "UURSULA", Action.CLAIM, "open", "acknowledged", null, T1),
                applied.event());
    }

    @Test
    void secondClaimIsRefusedNamingTheOwner() {
        // GIVEN an escalation Ursula claimed
        Escalation claimed = applied(open(Severity.P2), new Command.Claim(), "UURSULA", T1);

        // WHEN Victor clicks claim too  THEN he is told who has it
        assertEquals(new Outcome.Refused.ClaimedBySomeoneElse(new EscalationKey(42), "UURSULA"),
                lifecycle.apply(claimed, new Command.Claim(), Actor.of("UVICTOR"), T2));
    }

    @Test
    void resolveRequiresANoteAndAReason() {
        Escalation claimed = applied(open(Severity.P2), new Command.Claim(), "UURSULA", T1);

        assertEquals(new Outcome.Refused.NoteRequired(new EscalationKey(42)),
                lifecycle.apply(claimed, new Command.Resolve("  ", ResolutionReason.FIXED), Actor.of("UURSULA"), T2));
        assertEquals(new Outcome.Refused.ReasonRequired(new EscalationKey(42)),
                lifecycle.apply(claimed, new Command.Resolve("refunded", null), Actor.of("UURSULA"), T2));
    }

    @Test
    void resolveStoresNoteReasonAndResolverAndRefusesLateClicks() {
        // GIVEN a claimed escalation  WHEN it is resolved
        Escalation claimed = applied(open(Severity.P2), new Command.Claim(), "UURSULA", T1);
        Outcome.Applied resolved = (Outcome.Applied) lifecycle.apply(claimed,
                new Command.Resolve(" refunded the duplicate charge ", ResolutionReason.FIXED), Actor.of("UURSULA"), T2);

        // THEN its timestamps give time to acknowledge and time to resolve
        Escalation escalation = resolved.escalation();
        assertEquals(Status.RESOLVED, escalation.status());
        assertEquals(Duration.ofMinutes(7), Duration.between(escalation.createdAt(), escalation.acknowledgedAt()));
        assertEquals(Duration.ofMinutes(50), Duration.between(escalation.createdAt(), escalation.resolvedAt()));
        assertEquals("refunded the duplicate charge", escalation.resolutionNote());
        assertEquals(ResolutionReason.FIXED, escalation.resolutionReason());
        assertEquals(new AuditEvent(new EscalationKey(42), "UURSULA", Action.RESOLVE, "acknowledged", "FIXED",
                "refunded the duplicate charge", T2), resolved.event());
        // AND late clicks are refused politely
        for (Command late : List.of(new Command.Claim(), new Command.ChangeSeverity(Severity.P1),
                new Command.Resolve("again", ResolutionReason.OTHER))) {
            assertEquals(new Outcome.Refused.AlreadyResolved(new EscalationKey(42)),
                    lifecycle.apply(escalation, late, Actor.of("UVICTOR"), T2.plusSeconds(1)));
        }
    }

    @Test
    void resolvingWithoutClaimCountsAsAcknowledgement() {
        Escalation resolved = applied(open(Severity.P3),
                new Command.Resolve("answered", ResolutionReason.CONFIGURATION), "UURSULA", T1);

        assertEquals(T1, resolved.acknowledgedAt());
        assertEquals(T1, resolved.resolvedAt());
        assertNull(resolved.assignee());
    }

    @Test
    void reopenRestartsTheClocksAndClearsTheResolution() {
        Escalation resolved = applied(applied(open(Severity.P2), new Command.Claim(), "UURSULA", T1),
                new Command.Resolve("refunded", ResolutionReason.FIXED), "UURSULA", T2);
        Instant later = T2.plus(Duration.ofDays(1));

        Outcome.Applied reopened = (Outcome.Applied) lifecycle.apply(resolved, new Command.Reopen("charged again"),
                Actor.of("UREQ"), later);

        Escalation escalation = reopened.escalation();
        assertEquals(Status.OPEN, escalation.status());
        assertEquals(later, escalation.clockStartedAt());
        assertEquals(T1, escalation.acknowledgedAt());
        assertNull(escalation.resolvedAt());
        assertNull(escalation.resolutionNote());
        assertNull(escalation.resolutionReason());
        assertEquals("UURSULA", escalation.assignee());
        assertEquals(new AuditEvent(new EscalationKey(42), "UREQ", Action.REOPEN, "resolved", "open",
                "charged again", later), reopened.event());
        // AND the previous owner can acknowledge it again, while reopening an open one is refused
        assertEquals(Status.ACKNOWLEDGED,
                applied(escalation, new Command.Acknowledge(), "UURSULA", later.plusSeconds(60)).status());
        assertEquals(new Outcome.Refused.NotResolved(new EscalationKey(42)),
                lifecycle.apply(escalation, new Command.Reopen(null), Actor.of("UREQ"), later));
    }

    @Test
    void reassignToAnotherTeamReopensUnassigned() {
        Escalation claimed = applied(open(Severity.P2), new Command.Claim(), "UURSULA", T1);

        Outcome.Applied moved = (Outcome.Applied) lifecycle.apply(claimed, new Command.ReassignToTeam("technical"),
                Actor.of("UURSULA"), T2);

        assertEquals("technical", moved.escalation().team());
        assertEquals(Status.OPEN, moved.escalation().status());
        assertNull(moved.escalation().assignee());
        assertEquals("billing", moved.event().from());
        assertEquals("technical", moved.event().to());
        assertEquals(new Outcome.Refused.UnknownTeam(new EscalationKey(42), "sales"),
                lifecycle.apply(claimed, new Command.ReassignToTeam("sales"), Actor.of("UURSULA"), T2));
    }

    @Test
    void reassignToPersonKeepsStatusAndNamesBoth() {
        Escalation claimed = applied(open(Severity.P2), new Command.Claim(), "UURSULA", T1);

        Outcome.Applied handed = (Outcome.Applied) lifecycle.apply(claimed, new Command.ReassignToPerson("UVICTOR"),
                Actor.of("UURSULA"), T2);

        assertEquals(Status.ACKNOWLEDGED, handed.escalation().status());
        assertEquals("UVICTOR", handed.escalation().assignee());
        assertEquals(new AuditEvent(new EscalationKey(42), "UURSULA", Action.REASSIGN_PERSON, "UURSULA", "UVICTOR",
                null, T2), handed.event());
    }

    @Test
    void severityChangeAndSnoozeAreAudited() {
        Outcome.Applied raised = (Outcome.Applied) lifecycle.apply(open(Severity.P3),
                new Command.ChangeSeverity(Severity.P1), Actor.of("UURSULA"), T1);
        Instant until = T1.plus(Duration.ofHours(2));
        Outcome.Applied snoozed = (Outcome.Applied) lifecycle.apply(raised.escalation(), new Command.Snooze(until),
                Actor.of("UURSULA"), T2);

        assertEquals("P3", raised.event().from());
        assertEquals("P1", raised.event().to());
        assertEquals(until, snoozed.escalation().snoozedUntil());
        assertEquals(until.toString(), snoozed.event().to());
        assertEquals(new Outcome.Refused.SnoozeNotInFuture(new EscalationKey(42)),
                lifecycle.apply(open(Severity.P3), new Command.Snooze(CREATED), Actor.of("UURSULA"), T1));
    }

    @Test
    void byDefaultTheClaimerTheRequesterAndTheTeamsLeadsMayResolveOrReassign() {
        // GIVEN billing's leads are a user group and a person
        Lifecycle safe = new Lifecycle(Permissions.defaults(), List.of(new Team("billing", "Billing", "C0BILL",
                List.of("<!subteam^S0BLEADS>", "<@ULEAD>"))));
        Escalation claimed = ((Outcome.Applied) safe.apply(open(Severity.P2), new Command.Claim(),
                Actor.of("UURSULA"), T1)).escalation();
        Command resolve = new Command.Resolve("done", ResolutionReason.FIXED);

        // THEN an outsider is refused, naming all of them, and each of them may
        assertEquals(new Outcome.NotAllowed(claimed.key(), Action.RESOLVE, new Who(Optional.of("UURSULA"),
                Optional.of("UREQ"), List.of("<!subteam^S0BLEADS>", "<@ULEAD>"), List.of())),
                safe.apply(claimed, resolve, Actor.of("UVICTOR"), T1));
        for (Actor may : List.of(Actor.of("UURSULA"), Actor.of("UREQ"), Actor.of("ULEAD"),
                new Actor("UMEMBER", Set.of("S0BLEADS")))) {
            assertEquals(Outcome.Applied.class, safe.apply(claimed, resolve, may, T1).getClass(), may.toString());
        }
    }

    @Test
    void configuredGroupsRestrictResolveAndReassign() {
        // GIVEN only members of S0LEADS may resolve or reassign
        Lifecycle restricted = new Lifecycle(new Permissions(List.of("S0LEADS"), List.of("S0LEADS")),
                Set.of("billing", "technical"));
        Escalation escalation = open(Severity.P2);

        // WHEN someone outside the group (and not its requester) tries THEN the refusal says who may
        Who who = new Who(Optional.empty(), Optional.of("UREQ"), List.of(), List.of("S0LEADS"));
        assertEquals(new Outcome.NotAllowed(escalation.key(), Action.RESOLVE, who),
                restricted.apply(escalation, new Command.Resolve("done", ResolutionReason.FIXED),
                        new Actor("UVICTOR", Set.of("S0OTHER")), T1));
        assertEquals(new Outcome.NotAllowed(escalation.key(), Action.REASSIGN_TEAM, who),
                restricted.apply(escalation, new Command.ReassignToTeam("technical"), Actor.of("UVICTOR"), T1));
        assertEquals(List.of("<@UREQ>", "<!subteam^S0LEADS>"), who.mentions());
        // AND a member may, while claiming stays open to everyone
        assertEquals(Status.RESOLVED, ((Outcome.Applied) restricted.apply(escalation,
                new Command.Resolve("done", ResolutionReason.FIXED), new Actor("ULEAD", Set.of("S0LEADS")), T1))
                .escalation().status());
        assertEquals(Status.ACKNOWLEDGED, ((Outcome.Applied) restricted.apply(escalation, new Command.Claim(),
                Actor.of("UVICTOR"), T1)).escalation().status());
    }
}
