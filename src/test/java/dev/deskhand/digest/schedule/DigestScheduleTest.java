package dev.deskhand.digest.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DigestScheduleTest {

    @ParameterizedTest(name = "{0} from {1} to {2}")
    @CsvSource({
            "Europe/Berlin, 2025-03-25, 2025-04-04",     // spring forward 30 March
            "Europe/Berlin, 2025-10-21, 2025-10-31",     // fall back 26 October
            "America/New_York, 2025-03-04, 2025-03-14",  // spring forward 9 March
            "America/New_York, 2025-10-28, 2025-11-07",  // fall back 2 November
    })
    void dailyNineOClockPostsOncePerLocalDayAtNineLocalAcrossDaylightSaving(String zoneName, LocalDate first,
                                                                             LocalDate last) {
        // GIVEN a 09:00 daily schedule
        ZoneId zone = ZoneId.of(zoneName);
        DigestSchedule schedule = DigestSchedule.everything("C1", "0 9 * * *", zoneName);

        // WHEN the slots between the local midnights around a daylight-saving change are listed
        List<Instant> slots = schedule.slotsBetween(first.atStartOfDay(zone).toInstant(),
                last.plusDays(1).atStartOfDay(zone).toInstant());

        // THEN there is one per local day, each at 09:00 local
        List<ZonedDateTime> expected = first.datesUntil(last.plusDays(1))
                .map(day -> day.atTime(9, 0).atZone(zone)).toList();
        assertEquals(expected, slots.stream().map(slot -> slot.atZone(zone)).toList());
    }

    @Test
    void slotInSpringForwardGapPostsOnceAtTheMomentClocksJump() {
        // GIVEN 02:30 every day in Berlin, where 30 March 2025 has no 02:00-03:00
        DigestSchedule schedule = DigestSchedule.everything("C1", "30 2 * * *", "Europe/Berlin");

        // WHEN the slots of 29-31 March are listed
        List<Instant> slots = schedule.slotsBetween(Instant.parse("2025-03-28T23:00:00Z"),
                Instant.parse("2025-03-31T22:00:00Z"));

        // THEN 30 March's slot is at 03:00 CEST (01:00Z), neither skipped nor doubled
        assertEquals(List.of(Instant.parse("2025-03-29T01:30:00Z"), Instant.parse("2025-03-30T01:00:00Z"),
                Instant.parse("2025-03-31T00:30:00Z")), slots);
    }

    @Test
    void slotInFallBackOverlapPostsOnceAtTheFirstOccurrence() {
        // GIVEN 01:30 every day in New York, where 2 November 2025 has 01:00-02:00 twice
        DigestSchedule schedule = DigestSchedule.everything("C1", "30 1 * * *", "America/New_York");

        // WHEN the slots of 1-3 November are listed
        List<Instant> slots = schedule.slotsBetween(Instant.parse("2025-11-01T04:00:00Z"),
                Instant.parse("2025-11-04T05:00:00Z"));

        // THEN 2 November's slot is at 01:30 EDT (05:30Z) only, not again at 01:30 EST (06:30Z)
        assertEquals(List.of(Instant.parse("2025-11-01T05:30:00Z"), Instant.parse("2025-11-02T05:30:00Z"),
                Instant.parse("2025-11-03T06:30:00Z")), slots);
    }

    @Test
    void everyMinuteScheduleCollapsesTheGapIntoOneSlot() {
        // GIVEN every minute in Berlin on the spring-forward night
        DigestSchedule schedule = DigestSchedule.everything("C1", "* * * * *", "Europe/Berlin");

        // WHEN local 00:00 (exclusive) to 04:00 CEST (inclusive) is listed: three real hours
        List<Instant> slots = schedule.slotsBetween(Instant.parse("2025-03-29T23:00:00Z"),
                Instant.parse("2025-03-30T02:00:00Z"));

        // THEN there is exactly one slot per real minute, without duplicates
        assertEquals(180, slots.size());
        assertEquals(180, slots.stream().distinct().count());
        assertEquals(Instant.parse("2025-03-30T01:00:00Z"), slots.get(119));
    }

    @Test
    void fallBackOverlapHourProducesNoSecondRoundOfSlots() {
        // GIVEN hourly at :00 in Berlin on the fall-back night (02:00-03:00 happens twice)
        DigestSchedule schedule = DigestSchedule.everything("C1", "0 * * * *", "Europe/Berlin");

        // WHEN 00:00Z to 03:00Z is listed (02:00 CEST, 02:00 CET, 03:00 CET, 04:00 CET are the candidate instants)
        List<Instant> slots = schedule.slotsBetween(Instant.parse("2025-10-25T23:30:00Z"),
                Instant.parse("2025-10-26T03:00:00Z"));

        // THEN the wall-clock 02:00 is posted once, at its first occurrence
        assertEquals(List.of(Instant.parse("2025-10-26T00:00:00Z"), Instant.parse("2025-10-26T02:00:00Z"),
                Instant.parse("2025-10-26T03:00:00Z")), slots);
    }

    @Test
    void weekdayScheduleSkipsTheWeekendInItsOwnZone() {
        // GIVEN weekdays at 09:00 in Seoul
        DigestSchedule schedule = DigestSchedule.everything("C1", "0 9 * * MON-FRI", "Asia/Seoul");

        // WHEN Friday 14 to Monday 17 November 2025 (Seoul) is listed
        List<Instant> slots = schedule.slotsBetween(Instant.parse("2025-11-13T15:00:00Z"),
                Instant.parse("2025-11-17T15:00:00Z"));

        // THEN Friday and Monday 09:00 KST (00:00Z) are the only slots
        assertEquals(List.of(Instant.parse("2025-11-14T00:00:00Z"), Instant.parse("2025-11-17T00:00:00Z")), slots);
    }

    @Test
    void boundsAreExclusiveThenInclusive() {
        DigestSchedule schedule = DigestSchedule.everything("C1", "0 9 * * *", "UTC");

        List<Instant> slots = schedule.slotsBetween(Instant.parse("2025-01-01T09:00:00Z"),
                Instant.parse("2025-01-02T09:00:00Z"));

        assertEquals(List.of(Instant.parse("2025-01-02T09:00:00Z")), slots);
    }

    @Test
    void invalidCronAndZoneAreRejectedWithTheOffendingValue() {
        IllegalArgumentException badCron = assertThrows(IllegalArgumentException.class,
                () -> DigestSchedule.everything("C1", "0 25 * * *", "UTC"));
        IllegalArgumentException sixFields = assertThrows(IllegalArgumentException.class,
                () -> DigestSchedule.everything("C1", "0 0 9 * * *", "UTC"));
        IllegalArgumentException badZone = assertThrows(IllegalArgumentException.class,
                () -> DigestSchedule.everything("C1", "0 9 * * *", "Mars/Olympus"));

        assertTrue(badCron.getMessage().contains("'0 25 * * *'"), badCron.getMessage());
        assertTrue(sixFields.getMessage().contains("5 fields"), sixFields.getMessage());
        assertTrue(badZone.getMessage().contains("Mars/Olympus"), badZone.getMessage());
    }

    @Test
    void localTimesOfSlotsStayAtNine() {
        DigestSchedule schedule = DigestSchedule.everything("C1", "0 9 * * *", "America/New_York");

        List<Instant> slots = schedule.slotsBetween(Instant.parse("2025-01-01T00:00:00Z"),
                Instant.parse("2026-01-01T00:00:00Z"));

        assertEquals(365, slots.size());
        assertTrue(slots.stream().allMatch(s -> s.atZone(schedule.zone()).toLocalTime().equals(LocalTime.of(9, 0))));
    }
}
