package dev.deskhand.playground;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Real time plus an offset the page can move forward, so a demo can show SLA warnings and breaches without
 * waiting hours. Only the playground builds one; a Slack-connected Deskhand always runs on the system clock.
 */
public final class PlaygroundClock extends Clock {

    /** The furthest the page may move time, so a slip of the finger cannot jump years. */
    static final Duration MAX_OFFSET = Duration.ofDays(30);

    private final Clock base;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public PlaygroundClock(Clock base) {
        this.base = base;
    }

    /** Moves time forward (or back, but never before real time) by {@code amount}, within {@link #MAX_OFFSET}. */
    Duration advance(Duration amount) {
        return offset.updateAndGet(current -> {
            Duration next = current.plus(amount);
            if (next.isNegative()) {
                return Duration.ZERO;
            }
            return next.compareTo(MAX_OFFSET) > 0 ? MAX_OFFSET : next;
        });
    }

    /** Back to real time. */
    void reset() {
        offset.set(Duration.ZERO);
    }

    Duration offset() {
        return offset.get();
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("Deskhand converts zones explicitly");
    }
}
