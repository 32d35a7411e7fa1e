package dev.deskhand.home;

import dev.deskhand.escalation.Escalation;
import dev.deskhand.escalation.Team;
import java.util.List;

/** A team's unresolved escalations, most severe first, then oldest first. */
public record TeamQueue(Team team, List<Escalation> escalations) {

    public TeamQueue {
        escalations = List.copyOf(escalations);
    }
}
