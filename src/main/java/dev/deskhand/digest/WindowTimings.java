package dev.deskhand.digest;

import java.time.Duration;

/**
 * Time to acknowledge and time to resolve over a window ending now, beside the same statistics for the window
 * just before it. An escalation counts in the window in which it was acknowledged (or resolved).
 */
public record WindowTimings(Duration window, DurationStats acknowledge, DurationStats previousAcknowledge,
                            DurationStats resolve, DurationStats previousResolve) {
}
