package dev.deskhand.config;

import dev.deskhand.escalation.EscalationSettings;
import java.util.Objects;

/** Everything read from {@code deskhand.yml}, validated. */
public record Settings(EscalationSettings escalations, DigestSettings digests) {
    public Settings {
        Objects.requireNonNull(escalations, "escalations");
        Objects.requireNonNull(digests, "digests");
    }
}
