/**
 * When and what one channel's digest is: the unix cron rule read in an IANA zone (with what daylight-saving gaps and
 * overlaps become), the sections a channel shows, the schedules in force (configuration overridden by run-time
 * subscriptions, behind the {@link dev.deskhand.digest.schedule.DigestSubscriptions} port), who may change them,
 * and the catch-up policy that decides which due slot to post after downtime.
 *
 * <p>The bottom of the digest packages: depends on the JDK and cron-utils only, never on {@code digest},
 * {@code digest.gaps} or {@code digest.posting}; all of them, {@code config} and {@code slack.digest} build on it.
 */
package dev.deskhand.digest.schedule;
