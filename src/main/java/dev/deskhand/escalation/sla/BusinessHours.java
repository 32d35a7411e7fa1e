package dev.deskhand.escalation.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** Working hours in one time zone; SLA targets marked as business-hours count only time inside them. */
public record BusinessHours(ZoneId zone, Set<DayOfWeek> days, LocalTime start, LocalTime end) {
    /** Bounds the walk so a misconfiguration can never loop forever (about ten years of days). */
    private static final int MAX_DAYS = 3660;

    public BusinessHours {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (days == null || days.isEmpty()) {
            throw new IllegalArgumentException("business hours need at least one working day");
        }
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("business hours must start before they end: " + start + "-" + end);
        }
        days = Set.copyOf(EnumSet.copyOf(days));
    }

    /** The instant reached after {@code work} of working time has passed, counting from {@code from}. */
    public Instant plus(Instant from, Duration work) {
        if (work.isZero() || work.isNegative()) {
            return from;
        }
        ZonedDateTime cursor = from.atZone(zone);
        Duration remaining = work;
        for (int day = 0; day < MAX_DAYS; day++) {
            ZonedDateTime opens = cursor.with(start);
            ZonedDateTime closes = cursor.with(end);
            if (days.contains(cursor.getDayOfWeek()) && cursor.isBefore(closes)) {
                ZonedDateTime begin = cursor.isBefore(opens) ? opens : cursor;
                Duration available = Duration.between(begin, closes);
                if (remaining.compareTo(available) <= 0) {
                    return begin.plus(remaining).toInstant();
                }
                remaining = remaining.minus(available);
            }
            cursor = cursor.toLocalDate().plusDays(1).atStartOfDay(zone);
        }
        throw new IllegalStateException("no working time found within " + MAX_DAYS + " days of " + from);
    }
}
