package dev.deskhand.kb.importing;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reading the API sources' JSON the same way: a blank or null field is absent, a bad timestamp is no date. */
final class JsonFields {

    private JsonFields() {
    }

    static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() && !value.asText().isBlank()
                ? Optional.of(value.asText()) : Optional.empty();
    }

    static Optional<LocalDate> date(String timestamp) {
        try {
            return Optional.of(Instant.parse(timestamp).atZone(ZoneOffset.UTC).toLocalDate());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
