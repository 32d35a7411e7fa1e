package dev.deskhand.slack.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Messages for one reader: {@code get("kb.results", "query", q, "count", 3)} formats the pattern with ICU, so plurals,
 * numbers and dates ({@code {when, date,M월 d일 (E) HH:mm}}) follow the reader's language and time zone. Arguments
 * are name/value pairs; {@link Instant} and {@link LocalDate} values become dates.
 */
public final class Texts {

    private final Messages messages;
    private final Reader reader;

    Texts(Messages messages, Reader reader) {
        this.messages = messages;
        this.reader = reader;
    }

    public Language language() {
        return reader.language();
    }

    public Reader reader() {
        return reader;
    }

    public String get(String key, Object... nameValuePairs) {
        if (nameValuePairs.length % 2 != 0) {
            throw new IllegalArgumentException("arguments of " + key + " must be name/value pairs");
        }
        Map<String, Object> args = new LinkedHashMap<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            args.put(String.valueOf(nameValuePairs[i]), value(nameValuePairs[i + 1]));
        }
        return messages.format(key, reader.language(), reader.zone(), args);
    }

    /** True when {@code key} exists, for optional lines such as a per-severity hint. */
    public boolean has(String key) {
        return messages.has(key, reader.language());
    }

    private Object value(Object value) {
        if (value instanceof Instant instant) {
            return Date.from(instant);
        }
        if (value instanceof LocalDate day) {
            // A calendar day is shown as that day wherever the reader is: noon in their zone never crosses a date line.
            return Date.from(day.atTime(12, 0).atZone(reader.zone()).toInstant());
        }
        if (value instanceof TemporalAccessor) {
            throw new IllegalArgumentException("pass an Instant or a LocalDate, not " + value.getClass().getSimpleName());
        }
        return value;
    }
}
