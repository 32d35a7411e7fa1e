package dev.deskhand.digest.schedule;

import java.util.Arrays;
import java.util.Locale;

/** The parts of a digest a channel can turn on or off; the configuration uses the lower-case names. */
public enum DigestSection {
    OPEN_BY_SEVERITY,
    SLA,
    OLDEST,
    THROUGHPUT,
    TIMINGS,
    LOAD,
    KNOWLEDGE_GAPS;

    /** Accepts {@code open_by_severity}, {@code open-by-severity} or the enum name; the message lists what is valid. */
    public static DigestSection parse(String name) {
        String normalized = name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (DigestSection section : values()) {
            if (section.name().equals(normalized)) {
                return section;
            }
        }
        throw new ScheduleException(ScheduleException.Kind.SECTION, name, "unknown digest section '" + name + "'; valid: "
                + Arrays.stream(values()).map(DigestSection::configName).toList(), null);
    }

    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
