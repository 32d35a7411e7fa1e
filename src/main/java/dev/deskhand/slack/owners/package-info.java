/**
 * What article owners see in Slack: the weekly DM ({@link dev.deskhand.slack.owners.OwnerDigestBlocks}, sent and
 * found again by {@link dev.deskhand.slack.owners.SlackOwnerDigestPublisher}), and its "Draft an update" button, form
 * and submission ({@link dev.deskhand.slack.owners.DraftUpdateAction}, {@link dev.deskhand.slack.owners.DraftModal},
 * {@link dev.deskhand.slack.owners.DraftSubmission}), registered by {@link dev.deskhand.slack.owners.OwnersFeature}.
 * Depends on {@code owners}, {@code kb} and the Slack SDK; never on JDBC.
 */
package dev.deskhand.slack.owners;
