package dev.deskhand.config;

/** {@code deskhand.yml} is missing, unreadable or invalid; the message names the file and the setting. */
public final class SettingsException extends RuntimeException {
    public SettingsException(String message) {
        super(message);
    }

    public SettingsException(String message, Throwable cause) {
        super(message, cause);
    }
}
