package dev.deskhand.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DurationStatsTest {

    @Test
    void nearestRankOfOneToTenMinutesIsFiveAndNine() {
        List<Duration> minutes = IntStream.rangeClosed(1, 10).map(i -> 11 - i).mapToObj(Duration::ofMinutes).toList();

        DurationStats stats = DurationStats.of(minutes);

        assertEquals(new DurationStats(10, Optional.of(Duration.ofMinutes(5)), Optional.of(Duration.ofMinutes(9))),
                stats);
    }

    @Test
    void evenCountTakesTheLowerMiddleAndSmallSetsTakeTheMaximumForP90() {
        DurationStats stats = DurationStats.of(List.of(Duration.ofMinutes(2), Duration.ofMinutes(1)));

        assertEquals(Optional.of(Duration.ofMinutes(1)), stats.median());
        assertEquals(Optional.of(Duration.ofMinutes(2)), stats.p90());
    }

    @Test
    void singleValueIsBothMedianAndP90() {
        DurationStats stats = DurationStats.of(List.of(Duration.ofSeconds(42)));

        assertEquals(new DurationStats(1, Optional.of(Duration.ofSeconds(42)), Optional.of(Duration.ofSeconds(42))),
                stats);
    }

    @Test
    void nothingMeasuredHasNoFigures() {
        assertEquals(new DurationStats(0, Optional.empty(), Optional.empty()), DurationStats.of(List.of()));
    }
}
