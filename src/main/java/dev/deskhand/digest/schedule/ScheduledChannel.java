package dev.deskhand.digest.schedule;

import java.time.Instant;
import java.util.Optional;

/** A schedule in force and, for a run-time subscription, when it started (earlier slots are never posted). */
public record ScheduledChannel(DigestSchedule schedule, Optional<Instant> since) {
}
