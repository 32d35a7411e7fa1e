/**
 * The digest itself: the {@link dev.deskhand.digest.Digest} model and the numbers in it (open by severity, SLA
 * watch, oldest, throughput, timings, workload), {@link dev.deskhand.digest.DigestBuilder} that computes it, and the
 * read port the numbers come from ({@link dev.deskhand.digest.DigestSource}) with its values.
 *
 * <p>Built from two smaller parts it depends on and that never depend on it: {@code digest.schedule} (when and what
 * a channel's digest is) and {@code digest.gaps} (what the knowledge base failed at). {@code digest.posting} builds
 * on this package; this package never looks at it. Plain Java: JDK, cron-utils and SLF4J only, no Slack, JDBC or
 * Jetty: {@code store} implements the ports, {@code slack.digest} renders and posts the model.
 */
package dev.deskhand.digest;
