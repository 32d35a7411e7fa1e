package dev.deskhand.digest;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** One escalation as a digest lists it; {@code owner} is empty when nobody has claimed it. */
public record EscalationLine(String key, String team, String severity, String title, Optional<String> owner,
                             Duration age, Optional<Instant> dueAt, Optional<CardRef> card) {
}
