package dev.deskhand.digest;

import java.time.Instant;
import java.util.Map;

/** The last digest posted to a channel: its slot time and how many escalations were open per severity then. */
public record PreviousDigest(Instant at, Map<String, Integer> openBySeverity) {

    public PreviousDigest {
        openBySeverity = Map.copyOf(openBySeverity);
    }
}
