package dev.deskhand.digest;

import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An escalation that is not resolved yet, as the digest needs it.
 *
 * @param key           the human key, e.g. {@code ESC-42}
 * @param acknowledgeBy the acknowledgement deadline, present only while an acknowledgement is still owed
 * @param resolveBy     the resolution deadline, if the escalation has one
 * @param ticket        the helpdesk ticket it is about, as entered
 */
public record OpenEscalation(String key, String team, String severity, String title, Instant openedAt,
                             Optional<String> assignee, Optional<Instant> acknowledgeBy, Optional<Instant> resolveBy,
                             Optional<CardRef> card, Optional<String> ticket) {

    public OpenEscalation(String key, String team, String severity, String title, Instant openedAt,
                          Optional<String> assignee, Optional<Instant> acknowledgeBy, Optional<Instant> resolveBy,
                          Optional<CardRef> card) {
        this(key, team, severity, title, openedAt, assignee, acknowledgeBy, resolveBy, card, Optional.empty());
    }

    /** The earliest deadline still pending. */
    public Optional<Instant> nextDeadline() {
        return Stream.of(acknowledgeBy, resolveBy).flatMap(Optional::stream).min(Instant::compareTo);
    }
}
