package dev.deskhand.slack.digest;

import static java.time.Duration.ofDays;
import static java.time.Duration.ofHours;
import static java.time.Duration.ofMinutes;

import dev.deskhand.digest.gaps.ArticleCount;
import dev.deskhand.digest.gaps.ArticleReview;
import dev.deskhand.digest.AssigneeLoad;
import dev.deskhand.digest.gaps.BelowBarAnswer;
import dev.deskhand.digest.CardRef;
import dev.deskhand.digest.Digest;
import dev.deskhand.digest.schedule.DigestSection;
import dev.deskhand.digest.schedule.DueSlot;
import dev.deskhand.digest.DurationStats;
import dev.deskhand.digest.EscalationLine;
import dev.deskhand.digest.gaps.KnowledgeGaps;
import dev.deskhand.digest.OpenSummary;
import dev.deskhand.digest.gaps.SearchGap;
import dev.deskhand.digest.SeverityCount;
import dev.deskhand.digest.SlaWatch;
import dev.deskhand.digest.Throughput;
import dev.deskhand.digest.Timings;
import dev.deskhand.digest.WindowTimings;
import dev.deskhand.digest.Workload;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** Digests as the builder would produce them, written out so rendering tests do not depend on the numbers code. */
final class DigestFixtures {

    /** 09:00 in Seoul. */
    static final Instant NOW = Instant.parse("2025-06-10T00:00:00Z");
    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private DigestFixtures() {
    }

    static Digest full() {
        return full(List.of(
                line("ESC-5", "P2", "Refund stuck <after> chargeback & dispute review", "U_BO", ofDays(12), ofHours(-1)),
                line("ESC-1", "P1", "Checkout down for EU customers", null, ofMinutes(30), ofMinutes(-10))),
                List.of(line("ESC-2", "P2", "Invoice totals wrong", "U_ANA", ofDays(9), ofHours(2)),
                        line("ESC-6", "P3", "CSV export slow", null, ofHours(6), ofHours(4))));
    }

    static Digest full(List<EscalationLine> breached, List<EscalationLine> dueSoon) {
        List<EscalationLine> oldest = List.of(
                line("ESC-5", "P2", "Refund stuck <after> chargeback & dispute review", "U_BO", ofDays(12), null),
                line("ESC-2", "P2", "Invoice totals wrong", "U_ANA", ofDays(9), null),
                line("ESC-3", "P2", "Coupon not applied", "U_ANA", ofDays(8), null),
                line("ESC-4", "P3", "Address change", null, ofDays(1), null),
                line("ESC-6", "P3", "CSV export slow", null, ofHours(6), null));
        return new Digest("CLEADS", SEOUL, NOW, Optional.of(new DueSlot(NOW, false)),
                Optional.of(NOW.minus(ofDays(1))), NOW.minus(ofDays(1)), Set.of("billing", "technical"),
                EnumSet.allOf(DigestSection.class),
                new OpenSummary(List.of(
                        new SeverityCount("P1", 1, OptionalInt.of(-1)),
                        new SeverityCount("P2", 3, OptionalInt.of(2)),
                        new SeverityCount("P3", 2, OptionalInt.of(2)),
                        new SeverityCount("P4", 0, OptionalInt.of(0))), 6, OptionalInt.of(3)),
                new SlaWatch(breached, dueSoon, ofHours(4)),
                oldest,
                new Throughput(13, 10),
                new Timings(
                        new WindowTimings(ofHours(24), stats(10, ofMinutes(5), ofMinutes(9)),
                                stats(4, ofMinutes(20), ofMinutes(40)), stats(10, ofMinutes(150), ofMinutes(270)),
                                stats(4, ofHours(2), ofHours(4))),
                        new WindowTimings(ofDays(7), stats(20, ofMinutes(10), ofMinutes(90)),
                                stats(4, ofMinutes(15), ofMinutes(120)), stats(20, ofMinutes(210), ofDays(1)),
                                DurationStats.of(List.of()))),
                new Workload(List.of(new AssigneeLoad("U_ANA", 2), new AssigneeLoad("U_BO", 1)), 3),
                gaps());
    }

    static Digest allClear() {
        return new Digest("CLEADS", SEOUL, NOW, Optional.of(new DueSlot(NOW.minus(ofMinutes(40)), true)),
                Optional.of(NOW.minus(ofDays(3))), NOW.minus(ofDays(3)), Set.of(),
                EnumSet.allOf(DigestSection.class),
                new OpenSummary(List.of(new SeverityCount("P1", 0, OptionalInt.of(0))), 0, OptionalInt.of(0)),
                new SlaWatch(List.of(), List.of(), ofHours(4)), List.of(), new Throughput(2, 2),
                new Timings(new WindowTimings(ofHours(24), none(), none(), none(), none()),
                        new WindowTimings(ofDays(7), none(), none(), none(), none())),
                new Workload(List.of(), 0), gaps());
    }

    /** {@code count} breached escalations, one per person, for the block-limit test. */
    static Digest flooded(int count) {
        List<EscalationLine> lines = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            lines.add(line("ESC-" + i, "P2", "A rather long customer problem description number " + i,
                    "U" + i, ofHours(i), ofMinutes(-i)));
        }
        Digest base = full(lines, lines);
        List<AssigneeLoad> load = lines.stream().map(l -> new AssigneeLoad(l.owner().orElseThrow(), 1)).toList();
        return new Digest(base.channelId(), base.zone(), base.generatedAt(), base.slot(), base.previousDigestAt(),
                base.since(), base.teams(), base.sections(), base.open(), base.sla(), base.oldest(),
                base.throughput(), base.timings(), new Workload(load, 0), base.gaps());
    }

    private static KnowledgeGaps gaps() {
        return new KnowledgeGaps(
                List.of(new SearchGap("refund policy", 3), new SearchGap("vat invoice", 2)),
                List.of(new ArticleCount("billing/refunds", 2, Optional.of("Refunds & <returns>"))),
                // An article removed since the votes: its id is all there is to show.
                List.of(new BelowBarAnswer("money back <!here>", "billing/old-refunds", 2)),
                List.of(new ArticleReview("billing/vat", "VAT invoices", LocalDate.of(2025, 6, 1),
                        Optional.of("U_CAT")),
                        new ArticleReview("billing/refunds", "Refunds", LocalDate.of(2025, 5, 1),
                                Optional.of("@billing-team")),
                        new ArticleReview("account/2fa", "Two-factor <setup>", LocalDate.of(2025, 4, 1),
                                Optional.empty())));
    }

    static EscalationLine line(String key, String severity, String title, String owner, Duration age,
                               Duration dueIn) {
        return new EscalationLine(key, "billing", severity, title, Optional.ofNullable(owner), age,
                dueIn == null ? Optional.empty() : Optional.of(NOW.plus(dueIn)),
                Optional.of(new CardRef("CBILLING", "1749513600." + key.substring(4) + "00100")));
    }

    private static DurationStats stats(int count, Duration median, Duration p90) {
        return new DurationStats(count, Optional.of(median), Optional.of(p90));
    }

    private static DurationStats none() {
        return DurationStats.of(List.of());
    }
}
