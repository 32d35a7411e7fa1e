package dev.deskhand.digest;

import static java.time.Duration.ofDays;
import static java.time.Duration.ofHours;
import static java.time.Duration.ofMinutes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deskhand.digest.InMemoryDigestSource.Escalation;
import dev.deskhand.digest.InMemoryDigestSource.Feedback;
import dev.deskhand.digest.InMemoryDigestSource.Search;
import dev.deskhand.digest.gaps.ArticleCount;
import dev.deskhand.digest.gaps.ArticleReview;
import dev.deskhand.digest.gaps.BelowBarAnswer;
import dev.deskhand.digest.gaps.KnowledgeGaps;
import dev.deskhand.digest.gaps.ReviewSource;
import dev.deskhand.digest.gaps.SearchGap;
import dev.deskhand.digest.schedule.DigestSchedule;
import dev.deskhand.digest.schedule.DigestSection;
import dev.deskhand.digest.schedule.DueSlot;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DigestBuilderTest {

    /** 09:00 in Berlin. */
    private static final Instant NOW = Instant.parse("2025-06-10T07:00:00Z");
    private static final List<String> SEVERITIES = List.of("sev1", "sev2", "sev3");

    private final InMemoryDigestSource source = new InMemoryDigestSource();
    private final List<ArticleReview> articles = new ArrayList<>();
    private final ReviewSource reviews = new ReviewSource() {
        @Override
        public List<ArticleReview> articlesPastReview(LocalDate today) {
            return articles.stream().filter(a -> a.reviewBy().isBefore(today))
                    .sorted(java.util.Comparator.comparing(ArticleReview::reviewBy)).toList();
        }

        @Override
        public Optional<String> title(String articleId) {
            return articles.stream().filter(a -> a.articleId().equals(articleId)).map(ArticleReview::title)
                    .findFirst();
        }
    };
    private final DigestSchedule billing = DigestSchedule.of("CLEADS", "0 9 * * *", "Europe/Berlin",
            Set.of("billing"), EnumSet.allOf(DigestSection.class));

    private DigestBuilder builder(Instant now) {
        return new DigestBuilder(source, reviews, Clock.fixed(now, ZoneOffset.UTC), SEVERITIES);
    }

    @BeforeEach
    void seedOneBusyDay() {
        // Open escalations of the covered team.
        open(1, "sev1", ago(ofMinutes(30)), null, null, ago(ofMinutes(10)), null);        // acknowledgement breached
        open(2, "sev2", ago(ofDays(9)), ofMinutes(15), "U_ANA", null, NOW.plus(ofHours(2)));
        open(3, "sev2", ago(ofDays(8)), ofMinutes(45), "U_ANA", null, NOW.plus(ofHours(5)));
        open(4, "sev3", ago(ofDays(1)), null, null, null, null);
        open(5, "sev2", ago(ofDays(12)), ofMinutes(120), "U_BO", null, ago(ofHours(1)));  // resolution breached
        open(6, "sev3", ago(ofHours(6)), null, null, null, NOW.plus(ofHours(4)));         // due exactly at horizon
        // Closed in the last 24 hours: acknowledged after 1..10 minutes, resolved after 30..300 minutes.
        for (int i = 1; i <= 10; i++) {
            closed(100 + i, ago(ofHours(20)), ofMinutes(i), ofMinutes(30L * i));
        }
        // Closed in the 24 hours before: 10..40 minutes to acknowledge, 1..4 hours to resolve.
        for (int i = 1; i <= 4; i++) {
            closed(200 + i, ago(ofHours(40)), ofMinutes(10L * i), ofHours(i));
        }
        // Earlier this week: 60..110 minutes to acknowledge, a day to resolve.
        for (int i = 0; i < 6; i++) {
            closed(301 + i, ago(ofDays(5)), ofMinutes(60 + 10L * i), ofDays(1));
        }
        // The week before.
        closed(401, ago(ofDays(10)), ofMinutes(5), ofHours(3));
        // Another team's work is not counted.
        source.escalations.add(new Escalation(900, "technical", "sev1", ago(ofHours(2)), null, null, null, null, null));
        source.escalations.add(new Escalation(901, "technical", "sev1", ago(ofHours(3)), ago(ofHours(3)).plusSeconds(1),
                ago(ofHours(2)), "U_ZED", null, null));

        source.digests.add(new PreviousDigest(ago(ofDays(1)), Map.of("sev1", 2, "sev2", 1, "legacy", 1)));
        source.digests.add(new PreviousDigest(ago(ofDays(2)), Map.of("sev1", 9)));

        search("refund policy", 3, false);
        search("vat invoice", 2, false);
        search("reset 2fa", 1, false);
        search("login", 5, true);
        source.searches.add(new Search(ago(ofHours(30)), "before the previous digest", false));
        feedback("billing/refunds", 2, false);
        feedback("account/2fa", 1, false);
        feedback("billing/refunds", 4, true);
        source.feedback.add(new Feedback(ago(ofDays(2)), "account/2fa", false));
        source.feedback.add(new Feedback(ago(ofHours(1)), "billing/refunds", true, "Money back", true));
        source.feedback.add(new Feedback(ago(ofHours(2)), "billing/refunds", true, "money back", true));
        source.feedback.add(new Feedback(ago(ofHours(3)), "billing/vat", false, "money back", true));
        source.feedback.add(new Feedback(ago(ofDays(2)), "billing/vat", true, "vat", true));

        articles.add(new ArticleReview("billing/vat", "VAT invoices", LocalDate.of(2025, 6, 1), Optional.of("U_CAT")));
        articles.add(new ArticleReview("account/2fa", "Two-factor", LocalDate.of(2025, 6, 10), Optional.empty()));
        articles.add(new ArticleReview("billing/refunds", "Refunds", LocalDate.of(2025, 5, 1), Optional.empty()));
    }

    @Test
    void timingsHaveExactNearestRankMediansAndP90sBesideThePreviousPeriod() {
        Timings timings = builder(NOW).build(billing, Optional.empty()).timings();

        assertEquals(new WindowTimings(ofHours(24),
                stats(10, ofMinutes(5), ofMinutes(9)), stats(4, ofMinutes(20), ofMinutes(40)),
                stats(10, ofMinutes(150), ofMinutes(270)), stats(4, ofHours(2), ofHours(4))), timings.day());
        assertEquals(new WindowTimings(ofDays(7),
                stats(20, ofMinutes(10), ofMinutes(90)), stats(4, ofMinutes(15), ofMinutes(120)),
                stats(20, ofMinutes(210), ofDays(1)), stats(1, ofHours(3), ofHours(3))), timings.week());
    }

    @Test
    void openBySeverityShowsChangesSinceThePreviousDigest() {
        Digest digest = builder(NOW).build(billing, Optional.empty());

        assertEquals(new OpenSummary(List.of(
                new SeverityCount("sev1", 1, OptionalInt.of(-1)),
                new SeverityCount("sev2", 3, OptionalInt.of(2)),
                new SeverityCount("sev3", 2, OptionalInt.of(2)),
                new SeverityCount("legacy", 0, OptionalInt.of(-1))), 6, OptionalInt.of(2)), digest.open());
        assertEquals(Optional.of(ago(ofDays(1))), digest.previousDigestAt());
        assertFalse(digest.allClear());
    }

    @Test
    void breachedAndDueWithinFourHoursAreListedSoonestFirst() {
        SlaWatch sla = builder(NOW).build(billing, Optional.empty()).sla();

        assertEquals(List.of("ESC-5", "ESC-1"), sla.breached().stream().map(EscalationLine::key).toList());
        assertEquals(List.of("ESC-2", "ESC-6"), sla.dueSoon().stream().map(EscalationLine::key).toList());
        assertEquals(Optional.of(ago(ofMinutes(10))), sla.breached().get(1).dueAt());
        assertEquals(Optional.of(new CardRef("CTEAM", "1700000000.5")), sla.breached().get(0).card());
    }

    @Test
    void fiveOldestOpenCarryAgeAndOwner() {
        List<EscalationLine> oldest = builder(NOW).build(billing, Optional.empty()).oldest();

        assertEquals(List.of("ESC-5", "ESC-2", "ESC-3", "ESC-4", "ESC-6"),
                oldest.stream().map(EscalationLine::key).toList());
        assertEquals(ofDays(12), oldest.get(0).age());
        assertEquals(Optional.of("U_BO"), oldest.get(0).owner());
        assertEquals(Optional.empty(), oldest.get(3).owner());
    }

    @Test
    void throughputAndLoadCountSinceThePreviousDigest() {
        Digest digest = builder(NOW).build(billing, Optional.empty());

        // Opened since the previous digest (24 h ago, inclusive): 101-110, 1, 4, 6. Resolved: 101-110.
        assertEquals(new Throughput(13, 10), digest.throughput());
        assertEquals(new Workload(List.of(new AssigneeLoad("U_ANA", 2), new AssigneeLoad("U_BO", 1)), 3),
                digest.load());
    }

    @Test
    void knowledgeGapsCountSinceThePreviousDigest() {
        KnowledgeGaps gaps = builder(NOW).build(billing, Optional.empty()).gaps();

        assertEquals(List.of(new SearchGap("refund policy", 3), new SearchGap("vat invoice", 2),
                new SearchGap("reset 2fa", 1)), gaps.unanswered());
        // Titles come from the articles as they are now; the tables only know ids.
        assertEquals(List.of(new ArticleCount("billing/refunds", 2, Optional.of("Refunds")),
                new ArticleCount("account/2fa", 1, Optional.of("Two-factor"))), gaps.notHelpful());
        assertEquals(List.of(new BelowBarAnswer("money back", "billing/refunds", 2, Optional.of("Refunds"))),
                gaps.belowBar());
        assertEquals(List.of("billing/refunds", "billing/vat"),
                gaps.pastReview().stream().map(ArticleReview::articleId).toList());
    }

    @Test
    void scheduledDigestComparesWithTheDigestBeforeItsSlotAndKeepsTheLateMark() {
        // GIVEN a digest already claimed for today's slot is in the store too
        source.digests.add(new PreviousDigest(NOW, Map.of("sev1", 50)));
        DueSlot slot = new DueSlot(NOW.minus(ofMinutes(40)), true);

        Digest digest = builder(NOW).build(billing, Optional.of(slot));

        assertEquals(Optional.of(ago(ofDays(1))), digest.previousDigestAt());
        assertTrue(digest.late());
        assertEquals(OptionalInt.of(2), digest.open().totalChange());
    }

    @Test
    void withoutAPreviousDigestChangesAreUnknownAndSinceIs24HoursBack() {
        source.digests.clear();

        Digest digest = builder(NOW).build(billing, Optional.empty());

        assertEquals(OptionalInt.empty(), digest.open().totalChange());
        assertEquals(new SeverityCount("sev1", 1, OptionalInt.empty()), digest.open().bySeverity().get(0));
        assertEquals(ago(ofHours(24)), digest.since());
        assertEquals(List.of("sev1", "sev2", "sev3"),
                digest.open().bySeverity().stream().map(SeverityCount::severity).toList());
    }

    @Test
    void quietMorningIsAllClearButStillCarriesTheKnowledgeGaps() {
        source.escalations.removeIf(e -> e.resolvedAt() == null);

        Digest digest = builder(NOW).build(billing, Optional.empty());

        assertTrue(digest.allClear());
        assertEquals(new SearchGap("refund policy", 3), digest.gaps().unanswered().get(0));
        assertEquals(new Throughput(10, 10), digest.throughput());
    }

    @Test
    void sectionsTurnedOffAreNotComputed() {
        DigestSchedule openOnly = DigestSchedule.of("CLEADS", "0 9 * * *", "Europe/Berlin", Set.of("billing"),
                EnumSet.of(DigestSection.OPEN_BY_SEVERITY));

        Digest digest = builder(NOW).build(openOnly, Optional.empty());

        assertEquals(new Throughput(0, 0), digest.throughput());
        assertEquals(KnowledgeGaps.none(), digest.gaps());
        assertEquals(0, digest.timings().week().acknowledge().count());
        assertEquals(6, digest.open().total());
    }

    @Test
    void reviewDatesAreJudgedByTheChannelsLocalDate() {
        // GIVEN 23:30 UTC on 9 June is already 10 June in Berlin
        articles.clear();
        articles.add(new ArticleReview("billing/vat", "VAT invoices", LocalDate.of(2025, 6, 9), Optional.of("U_CAT")));

        KnowledgeGaps gaps = builder(Instant.parse("2025-06-09T23:30:00Z")).build(billing, Optional.empty()).gaps();

        assertEquals(List.of("billing/vat"), gaps.pastReview().stream().map(ArticleReview::articleId).toList());
    }

    private void open(long id, String severity, Instant openedAt, Duration toAcknowledge, String assignee,
                      Instant acknowledgeBy, Instant resolveBy) {
        Instant acknowledgedAt = toAcknowledge == null ? null : openedAt.plus(toAcknowledge);
        source.escalations.add(new Escalation(id, "billing", severity, openedAt, acknowledgedAt, null, assignee,
                acknowledgeBy, resolveBy));
    }

    private void closed(long id, Instant openedAt, Duration toAcknowledge, Duration toResolve) {
        source.escalations.add(new Escalation(id, "billing", "sev2", openedAt, openedAt.plus(toAcknowledge),
                openedAt.plus(toResolve), "U_ANA", null, null));
    }

    private void search(String query, int times, boolean answered) {
        for (int i = 0; i < times; i++) {
            source.searches.add(new Search(ago(ofHours(1 + i)), query, answered));
        }
    }

    private void feedback(String articleId, int times, boolean helpful) {
        for (int i = 0; i < times; i++) {
            source.feedback.add(new Feedback(ago(ofHours(2 + i)), articleId, helpful));
        }
    }

    private static DurationStats stats(int count, Duration median, Duration p90) {
        return new DurationStats(count, Optional.of(median), Optional.of(p90));
    }

    private static Instant ago(Duration duration) {
        return NOW.minus(duration);
    }
}
