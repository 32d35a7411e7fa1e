package dev.deskhand.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.deskhand.digest.CatchUpPolicy;
import dev.deskhand.digest.DigestAdmins;
import dev.deskhand.digest.DigestSchedule;
import dev.deskhand.digest.DigestSection;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads the digest part of the parsed {@code deskhand.yml} tree (the rest belongs to {@link SettingsFile}):
 * <pre>
 * admins: [U012ABCDEF]            # optional; nobody named = anyone may manage digests
 * digests:
 *   grace: 2h                     # optional; how late a missed digest may still be posted
 *   late_after: 5m                # optional; later than this a digest says it is late
 *   schedules:
 *     - channel: C0123456789
 *       cron: "0 9 * * MON-FRI"   # unix, 5 fields
 *       zone: Asia/Seoul          # IANA id
 *       teams: [billing, technical]          # optional; omitted = every team
 *       sections: [open_by_severity, sla]    # optional; omitted = every section
 * </pre>
 * Errors are {@link SettingsException}s naming the setting, e.g. {@code digests.schedules[1].zone}.
 */
public final class DigestSettingsParser {

    /** @param root the whole document; absent parts give no schedules, default timings and no named admins */
    public DigestSettings parse(JsonNode root) {
        YamlNode document = new YamlNode(root, "");
        DigestAdmins admins = new DigestAdmins(new LinkedHashSet<>(document.optionalTexts("admins")));
        if (!document.has("digests")) {
            return new DigestSettings(List.of(), CatchUpPolicy.defaults(), admins);
        }
        YamlNode digests = document.get("digests").allowOnly(Set.of("grace", "late_after", "schedules"));
        CatchUpPolicy catchUp = new CatchUpPolicy(
                digests.optional("grace").map(DurationText::parse).orElse(CatchUpPolicy.DEFAULT_GRACE),
                digests.optional("late_after").map(DurationText::parse).orElse(CatchUpPolicy.DEFAULT_LATE_AFTER));
        List<DigestSchedule> schedules = new ArrayList<>();
        Set<String> channels = new HashSet<>();
        for (YamlNode entry : digests.optional("schedules").map(YamlNode::list).orElse(List.of())) {
            DigestSchedule schedule = schedule(entry);
            if (!channels.add(schedule.channelId())) {
                throw new SettingsException(entry.path() + ".channel: " + schedule.channelId()
                        + " has more than one schedule");
            }
            schedules.add(schedule);
        }
        return new DigestSettings(schedules, catchUp, admins);
    }

    private static DigestSchedule schedule(YamlNode entry) {
        entry.allowOnly(Set.of("channel", "cron", "zone", "teams", "sections"));
        Set<DigestSection> sections = EnumSet.allOf(DigestSection.class);
        if (entry.has("sections")) {
            sections = EnumSet.noneOf(DigestSection.class);
            for (YamlNode name : entry.get("sections").list()) {
                sections.add(at(name, () -> DigestSection.parse(name.text())));
            }
        }
        Set<DigestSection> chosen = sections;
        return at(entry, () -> DigestSchedule.of(entry.text("channel"), entry.text("cron"), entry.text("zone"),
                new LinkedHashSet<>(entry.optionalTexts("teams")), chosen));
    }

    private static <T> T at(YamlNode node, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw node.error(e.getMessage());
        }
    }
}
