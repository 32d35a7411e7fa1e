package dev.deskhand.digest.schedule;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.List;

/**
 * Turns a scheduled wall-clock time into the one instant it is posted at.
 *
 * <ul>
 *   <li>Gap (spring forward, e.g. 02:30 when clocks jump from 02:00 to 03:00): the slot is posted once, at the
 *       first instant after the gap, i.e. the moment of the transition (03:00 new time). Several wall-clock times in
 *       the same gap therefore share that one instant and one digest.</li>
 *   <li>Overlap (fall back, e.g. 02:30 occurring twice): the slot is posted once, at the first occurrence (the
 *       earlier instant); the repeated wall-clock hour produces no second digest.</li>
 * </ul>
 * The mapping never goes backwards as wall-clock time goes forwards, which {@link DigestSchedule} relies on.
 */
final class WallClock {

    private WallClock() {
    }

    static Instant resolve(LocalDateTime wallClock, ZoneId zone) {
        ZoneRules rules = zone.getRules();
        List<ZoneOffset> offsets = rules.getValidOffsets(wallClock);
        if (offsets.isEmpty()) {
            return rules.getTransition(wallClock).getInstant();
        }
        Instant earliest = wallClock.toInstant(offsets.get(0));
        for (ZoneOffset offset : offsets) {
            Instant candidate = wallClock.toInstant(offset);
            if (candidate.isBefore(earliest)) {
                earliest = candidate;
            }
        }
        return earliest;
    }
}
