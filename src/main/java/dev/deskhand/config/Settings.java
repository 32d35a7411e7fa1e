package dev.deskhand.config;

import dev.deskhand.escalation.EscalationSettings;
import java.util.Objects;

/** Everything read from {@code deskhand.yml}, validated. */
public record Settings(EscalationSettings escalations) {
    public Settings {
        Objects.requireNonNull(escalations, "escalations");
    }
}
