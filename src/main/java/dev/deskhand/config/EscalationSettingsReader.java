package dev.deskhand.config;

import dev.deskhand.escalation.service.EscalationSettings;
import dev.deskhand.escalation.service.ExtraChannels;
import dev.deskhand.escalation.service.Mentions;
import dev.deskhand.escalation.Permissions;
import dev.deskhand.escalation.Severity;
import dev.deskhand.escalation.Team;
import dev.deskhand.escalation.service.Tier;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads {@code teams:}, {@code tiers:}, {@code sla:}, {@code mentions:}, {@code permissions:} and
 * {@code fallback_channel:}.
 */
final class EscalationSettingsReader {
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_-]*");
    private static final Pattern CHANNEL = Pattern.compile("[CG][A-Z0-9]{2,}");
    private static final Pattern USER_GROUP = Pattern.compile("S[A-Z0-9]{2,}");
    private static final Pattern MENTION =
            Pattern.compile("<!subteam\\^S[A-Z0-9]{2,}(\\|[^>]*)?>|<@[UW][A-Z0-9]{2,}>|<!here>|<!channel>");

    private EscalationSettingsReader() {
    }

    static EscalationSettings read(YamlNode root) {
        List<Team> teams = teams(root.get("teams"));
        List<Tier> tiers = tiers(root.get("tiers"));
        Set<String> tierIds = tiers.stream().map(Tier::id).collect(Collectors.toSet());
        return new EscalationSettings(teams, tiers, SlaReader.read(root.get("sla"), tierIds),
                root.optional("mentions").map(node -> mentions(node, tierIds)).orElse(Mentions.none()),
                root.optional("permissions").map(EscalationSettingsReader::permissions).orElse(Permissions.defaults()),
                root.optional("fallback_channel")
                        .map(node -> matching(node, CHANNEL, "a channel id like C0123ABCD")).orElse(null),
                TicketSettingsReader.read(root),
                root.optional("also_post").map(node -> alsoPost(node, tierIds)).orElse(ExtraChannels.none()));
    }

    private static List<Team> teams(YamlNode node) {
        Set<String> seen = new HashSet<>();
        List<Team> teams = node.list().stream().map(team -> {
            team.allowOnly(Set.of("id", "name", "channel", "leads", "language", "zone", "paging"));
            String id = matching(team.get("id"), ID, "a lower-case id like billing");
            if (!seen.add(id)) {
                throw team.error("team " + id + " is defined twice");
            }
            String channel = matching(team.get("channel"), CHANNEL, "a channel id like C0123ABCD");
            Optional<String> language = team.optionalText("language").map(l -> l.strip().toLowerCase(Locale.ROOT));
            if (language.isPresent() && !language.get().equals("en") && !language.get().equals("ko")) {
                throw team.error("team " + id + " has language " + language.get() + "; use en or ko");
            }
            Optional<java.time.ZoneId> zone;
            try {
                zone = team.optionalText("zone").map(z -> java.time.ZoneId.of(z.strip()));
            } catch (java.time.DateTimeException e) {
                throw team.error("team " + id + " has zone " + team.optionalText("zone").orElse("")
                        + "; use an IANA zone like Asia/Seoul or Europe/London");
            }
            return new Team(id, team.optionalText("name").orElse(id), channel, mentionList(team, "leads"), language,
                    zone);
        }).toList();
        if (teams.isEmpty()) {
            throw node.error("at least one team is required");
        }
        return teams;
    }

    private static List<Tier> tiers(YamlNode node) {
        Set<String> seen = new HashSet<>();
        List<Tier> tiers = node.list().stream().map(tier -> {
            tier.allowOnly(Set.of("id", "label"));
            String id = matching(tier.get("id"), ID, "a lower-case id like enterprise");
            if (!seen.add(id)) {
                throw tier.error("tier " + id + " is defined twice");
            }
            return new Tier(id, tier.optionalText("label").orElse(id));
        }).toList();
        if (tiers.isEmpty()) {
            throw node.error("at least one tier is required");
        }
        return tiers;
    }

    private static Mentions mentions(YamlNode node, Set<String> tierIds) {
        node.allowOnly(Set.of("severities", "tiers"));
        Map<Severity, List<String>> bySeverity = new EnumMap<>(Severity.class);
        node.optional("severities").ifPresent(severities -> severities.entries().forEach((name, list) ->
                bySeverity.put(Severity.parse(name).orElseThrow(() -> list.error("not a severity (P1-P4)")),
                        mentionList(list))));
        Map<String, List<String>> byTier = new LinkedHashMap<>();
        node.optional("tiers").ifPresent(tiers -> tiers.entries().forEach((tier, list) -> {
            if (!tierIds.contains(tier)) {
                throw list.error("no tier called " + tier + " is configured under tiers:");
            }
            byTier.put(tier, mentionList(list));
        }));
        return new Mentions(bySeverity, byTier);
    }

    private static ExtraChannels alsoPost(YamlNode node, Set<String> tierIds) {
        node.allowOnly(Set.of("severities", "tiers"));
        Map<Severity, List<String>> bySeverity = new EnumMap<>(Severity.class);
        node.optional("severities").ifPresent(severities -> severities.entries().forEach((name, list) ->
                bySeverity.put(Severity.parse(name).orElseThrow(() -> list.error("not a severity (P1-P4)")),
                        channels(list))));
        Map<String, List<String>> byTier = new LinkedHashMap<>();
        node.optional("tiers").ifPresent(tiers -> tiers.entries().forEach((tier, list) -> {
            if (!tierIds.contains(tier)) {
                throw list.error("no tier called " + tier + " is configured under tiers:");
            }
            byTier.put(tier, channels(list));
        }));
        return new ExtraChannels(bySeverity, byTier);
    }

    private static List<String> channels(YamlNode list) {
        return list.list().stream().map(item -> matching(item, CHANNEL, "a channel id like C0123ABCD")).toList();
    }

    private static Permissions permissions(YamlNode node) {
        node.allowOnly(Set.of("resolve", "reassign", "anyone"));
        boolean anyone = node.bool("anyone", false);
        return new Permissions(groups(node, "resolve"), groups(node, "reassign"), anyone);
    }

    private static List<String> groups(YamlNode node, String field) {
        if (!node.has(field)) {
            return List.of();
        }
        return node.get(field).list().stream()
                .map(group -> matching(group, USER_GROUP, "a user group id like S0123ABCD")).toList();
    }

    private static List<String> mentionList(YamlNode owner, String field) {
        return owner.has(field) ? mentionList(owner.get(field)) : List.of();
    }

    private static List<String> mentionList(YamlNode list) {
        return list.list().stream()
                .map(item -> matching(item, MENTION, "a mention like <!subteam^S0123ABCD> or <@U0123ABCD>"))
                .toList();
    }

    private static String matching(YamlNode node, Pattern pattern, String expected) {
        String text = node.text();
        if (!pattern.matcher(text).matches()) {
            throw node.error("'" + text + "' is not " + expected);
        }
        return text;
    }
}
