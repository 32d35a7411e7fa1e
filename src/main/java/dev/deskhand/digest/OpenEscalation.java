package dev.deskhand.digest;

import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An escalation that is not resolved yet, as the digest needs it.
 *
 * @param acknowledgeBy the SLA deadline for the first acknowledgement (claim), if the severity has one
 * @param resolveBy     the SLA deadline for resolution, if the severity has one
 */
public record OpenEscalation(long id, String team, String severity, String title, Instant openedAt,
                             Optional<Instant> acknowledgedAt, Optional<String> assignee,
                             Optional<Instant> acknowledgeBy, Optional<Instant> resolveBy, Optional<CardRef> card) {

    /** The earliest deadline still pending: acknowledgement until acknowledged, and resolution. */
    public Optional<Instant> nextDeadline() {
        Optional<Instant> pendingAcknowledge = acknowledgedAt.isPresent() ? Optional.empty() : acknowledgeBy;
        return Stream.of(pendingAcknowledge, resolveBy).flatMap(Optional::stream).min(Instant::compareTo);
    }
}
