package dev.deskhand.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.deskhand.digest.CatchUpPolicy;
import dev.deskhand.digest.DigestAdmins;
import dev.deskhand.digest.DigestSchedule;
import dev.deskhand.digest.DigestSection;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads the digest part of the parsed {@code deskhand.yml} tree:
 * <pre>
 * admins: [U012ABCDEF]            # optional; nobody named = anyone may manage digests
 * digests:
 *   grace: 2h                     # optional; 30m, 2h, or ISO-8601 (PT2H)
 *   late_after: 5m                # optional
 *   schedules:
 *     - channel: C0123456789
 *       cron: "0 9 * * MON-FRI"   # unix, 5 fields
 *       zone: Asia/Seoul          # IANA id
 *       teams: [billing, technical]          # optional; omitted = every team
 *       sections: [open_by_severity, sla]    # optional; omitted = every section
 * </pre>
 * Errors name the offending path, e.g. {@code digests.schedules[1].zone}.
 */
public final class DigestSettingsParser {

    /** @param root the whole document; missing parts yield {@link DigestSettings#none()}-like defaults */
    public DigestSettings parse(JsonNode root) {
        DigestAdmins admins = new DigestAdmins(new LinkedHashSet<>(strings(root.path("admins"), "admins")));
        JsonNode digests = root.path("digests");
        CatchUpPolicy catchUp = new CatchUpPolicy(
                duration(digests.path("grace"), "digests.grace", CatchUpPolicy.DEFAULT_GRACE),
                duration(digests.path("late_after"), "digests.late_after", CatchUpPolicy.DEFAULT_LATE_AFTER));
        List<DigestSchedule> schedules = new ArrayList<>();
        JsonNode entries = digests.path("schedules");
        if (!entries.isMissingNode() && !entries.isNull() && !entries.isArray()) {
            throw new IllegalArgumentException("digests.schedules must be a list");
        }
        Set<String> channels = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            DigestSchedule schedule = schedule(entries.get(i), "digests.schedules[" + i + "]");
            if (!channels.add(schedule.channelId())) {
                throw new IllegalArgumentException("digests.schedules[" + i + "].channel: " + schedule.channelId()
                        + " has more than one schedule");
            }
            schedules.add(schedule);
        }
        return new DigestSettings(schedules, catchUp, admins);
    }

    private static DigestSchedule schedule(JsonNode entry, String path) {
        Set<DigestSection> sections = EnumSet.allOf(DigestSection.class);
        if (entry.has("sections")) {
            sections = EnumSet.noneOf(DigestSection.class);
            for (String name : strings(entry.get("sections"), path + ".sections")) {
                sections.add(rethrowAt(path + ".sections", () -> DigestSection.parse(name)));
            }
        }
        Set<DigestSection> chosen = sections;
        return rethrowAt(path, () -> DigestSchedule.of(required(entry, "channel", path), required(entry, "cron", path),
                required(entry, "zone", path), new LinkedHashSet<>(strings(entry.path("teams"), path + ".teams")),
                chosen));
    }

    private static String required(JsonNode entry, String field, String path) {
        JsonNode value = entry.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException(path + "." + field + " is required");
        }
        return value.asText().trim();
    }

    private static List<String> strings(JsonNode node, String path) {
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (node.isTextual()) {
            return List.of(node.asText().split("\\s*,\\s*"));
        }
        if (!node.isArray()) {
            throw new IllegalArgumentException(path + " must be a list");
        }
        List<String> values = new ArrayList<>();
        node.forEach(value -> values.add(value.asText().trim()));
        return values;
    }

    static Duration duration(JsonNode node, String path, Duration fallback) {
        if (node.isMissingNode() || node.isNull()) {
            return fallback;
        }
        String text = node.asText().trim().toLowerCase(Locale.ROOT);
        try {
            if (text.matches("\\d+[smhd]")) {
                long amount = Long.parseLong(text.substring(0, text.length() - 1));
                return switch (text.charAt(text.length() - 1)) {
                    case 's' -> Duration.ofSeconds(amount);
                    case 'm' -> Duration.ofMinutes(amount);
                    case 'h' -> Duration.ofHours(amount);
                    default -> Duration.ofDays(amount);
                };
            }
            return Duration.parse(text.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(path + ": '" + node.asText() + "' is not a duration (e.g. 2h, 30m, PT2H)", e);
        }
    }

    private static <T> T rethrowAt(String path, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(path + ": " + e.getMessage(), e);
        }
    }
}
