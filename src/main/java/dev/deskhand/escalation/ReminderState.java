package dev.deskhand.escalation;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The reminders already sent for an escalation since its SLA clocks last started, as stored. */
public record ReminderState(List<Sent> sent) {
    public ReminderState {
        sent = List.copyOf(sent == null ? List.of() : sent);
    }

    /** Nothing sent yet. */
    public static ReminderState none() {
        return new ReminderState(List.of());
    }

    /** One sent reminder. */
    public record Sent(ReminderKind kind, int sequence, Instant sentAt) {
    }

    public boolean has(ReminderKind kind) {
        return sent.stream().anyMatch(s -> s.kind() == kind);
    }

    /** The latest of the given kinds, by sequence then time. */
    public Optional<Sent> latest(ReminderKind... kinds) {
        List<ReminderKind> wanted = List.of(kinds);
        return sent.stream()
                .filter(s -> wanted.contains(s.kind()))
                .max(Comparator.comparing(Sent::sentAt).thenComparingInt(Sent::sequence));
    }
}
