/**
 * Morning digests as plain code: per-channel schedules (cron + IANA zone) and the slots they produce, the
 * catch-up policy after downtime, the digest model and the numbers in it, and the read ports the numbers come from
 * ({@link dev.deskhand.digest.DigestSource}, {@link dev.deskhand.digest.ReviewSource}).
 *
 * <p>May depend on the JDK, cron-utils and SLF4J only. No Slack, no JDBC, no Jetty: {@code store} implements the
 * ports, {@code slack.digest} renders and posts the model.
 */
package dev.deskhand.digest;
