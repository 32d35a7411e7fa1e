/**
 * What a person's App Home shows, as plain code: their open escalations (claimed and requested), their teams'
 * queues by severity, and the recent knowledge gaps of the articles they own ({@link dev.deskhand.home.HomeQueries}
 * builds a {@link dev.deskhand.home.Home}); who has opened it ({@link dev.deskhand.home.HomeViewers}, the store
 * implements it); and which homes a committed escalation change touches ({@link dev.deskhand.home.WatchedEscalationStore}
 * tells {@link dev.deskhand.home.HomeChanges}).
 *
 * <p>Depends on {@code escalation} and {@code kb} (their values and ports) and the JDK; {@code slack.home} renders and
 * publishes it, {@code store} implements its ports.
 */
package dev.deskhand.home;
