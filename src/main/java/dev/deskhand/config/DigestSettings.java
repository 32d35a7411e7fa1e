package dev.deskhand.config;

import dev.deskhand.digest.schedule.CatchUpPolicy;
import dev.deskhand.digest.schedule.DigestAdmins;
import dev.deskhand.digest.schedule.DigestSchedule;
import java.util.List;
import java.util.Set;

/**
 * The {@code digests:} and {@code admins:} parts of {@code deskhand.yml}: the default schedules (run-time
 * subscriptions stored in the database override them per channel), the catch-up policy and who may change schedules.
 */
public record DigestSettings(List<DigestSchedule> schedules, CatchUpPolicy catchUp, DigestAdmins admins) {

    public DigestSettings {
        schedules = List.copyOf(schedules);
    }

    public static DigestSettings none() {
        return new DigestSettings(List.of(), CatchUpPolicy.defaults(), new DigestAdmins(Set.of()));
    }
}
