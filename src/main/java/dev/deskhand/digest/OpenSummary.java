package dev.deskhand.digest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** Open escalations by severity (most severe first), in total, and the changes since the previous digest. */
public record OpenSummary(List<SeverityCount> bySeverity, int total, OptionalInt totalChange) {

    public OpenSummary {
        bySeverity = List.copyOf(bySeverity);
    }

    /** What the next digest compares against. */
    public Map<String, Integer> snapshot() {
        Map<String, Integer> snapshot = new LinkedHashMap<>();
        bySeverity.forEach(count -> snapshot.put(count.severity(), count.open()));
        return snapshot;
    }
}
