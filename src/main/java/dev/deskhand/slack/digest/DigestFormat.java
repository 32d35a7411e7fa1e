package dev.deskhand.slack.digest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/** Short, phone-width renderings of times, durations and changes, in the channel's zone. */
final class DigestFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter WEEKDAY_TIME = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("EEE d MMM HH:mm zzz",
            Locale.ENGLISH);

    private final Instant now;
    private final ZoneId zone;

    DigestFormat(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** {@code 08:50} today, {@code Mon 17:00} within a week either way, else {@code 12 Jun 17:00}. */
    String when(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        LocalDate today = now.atZone(zone).toLocalDate();
        long days = Math.abs(local.toLocalDate().toEpochDay() - today.toEpochDay());
        if (days == 0) {
            return TIME.format(local);
        }
        return days < 7 ? WEEKDAY_TIME.format(local) : DATE_TIME.format(local);
    }

    /** {@code Mon 16 Jun 09:00 KST}: a deadline carries its date and zone, whenever it falls. */
    String deadline(Instant at) {
        return DEADLINE.format(at.atZone(zone));
    }

    String day(Instant at) {
        return DAY.format(at.atZone(zone));
    }

    /** {@code Mon 16 Jun 09:00}. */
    String dayTime(Instant at) {
        return DAY.format(at.atZone(zone)) + " " + TIME.format(at.atZone(zone));
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** {@code <1m}, {@code 45m}, {@code 2h 30m}, {@code 3d 4h}. */
    static String duration(Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes < 1) {
            return "<1m";
        }
        if (minutes < 60) {
            return minutes + "m";
        }
        if (minutes < 24 * 60) {
            return minutes / 60 + "h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + "m");
        }
        long hours = minutes / 60;
        return hours / 24 + "d" + (hours % 24 == 0 ? "" : " " + hours % 24 + "h");
    }

    static String duration(Optional<Duration> duration) {
        return duration.map(DigestFormat::duration).orElse("–");
    }

    /** {@code (+2)}, {@code (-1)}, {@code (±0)}; nothing when there was no previous digest. */
    static String change(OptionalInt change) {
        if (change.isEmpty()) {
            return "";
        }
        int value = change.getAsInt();
        return value == 0 ? " (±0)" : value > 0 ? " (+" + value + ")" : " (" + value + ")";
    }
}
