package dev.deskhand.digest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Time to acknowledge and to resolve for the last day and week, each beside the period before it. */
final class TimingFigures {

    static final Duration DAY = Duration.ofHours(24);
    static final Duration WEEK = Duration.ofDays(7);

    private final DigestSource source;

    TimingFigures(DigestSource source) {
        this.source = source;
    }

    Timings compute(Set<String> teams, Instant now) {
        // One read per milestone covers all four windows: the current and previous week.
        Instant from = now.minus(WEEK.multipliedBy(2));
        List<EscalationTiming> acknowledged = source.acknowledgedBetween(teams, from, now);
        List<EscalationTiming> resolved = source.resolvedBetween(teams, from, now);
        return new Timings(window(DAY, acknowledged, resolved, now), window(WEEK, acknowledged, resolved, now));
    }

    private static WindowTimings window(Duration length, List<EscalationTiming> acknowledged,
                                        List<EscalationTiming> resolved, Instant now) {
        Instant start = now.minus(length);
        Instant previousStart = start.minus(length);
        return new WindowTimings(length,
                stats(acknowledged, start, now), stats(acknowledged, previousStart, start),
                stats(resolved, start, now), stats(resolved, previousStart, start));
    }

    private static DurationStats stats(List<EscalationTiming> timings, Instant from, Instant to) {
        return DurationStats.of(timings.stream()
                .filter(t -> !t.reachedAt().isBefore(from) && t.reachedAt().isBefore(to))
                .map(EscalationTiming::elapsed)
                .toList());
    }
}
