/**
 * The Slack surface: request verification, Bolt wiring and middleware, and, in sub-packages per feature
 * ({@code slack.kb}, {@code slack.escalation}, {@code slack.digest}), one handler class per command, action, view
 * or event plus the Block Kit rendering. The only package that imports {@code com.slack.api}; it depends on the
 * feature packages' plain domain code and ports, never on JDBC.
 */
package dev.deskhand.slack;
