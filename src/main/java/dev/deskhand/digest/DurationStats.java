package dev.deskhand.digest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Median and 90th percentile of a set of durations, by the nearest-rank method: the p-th percentile of n sorted
 * values is the value at rank {@code ceil(p/100 * n)} (1-based). Both are therefore always durations that really
 * happened; with an even count the median is the lower of the two middle values. Empty when nothing was measured.
 */
public record DurationStats(int count, Optional<Duration> median, Optional<Duration> p90) {

    public static DurationStats of(List<Duration> durations) {
        if (durations.isEmpty()) {
            return new DurationStats(0, Optional.empty(), Optional.empty());
        }
        List<Duration> sorted = new ArrayList<>(durations);
        sorted.sort(null);
        return new DurationStats(sorted.size(), Optional.of(nearestRank(sorted, 50)),
                Optional.of(nearestRank(sorted, 90)));
    }

    private static Duration nearestRank(List<Duration> sorted, int percentile) {
        int rank = (percentile * sorted.size() + 99) / 100;
        return sorted.get(Math.max(rank, 1) - 1);
    }
}
