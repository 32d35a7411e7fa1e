package dev.deskhand.digest;

import java.util.List;

/** Open escalations per assignee, heaviest first, and how many nobody holds. */
public record Workload(List<AssigneeLoad> byAssignee, int unclaimed) {

    public Workload {
        byAssignee = List.copyOf(byAssignee);
    }
}
