/**
 * Feedback that reaches article owners, as plain code: who owns which article ({@link dev.deskhand.owners.OwnerDirectory}
 * maps an article's {@code owner:} to Slack user ids), the weekly summary each owner gets
 * ({@link dev.deskhand.owners.OwnerDigestBuilder} builds an {@link dev.deskhand.owners.OwnerDigest}), the routine that
 * sends it once per slot across replicas ({@link dev.deskhand.owners.OwnerDigestScheduler}, on the digest's slot ledger
 * {@link dev.deskhand.digest.posting.DigestSlots}), and drafts of an article update written next to the knowledge base
 * ({@link dev.deskhand.owners.Drafts}, {@link dev.deskhand.owners.FileDrafts}).
 *
 * <p>Depends on {@code kb}, {@code digest} and {@code home} (their values and ports: the questions near an owner's
 * articles are the App Home's {@link dev.deskhand.home.KnowledgeGapLog}), the JDK and SLF4J. No Slack, no JDBC, no
 * Jetty: {@code store} implements {@link dev.deskhand.owners.ArticleVotes}, {@code slack.owners} renders and sends.
 */
package dev.deskhand.owners;
