package dev.deskhand.digest.schedule;

/**
 * A digest schedule that cannot be read, and which part: typed, so {@code /digest subscribe} can say it in the
 * reader's language, while the message (English, naming the value) serves logs and {@code deskhand.yml} errors.
 */
public final class ScheduleException extends IllegalArgumentException {

    /** Which rule the value broke. */
    public enum Kind {
        /** The cron expression does not have exactly five fields. */
        CRON_FIELDS,
        /** Five fields, but not valid unix cron. */
        CRON_INVALID,
        /** Not an IANA time zone id. */
        ZONE,
        /** Not one of the digest's sections. */
        SECTION
    }

    private final Kind kind;
    private final String value;

    ScheduleException(Kind kind, String value, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.value = value == null ? "" : value;
    }

    public Kind kind() {
        return kind;
    }

    /** What was given, as given. */
    public String value() {
        return value;
    }

    /** How many fields the cron expression had ({@link Kind#CRON_FIELDS}). */
    public int fieldCount() {
        String trimmed = value.trim();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }
}
