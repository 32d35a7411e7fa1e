/**
 * The digest's Slack surface: {@code /digest preview|subscribe|unsubscribe|help} ({@link
 * dev.deskhand.slack.digest.DigestCommand}), Block Kit rendering within Slack's limits
 * ({@link dev.deskhand.slack.digest.DigestBlocks}), posting and repairing scheduled digests
 * ({@link dev.deskhand.slack.digest.SlackDigestPublisher}) and the terminal preview
 * ({@link dev.deskhand.slack.digest.DigestCli}). Depends on {@code digest} and the Slack SDK; never on JDBC.
 */
package dev.deskhand.slack.digest;
