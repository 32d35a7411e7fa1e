/**
 * Configuration: environment variables ({@code AppConfig}, the only reader of {@code System.getenv}) and
 * {@code deskhand.yml} ({@link dev.deskhand.config.SettingsFile}), translated at the edge into validated records
 * the features understand. May depend on the feature packages' plain records; nothing here talks to Slack or JDBC.
 */
package dev.deskhand.config;
