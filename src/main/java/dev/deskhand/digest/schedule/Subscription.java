package dev.deskhand.digest.schedule;

import java.time.Instant;
import java.util.Optional;

/**
 * A channel's run-time digest setting: a schedule, or none (unsubscribed). It overrides the configuration file.
 *
 * @param updatedAt when it was set; slots before it are never posted
 */
public record Subscription(String channelId, Optional<DigestSchedule> schedule, String updatedBy, Instant updatedAt) {
}
