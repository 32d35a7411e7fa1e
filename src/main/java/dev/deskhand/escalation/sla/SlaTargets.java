package dev.deskhand.escalation.sla;

import java.time.Duration;
import java.util.Objects;

/**
 * How long acknowledging and resolving may take for one severity (optionally one tier).
 *
 * @param businessHours whether the durations count only working time (when business hours are configured)
 */
public record SlaTargets(Duration acknowledge, Duration resolve, boolean businessHours) {
    public SlaTargets {
        Objects.requireNonNull(acknowledge, "acknowledge");
        Objects.requireNonNull(resolve, "resolve");
        if (acknowledge.isNegative() || acknowledge.isZero() || resolve.isNegative() || resolve.isZero()) {
            throw new IllegalArgumentException("SLA targets must be positive: " + acknowledge + ", " + resolve);
        }
    }
}
