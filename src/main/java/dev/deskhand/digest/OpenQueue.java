package dev.deskhand.digest;

import dev.deskhand.tickets.TicketLinks;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** The figures a digest derives from the open escalations alone, as of one instant. */
final class OpenQueue {

    private final List<OpenEscalation> open;
    private final Instant now;
    private final TicketLinks tickets;

    OpenQueue(List<OpenEscalation> open, Instant now, TicketLinks tickets) {
        this.open = List.copyOf(open);
        this.now = now;
        this.tickets = tickets;
    }

    /**
     * Counts per severity: the configured severities in their order (even at zero, so a drop to zero shows), then
     * any others seen now or in the previous snapshot, alphabetically.
     */
    OpenSummary summary(List<String> severityOrder, Optional<PreviousDigest> previous) {
        Map<String, Long> counts = open.stream()
                .collect(Collectors.groupingBy(OpenEscalation::severity, Collectors.counting()));
        Set<String> others = new TreeSet<>(counts.keySet());
        previous.ifPresent(p -> others.addAll(p.openBySeverity().keySet()));
        Set<String> severities = new LinkedHashSet<>(severityOrder);
        severities.addAll(others);

        List<SeverityCount> bySeverity = new ArrayList<>();
        for (String severity : severities) {
            int count = counts.getOrDefault(severity, 0L).intValue();
            OptionalInt change = previous.map(p -> OptionalInt.of(count - p.openBySeverity().getOrDefault(severity, 0)))
                    .orElse(OptionalInt.empty());
            bySeverity.add(new SeverityCount(severity, count, change));
        }
        OptionalInt totalChange = previous.map(p -> OptionalInt.of(open.size()
                - p.openBySeverity().values().stream().mapToInt(Integer::intValue).sum())).orElse(OptionalInt.empty());
        return new OpenSummary(bySeverity, open.size(), totalChange);
    }

    /** Breached: next deadline at or before now. Due soon: within {@code horizon} after now. Soonest first. */
    SlaWatch slaWatch(Duration horizon) {
        Instant limit = now.plus(horizon);
        return new SlaWatch(
                lines(e -> !e.nextDeadline().get().isAfter(now)),
                lines(e -> e.nextDeadline().get().isAfter(now) && !e.nextDeadline().get().isAfter(limit)),
                horizon);
    }

    private List<EscalationLine> lines(Predicate<OpenEscalation> onDeadline) {
        return open.stream()
                .filter(e -> e.nextDeadline().isPresent())
                .filter(onDeadline)
                .sorted(Comparator.comparing((OpenEscalation e) -> e.nextDeadline().get())
                        .thenComparing(OpenEscalation::key))
                .map(this::line)
                .toList();
    }

    List<EscalationLine> oldest(int limit) {
        return open.stream()
                .sorted(Comparator.comparing(OpenEscalation::openedAt).thenComparing(OpenEscalation::key))
                .limit(limit)
                .map(this::line)
                .toList();
    }

    Workload workload() {
        Map<String, Integer> held = new LinkedHashMap<>();
        open.forEach(e -> e.assignee().ifPresent(a -> held.merge(a, 1, Integer::sum)));
        List<AssigneeLoad> loads = held.entrySet().stream()
                .map(entry -> new AssigneeLoad(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparingInt(AssigneeLoad::open).reversed().thenComparing(AssigneeLoad::assignee))
                .toList();
        int unclaimed = (int) open.stream().filter(e -> e.assignee().isEmpty()).count();
        return new Workload(loads, unclaimed);
    }

    private EscalationLine line(OpenEscalation e) {
        return new EscalationLine(e.key(), e.team(), e.severity(), e.title(), e.assignee(),
                Duration.between(e.openedAt(), now), e.nextDeadline(), e.card(), e.ticket().map(tickets::ref));
    }
}
