package dev.deskhand.slack.text;

import java.time.ZoneId;
import java.util.Objects;

/**
 * Who reads a message: the language to write it in and the time zone to show times in. A person's comes from their
 * Slack profile; a channel's from settings.
 */
public record Reader(Language language, ZoneId zone) {

    public Reader {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(zone, "zone");
    }

    public static Reader of(Language language) {
        return new Reader(language, ZoneId.of("UTC"));
    }
}
