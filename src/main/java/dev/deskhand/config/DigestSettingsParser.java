package dev.deskhand.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.deskhand.digest.schedule.CatchUpPolicy;
import dev.deskhand.digest.schedule.DigestAdmins;
import dev.deskhand.digest.schedule.DigestSchedule;
import dev.deskhand.digest.schedule.DigestSection;
import dev.deskhand.escalation.Team;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
 *       language: ko              # optional: en or ko; omitted = its teams' language when they share one,
 *                                 # else the channel's (a team channel's language:, else DESKHAND_LANGUAGE)
 * </pre>
 * Errors are {@link SettingsException}s naming the setting, e.g. {@code digests.schedules[1].zone}.
 */
public final class DigestSettingsParser {

    /** @param root the whole document; absent parts give no schedules, default timings and no named admins */
    public DigestSettings parse(JsonNode root) {
        return parse(root, List.of());
    }

    /**
     * Like {@link #parse(JsonNode)}, and a schedule without {@code language:} whose teams all set the same
     * {@code language:} is written in it: a digest for the Korean billing team reads Korean in the leads' channel too.
     */
    public DigestSettings parse(JsonNode root, List<Team> teams) {
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
            DigestSchedule schedule = schedule(entry, teams);
            if (!channels.add(schedule.channelId())) {
                throw new SettingsException(entry.path() + ".channel: " + schedule.channelId()
                        + " has more than one schedule");
            }
            schedules.add(schedule);
        }
        return new DigestSettings(schedules, catchUp, admins);
    }

    private static DigestSchedule schedule(YamlNode entry, List<Team> teams) {
        entry.allowOnly(Set.of("channel", "cron", "zone", "teams", "sections", "language"));
        Optional<String> language = entry.optionalText("language").map(l -> l.strip().toLowerCase(Locale.ROOT));
        if (language.isPresent() && !language.get().equals("en") && !language.get().equals("ko")) {
            throw entry.error("language " + language.get() + " is not one Deskhand speaks; use en or ko");
        }
        Set<DigestSection> sections = EnumSet.allOf(DigestSection.class);
        if (entry.has("sections")) {
            sections = EnumSet.noneOf(DigestSection.class);
            for (YamlNode name : entry.get("sections").list()) {
                sections.add(at(name, () -> DigestSection.parse(name.text())));
            }
        }
        Set<DigestSection> chosen = sections;
        DigestSchedule schedule = at(entry, () -> DigestSchedule.of(entry.text("channel"), entry.text("cron"),
                entry.text("zone"), new LinkedHashSet<>(entry.optionalTexts("teams")), chosen));
        return schedule.withLanguage(language.or(() -> teamsLanguage(schedule.teams(), teams)));
    }

    /** The one language every covered team sets; empty for all teams, a mix, or a team in the default. */
    private static Optional<String> teamsLanguage(Set<String> covered, List<Team> teams) {
        if (covered.isEmpty()) {
            return Optional.empty();
        }
        Set<Optional<String>> languages = new HashSet<>();
        for (String id : covered) {
            languages.add(teams.stream().filter(t -> t.id().equals(id)).findFirst().flatMap(Team::language));
        }
        return languages.size() == 1 ? languages.iterator().next() : Optional.empty();
    }

    private static <T> T at(YamlNode node, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw node.error(e.getMessage());
        }
    }
}
