package dev.deskhand.store;

import static java.time.Duration.ofDays;
import static java.time.Duration.ofHours;
import static java.time.Duration.ofMinutes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deskhand.digest.gaps.ArticleCount;
import dev.deskhand.digest.gaps.BelowBarAnswer;
import dev.deskhand.digest.CardRef;
import dev.deskhand.digest.DigestSource;
import dev.deskhand.digest.EscalationTiming;
import dev.deskhand.digest.OpenEscalation;
import dev.deskhand.digest.PreviousDigest;
import dev.deskhand.digest.gaps.SearchGap;
import dev.deskhand.digest.posting.SlotClaim;
import dev.deskhand.escalation.Severity;
import dev.deskhand.escalation.sla.SlaPolicy;
import dev.deskhand.escalation.sla.SlaTargets;
import dev.deskhand.store.DigestTestDatabase.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JdbcDigestSourceTest {

    static final Instant NOW = Instant.parse("2025-06-10T07:00:00Z");
    static final Set<String> BILLING = Set.of("billing");

    static SlaPolicy sla() {
        return new SlaPolicy(Map.of(
                Severity.P1, new SlaTargets(ofMinutes(15), ofHours(4), false),
                Severity.P2, new SlaTargets(ofHours(1), ofHours(8), false),
                Severity.P3, new SlaTargets(ofHours(4), ofDays(3), false),
                Severity.P4, new SlaTargets(ofDays(1), ofDays(10), false)), Map.of(), null, Duration.ZERO,
                Duration.ZERO);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void readsOpenEscalationsWithTheirSlaDeadlinesAndPeriodFigures(Kind kind) throws Exception {
        try (DigestTestDatabase db = DigestTestDatabase.create(kind)) {
            DigestSeed seed = new DigestSeed(db.dataSource());
            seed.escalation(1, "billing", "P1", ago(ofMinutes(30)), null, null, null);
            seed.escalation(2, "billing", "P2", ago(ofHours(3)), ago(ofHours(2)), null, "U_ANA");
            seed.escalation(3, "technical", "P3", ago(ofHours(1)), null, null, null);
            seed.escalation(10, "billing", "P2", ago(ofHours(20)), ago(ofHours(20)).plus(ofMinutes(10)),
                    ago(ofHours(18)), "U_ANA");
            seed.escalation(11, "billing", "P3", ago(ofHours(10)), ago(ofHours(10)).plus(ofMinutes(30)),
                    ago(ofHours(9)), "U_BO");
            seed.escalation(12, "billing", "P3", ago(ofDays(3)), ago(ofDays(3)).plus(ofHours(1)), ago(ofDays(2)),
                    "U_BO");
            DigestSource source = new JdbcDigestSource(db.dataSource(), new JdbcEscalationStore(db.dataSource()),
                    sla());

            assertEquals(new OpenEscalation("ESC-1", "billing", "P1", "Customer problem 1", ago(ofMinutes(30)),
                    Optional.empty(), Optional.of(ago(ofMinutes(15))), Optional.of(NOW.plus(ofMinutes(210))),
                    Optional.of(new CardRef("CTEAM", "1700000000.001")), Optional.of("T-1")), source.openEscalations(BILLING).get(1));
            assertEquals(new OpenEscalation("ESC-2", "billing", "P2", "Customer problem 2", ago(ofHours(3)),
                    Optional.of("U_ANA"), Optional.empty(), Optional.of(NOW.plus(ofHours(5))),
                    Optional.of(new CardRef("CTEAM", "1700000000.002")), Optional.of("T-1")), source.openEscalations(BILLING).get(0));
            assertEquals(3, source.openEscalations(Set.of()).size());
            assertEquals(List.of(
                    new EscalationTiming("ESC-10", ago(ofHours(20)), ago(ofHours(20)).plus(ofMinutes(10))),
                    new EscalationTiming("ESC-11", ago(ofHours(10)), ago(ofHours(10)).plus(ofMinutes(30))),
                    new EscalationTiming("ESC-2", ago(ofHours(3)), ago(ofHours(2)))),
                    source.acknowledgedBetween(BILLING, ago(ofHours(24)), NOW));
            assertEquals(List.of("ESC-10", "ESC-11"), source.resolvedBetween(BILLING, ago(ofHours(24)), NOW).stream()
                    .map(EscalationTiming::key).toList());
            assertEquals(4, source.countOpened(BILLING, ago(ofHours(24)), NOW));
            assertEquals(5, source.countOpened(Set.of(), ago(ofHours(24)), NOW));
            assertEquals(2, source.countResolved(BILLING, ago(ofHours(24)), NOW));
            assertEquals(0, source.countResolved(Set.of("technical"), ago(ofHours(24)), NOW));
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void groupsKnowledgeGapsAndFindsThePreviousPostedDigest(Kind kind) throws Exception {
        try (DigestTestDatabase db = DigestTestDatabase.create(kind)) {
            DigestSeed seed = new DigestSeed(db.dataSource());
            seed.search(ago(ofHours(1)), "Refund policy", false);
            seed.search(ago(ofHours(2)), "refund policy ", false);
            seed.search(ago(ofHours(3)), "refund policy", false);
            seed.search(ago(ofHours(4)), "vat invoice", false);
            seed.search(ago(ofHours(5)), "vat invoice", false);
            seed.search(ago(ofHours(6)), "login", true);
            seed.search(ago(ofHours(30)), "older than the period", false);
            seed.feedback(ago(ofHours(1)), "billing/refunds", false);
            seed.feedback(ago(ofHours(2)), "billing/refunds", false);
            seed.feedback(ago(ofHours(3)), "account/2fa", false);
            seed.feedback(ago(ofHours(4)), "account/2fa", true);
            seed.belowBarFeedback(ago(ofHours(1)), "Money back?", "billing/refunds", true);
            seed.belowBarFeedback(ago(ofHours(2)), "money back?", "billing/refunds", true);
            seed.belowBarFeedback(ago(ofHours(3)), "money back?", "billing/vat", false);
            seed.belowBarFeedback(ago(ofHours(4)), "lost parcel", "shipping/lost", true);
            seed.belowBarFeedback(ago(ofHours(30)), "old question", "shipping/lost", true);
            JdbcDigestSlots slots = new JdbcDigestSlots(db.dataSource());
            SlotClaim yesterday = slots.claim("CLEADS", ago(ofDays(1)), false, "a", ago(ofDays(1))).orElseThrow();
            slots.recordPosted(yesterday, "1.2", ago(ofDays(1)), Map.of("P1", 2, "P2", 0));
            slots.claim("CLEADS", ago(ofDays(2)), false, "a", ago(ofDays(2)));
            slots.skip("CLEADS", ago(ofHours(12)), "a", ago(ofHours(12)));
            slots.claim("CLEADS", NOW, false, "a", NOW);
            DigestSource source = new JdbcDigestSource(db.dataSource(), new JdbcEscalationStore(db.dataSource()),
                    sla());

            assertEquals(List.of(new SearchGap("refund policy", 3), new SearchGap("vat invoice", 2)),
                    source.unansweredSearches(ago(ofHours(24)), NOW, 5));
            assertEquals(List.of(new SearchGap("refund policy", 3)), source.unansweredSearches(ago(ofHours(24)), NOW, 1));
            assertEquals(List.of(new ArticleCount("billing/refunds", 2), new ArticleCount("account/2fa", 1)),
                    source.unhelpfulArticles(ago(ofHours(24)), NOW, 5));
            assertEquals(List.of(new BelowBarAnswer("money back?", "billing/refunds", 2),
                    new BelowBarAnswer("lost parcel", "shipping/lost", 1)),
                    source.helpfulBelowBar(ago(ofHours(24)), NOW, 5));
            assertEquals(Optional.of(new PreviousDigest(ago(ofDays(1)), Map.of("P1", 2, "P2", 0))),
                    source.previousDigest("CLEADS", NOW));
            assertEquals(Optional.empty(), source.previousDigest("CLEADS", ago(ofDays(1))));
            assertEquals(Optional.empty(), source.previousDigest("COTHER", NOW));
        }
    }

    static Instant ago(Duration duration) {
        return NOW.minus(duration);
    }
}
