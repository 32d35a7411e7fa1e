package dev.deskhand.digest;

import java.time.Duration;
import java.util.List;

/** Open escalations past a deadline, and those whose next deadline falls within {@code horizon}; soonest first. */
public record SlaWatch(List<EscalationLine> breached, List<EscalationLine> dueSoon, Duration horizon) {

    public SlaWatch {
        breached = List.copyOf(breached);
        dueSoon = List.copyOf(dueSoon);
    }
}
