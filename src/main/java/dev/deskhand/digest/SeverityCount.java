package dev.deskhand.digest;

import java.util.OptionalInt;

/** Open escalations of one severity and the change since the previous digest (empty when there was none). */
public record SeverityCount(String severity, int open, OptionalInt change) {
}
