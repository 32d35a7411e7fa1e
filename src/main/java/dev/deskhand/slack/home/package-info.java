/**
 * The App Home's Slack surface: {@code app_home_opened} publishes a person's home ({@link
 * dev.deskhand.slack.home.HomeFeature} registers one handler per class), its buttons open the escalation form and the
 * knowledge search, and committed escalation changes republish the homes they touch (debounced, only for people who
 * opened theirs). Depends on {@code home}, {@code escalation}, {@code kb} and {@code slack}; only {@code Wiring}
 * depends on it.
 */
package dev.deskhand.slack.home;
