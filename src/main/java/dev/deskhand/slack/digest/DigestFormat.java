package dev.deskhand.slack.digest;

import dev.deskhand.slack.text.Texts;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Short, phone-width renderings of times, durations and changes, in the digest's zone and language: the reader of
 * {@code texts} carries both ({@code 08:50}, {@code Mon 17:00} / {@code (월) 17:00}, {@code 12월 5일 (금) 09:00}).
 */
final class DigestFormat {

    private static final DateTimeFormatter ZONE_NAME = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);

    private final Instant now;
    private final Texts texts;

    DigestFormat(Instant now, Texts texts) {
        this.now = now;
        this.texts = texts;
    }

    Texts texts() {
        return texts;
    }

    /**
     * {@code Mon 16 Jun 08:50 KST}: every time in a digest carries its date and zone, as a deadline does; a bare
     * {@code 08:50} read the next morning, or by a colleague in another zone, is a different time.
     */
    String when(Instant at) {
        return deadline(at);
    }

    /**
     * {@code Mon 16 Jun 09:00 KST}: a deadline carries its date and zone, whenever it falls. The zone's short name
     * comes from the JDK, which names it as people do ({@code KST}) where ICU would write {@code GMT+9}.
     */
    String deadline(Instant at) {
        return texts.get("digest.deadline", "when", at, "zone", ZONE_NAME.format(at.atZone(texts.reader().zone())));
    }

    String day(Instant at) {
        return texts.get("digest.day", "when", at);
    }

    /** {@code Mon 16 Jun 09:00}, {@code 6월 16일 (월) 09:00}. */
    String dayTime(Instant at) {
        return texts.get("digest.dayTime", "when", at);
    }

    String date(LocalDate date) {
        return texts.get("digest.date", "day", date);
    }

    /** {@code <1m}, {@code 45m}, {@code 2h 30m}, {@code 3d 4h} (or {@code 2시간 30분}). */
    String duration(Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes < 1) {
            return texts.get("digest.duration.lessThanMinute");
        }
        if (minutes < 60) {
            return texts.get("digest.duration.minutes", "minutes", minutes);
        }
        if (minutes < 24 * 60) {
            return minutes % 60 == 0 ? texts.get("digest.duration.hours", "hours", minutes / 60)
                    : texts.get("digest.duration.hoursMinutes", "hours", minutes / 60, "minutes", minutes % 60);
        }
        long hours = minutes / 60;
        return hours % 24 == 0 ? texts.get("digest.duration.days", "days", hours / 24)
                : texts.get("digest.duration.daysHours", "days", hours / 24, "hours", hours % 24);
    }

    String duration(Optional<Duration> duration) {
        return duration.map(this::duration).orElse("–");
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
