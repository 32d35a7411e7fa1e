package dev.deskhand.digest.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * When and what one channel's digest is: a unix cron expression read in an IANA zone, the teams it covers (empty
 * means every team), the sections it shows and the language it is written in ({@code en}, {@code ko}; empty for
 * the channel's default).
 */
public record DigestSchedule(String channelId, CronRule cron, ZoneId zone, Set<String> teams,
                             Set<DigestSection> sections, Optional<String> language) {

    // Wall-clock time can run behind the instant only inside an overlap; no zone has ever repeated more than a day.
    private static final Duration OVERLAP_LOOKBACK = Duration.ofDays(1);

    public DigestSchedule {
        if (channelId == null || channelId.isBlank()) {
            throw new IllegalArgumentException("digest schedule needs a channel id");
        }
        teams = Set.copyOf(teams);
        sections = sections.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(sections));
        language = language == null ? Optional.empty() : language;
    }

    /** A schedule in the channel's default language. */
    public DigestSchedule(String channelId, CronRule cron, ZoneId zone, Set<String> teams,
                          Set<DigestSection> sections) {
        this(channelId, cron, zone, teams, sections, Optional.empty());
    }

    /** The same schedule written in {@code language} (a code such as {@code ko}; empty for the default). */
    public DigestSchedule withLanguage(Optional<String> language) {
        return new DigestSchedule(channelId, cron, zone, teams, sections, language);
    }

    /** Parses the textual parts, e.g. {@code of("C123", "0 9 * * MON-FRI", "Asia/Seoul", Set.of("billing"), ...)}. */
    public static DigestSchedule of(String channelId, String cron, String zone, Set<String> teams,
                                    Set<DigestSection> sections) {
        ZoneId zoneId;
        try {
            zoneId = ZoneId.of(zone);
        } catch (RuntimeException e) {
            throw new ScheduleException(ScheduleException.Kind.ZONE, zone,
                    "time zone '" + zone + "' is not an IANA zone id (e.g. Europe/Berlin)", e);
        }
        return new DigestSchedule(channelId, CronRule.parse(cron), zoneId, teams, sections);
    }

    /** Every section shown, every team covered. */
    public static DigestSchedule everything(String channelId, String cron, String zone) {
        return of(channelId, cron, zone, Set.of(), EnumSet.allOf(DigestSection.class));
    }

    public boolean shows(DigestSection section) {
        return sections.contains(section);
    }

    /**
     * The distinct instants at which this schedule fires in {@code (after, until]}, oldest first. Matching happens
     * on wall-clock time in {@link #zone()}; see {@link WallClock} for what gaps and overlaps become.
     */
    public List<Instant> slotsBetween(Instant after, Instant until) {
        List<Instant> slots = new ArrayList<>();
        LocalDateTime wallClock = LocalDateTime.ofInstant(after, zone).minus(OVERLAP_LOOKBACK);
        while (true) {
            Optional<LocalDateTime> next = cron.nextAfter(wallClock);
            if (next.isEmpty()) {
                return slots;
            }
            Instant slot = WallClock.resolve(next.get(), zone);
            if (slot.isAfter(until)) {
                return slots;
            }
            boolean sameAsPrevious = !slots.isEmpty() && slots.get(slots.size() - 1).equals(slot);
            if (slot.isAfter(after) && !sameAsPrevious) {
                slots.add(slot);
            }
            wallClock = next.get();
        }
    }
}
