package dev.deskhand.owners;

import dev.deskhand.digest.schedule.CronRule;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code owner_digest:} part of {@code deskhand.yml}: whether owners get the weekly DM, when (a unix cron read in
 * an IANA zone) and which Slack users stand behind an {@code owner:} that is not itself a user id (a team handle
 * such as {@code @billing-team}).
 *
 * @param owners owner text as written in front matter, compared without case → Slack user ids
 */
public record OwnerDigestSettings(boolean enabled, CronRule cron, ZoneId zone, Map<String, List<String>> owners) {

    /** Weekly, Monday 09:00. */
    public static final String DEFAULT_CRON = "0 9 * * MON";

    public OwnerDigestSettings {
        Objects.requireNonNull(cron, "cron");
        Objects.requireNonNull(zone, "zone");
        owners = Map.copyOf(owners);
    }

    /** The defaults in {@code zone}, nobody mapped: only owners written as user ids hear anything. */
    public static OwnerDigestSettings defaults(ZoneId zone) {
        return new OwnerDigestSettings(true, CronRule.parse(DEFAULT_CRON), zone, Map.of());
    }
}
