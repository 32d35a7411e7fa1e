/**
 * The HTTP side: embedded Jetty, health and readiness endpoints, the per-request correlation id. Knows nothing of
 * Slack or the features; {@code Wiring} hands it servlets and filters.
 */
package dev.deskhand.server;
