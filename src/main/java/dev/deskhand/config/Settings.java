package dev.deskhand.config;

import dev.deskhand.escalation.service.EscalationSettings;
import dev.deskhand.paging.PagingSettings;
import java.util.Objects;

/** Everything read from {@code deskhand.yml}, validated. */
public record Settings(EscalationSettings escalations, DigestSettings digests, PagingSettings paging) {
    public Settings {
        Objects.requireNonNull(escalations, "escalations");
        Objects.requireNonNull(digests, "digests");
        paging = Objects.requireNonNullElse(paging, PagingSettings.none());
    }

    /** Settings in which nobody is paged. */
    public Settings(EscalationSettings escalations, DigestSettings digests) {
        this(escalations, digests, PagingSettings.none());
    }
}
