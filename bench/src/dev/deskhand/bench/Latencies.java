package dev.deskhand.bench;

import java.util.Arrays;

/** Recorded latencies in nanoseconds; percentiles by nearest rank over the sorted values. */
final class Latencies {

    private long[] values = new long[1024];
    private int size;

    synchronized void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    synchronized void addAll(Latencies other) {
        long[] theirs;
        synchronized (other) {
            theirs = Arrays.copyOf(other.values, other.size);
        }
        for (long v : theirs) {
            add(v);
        }
    }

    synchronized int count() {
        return size;
    }

    /** The p-th percentile (0 < p <= 100) in milliseconds, or NaN when nothing was recorded. */
    synchronized double millis(double p) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1e6;
    }

    /** The mean in milliseconds, or NaN when nothing was recorded. */
    synchronized double meanMillis() {
        if (size == 0) {
            return Double.NaN;
        }
        long sum = 0;
        for (int i = 0; i < size; i++) {
            sum += values[i];
        }
        return sum / 1e6 / size;
    }

    synchronized double maxMillis() {
        return millis(100);
    }

    /** "p50 1.23 / p95 4.56 / p99 7.89 ms" for the console. */
    String summary() {
        return String.format("p50 %.2f / p95 %.2f / p99 %.2f / max %.2f ms (n=%d)",
                millis(50), millis(95), millis(99), maxMillis(), count());
    }
}
