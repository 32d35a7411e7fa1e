package dev.deskhand.escalation.service;

import dev.deskhand.escalation.Lifecycle;
import dev.deskhand.escalation.Permissions;
import dev.deskhand.escalation.Team;
import dev.deskhand.escalation.sla.SlaPolicy;
import dev.deskhand.tickets.TicketLinks;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything escalations need from {@code deskhand.yml}: teams (routing), tiers, SLA policy, mentions and
 * permissions. The first tier is the default when a requester does not pick one.
 *
 * @param fallbackChannel where a card goes when its team's channel is gone or closed to the app; {@code null}: the
 *                        requester is told what to fix instead
 * @param tickets         where ticket ids in escalations link to ({@code tickets:})
 * @param alsoPost        channels that also hear about new escalations of some severity or tier ({@code also_post:})
 */
public record EscalationSettings(List<Team> teams, List<Tier> tiers, SlaPolicy sla, Mentions mentions,
                                 Permissions permissions, String fallbackChannel, TicketLinks tickets,
                                 ExtraChannels alsoPost) {

    public EscalationSettings(List<Team> teams, List<Tier> tiers, SlaPolicy sla, Mentions mentions,
                              Permissions permissions, String fallbackChannel, TicketLinks tickets) {
        this(teams, tiers, sla, mentions, permissions, fallbackChannel, tickets, ExtraChannels.none());
    }

    public EscalationSettings(List<Team> teams, List<Tier> tiers, SlaPolicy sla, Mentions mentions,
                              Permissions permissions) {
        this(teams, tiers, sla, mentions, permissions, null, TicketLinks.none());
    }

    public EscalationSettings(List<Team> teams, List<Tier> tiers, SlaPolicy sla, Mentions mentions,
                              Permissions permissions, String fallbackChannel) {
        this(teams, tiers, sla, mentions, permissions, fallbackChannel, TicketLinks.none());
    }

    public EscalationSettings {
        teams = List.copyOf(teams);
        tiers = List.copyOf(tiers);
        Objects.requireNonNull(sla, "sla");
        mentions = Objects.requireNonNullElse(mentions, Mentions.none());
        permissions = Objects.requireNonNullElse(permissions, Permissions.defaults());
        tickets = Objects.requireNonNullElse(tickets, TicketLinks.none());
        alsoPost = Objects.requireNonNullElse(alsoPost, ExtraChannels.none());
        if (teams.isEmpty()) {
            throw new IllegalArgumentException("at least one team is required");
        }
        if (tiers.isEmpty()) {
            throw new IllegalArgumentException("at least one tier is required");
        }
    }

    /** The team with this id. */
    public Optional<Team> team(String id) {
        return teams.stream().filter(team -> team.id().equals(id)).findFirst();
    }

    /** The tier with this id. */
    public Optional<Tier> tier(String id) {
        return tiers.stream().filter(tier -> tier.id().equals(id)).findFirst();
    }

    /** The tier used when none is given (the first configured). */
    public Tier defaultTier() {
        return tiers.get(0);
    }

    /** All team ids. */
    public Set<String> teamIds() {
        return teams.stream().map(Team::id).collect(Collectors.toUnmodifiableSet());
    }

    /** The state machine with these permissions and teams. */
    public Lifecycle lifecycle() {
        return new Lifecycle(permissions, teams);
    }
}
