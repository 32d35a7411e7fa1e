package dev.deskhand.digest.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CatchUpPolicyTest {

    private final DigestSchedule hourly = DigestSchedule.everything("C1", "0 * * * *", "UTC");
    private final CatchUpPolicy policy = CatchUpPolicy.defaults();

    @Test
    void slotJustReachedIsPostedOnTime() {
        CatchUpPlan plan = policy.plan(hourly, Optional.of(at("08:00")), at("09:00:20"));

        assertEquals(Optional.of(new DueSlot(at("09:00"), false)), plan.post());
        assertEquals(List.of(), plan.skipped());
    }

    @Test
    void slotMissedWithinGraceIsPostedLateOnceAndOlderOnesAreSuperseded() {
        // GIVEN the last processed slot was 06:00 and the app was down until 09:30
        CatchUpPlan plan = policy.plan(hourly, Optional.of(at("06:00")), at("09:30"));

        // THEN 09:00 is posted late, 07:00 and 08:00 are skipped (08:00 is within grace but superseded)
        assertEquals(Optional.of(new DueSlot(at("09:00"), true)), plan.post());
        assertEquals(List.of(at("07:00"), at("08:00")), plan.skipped());
        assertEquals(Optional.of(at("09:00")), plan.newestSettled());
    }

    @Test
    void slotMissedByMoreThanGraceIsSkipped() {
        DigestSchedule daily = DigestSchedule.everything("C1", "0 9 * * *", "UTC");

        CatchUpPlan plan = policy.plan(daily, Optional.of(Instant.parse("2025-06-09T09:00:00Z")), at("11:00:01"));

        assertEquals(Optional.empty(), plan.post());
        assertEquals(List.of(at("09:00")), plan.skipped());
        assertEquals(Optional.of(at("09:00")), plan.newestSettled());
    }

    @Test
    void slotExactlyAtGraceIsStillPosted() {
        DigestSchedule daily = DigestSchedule.everything("C1", "0 9 * * *", "UTC");

        CatchUpPlan plan = policy.plan(daily, Optional.empty(), at("11:00"));

        assertEquals(Optional.of(new DueSlot(at("09:00"), true)), plan.post());
    }

    @Test
    void slotAlreadySettledIsNotPlannedAgain() {
        CatchUpPlan plan = policy.plan(hourly, Optional.of(at("09:00")), at("09:40"));

        assertEquals(CatchUpPlan.nothing(), plan);
    }

    @Test
    void newScheduleDoesNotBackfillBeyondGrace() {
        // GIVEN nothing processed yet, at 12:10 with an hourly schedule
        CatchUpPlan plan = policy.plan(hourly, Optional.empty(), at("12:10"));

        // THEN 12:00 is posted late and only 11:00 (also within grace) is skipped; 10:00 and earlier never considered
        assertEquals(Optional.of(new DueSlot(at("12:00"), true)), plan.post());
        assertEquals(List.of(at("11:00")), plan.skipped());
    }

    @Test
    void lateAfterIsConfigurable() {
        CatchUpPolicy strict = new CatchUpPolicy(Duration.ofHours(2), Duration.ofSeconds(10));

        CatchUpPlan plan = strict.plan(hourly, Optional.of(at("08:00")), at("09:00:20"));

        assertEquals(Optional.of(new DueSlot(at("09:00"), true)), plan.post());
    }

    private static Instant at(String time) {
        return Instant.parse("2025-06-10T" + (time.length() == 5 ? time + ":00" : time) + "Z");
    }
}
