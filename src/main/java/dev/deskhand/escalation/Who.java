package dev.deskhand.escalation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who may resolve or reassign one escalation: its claimer, its requester, its team's leads (user or user-group
 * mentions from settings) and any user groups configured for the action. Refusals carry it so the reader learns whom
 * to ask.
 *
 * @param claimer   the assignee, when someone holds it
 * @param requester who escalated it, when known
 * @param leads     the team's {@code leads:} as configured ({@code <@U…>} or {@code <!subteam^S…>})
 * @param groups    user group ids ({@code S…}) from {@code permissions:}
 */
public record Who(Optional<String> claimer, Optional<String> requester, List<String> leads, List<String> groups) {

    private static final Pattern GROUP_MENTION = Pattern.compile("<!subteam\\^([A-Z0-9]+)(?:\\|[^>]*)?>");

    public Who {
        leads = List.copyOf(leads);
        groups = List.copyOf(groups);
    }

    /** Every one of them as a Slack mention, each once, in the order above. */
    public List<String> mentions() {
        List<String> all = new ArrayList<>();
        claimer.map(u -> "<@" + u + ">").ifPresent(all::add);
        requester.map(u -> "<@" + u + ">").filter(m -> !all.contains(m)).ifPresent(all::add);
        leads.stream().filter(m -> !all.contains(m)).forEach(all::add);
        groups.stream().map(g -> "<!subteam^" + g + ">").filter(m -> !all.contains(m)).forEach(all::add);
        return all;
    }

    /** Whether {@code actor} is one of them. */
    boolean includes(Actor actor) {
        if (claimer.filter(actor.userId()::equals).isPresent() || requester.filter(actor.userId()::equals).isPresent()) {
            return true;
        }
        for (String lead : leads) {
            if (lead.equals("<@" + actor.userId() + ">") || groupId(lead).filter(actor.userGroups()::contains)
                    .isPresent()) {
                return true;
            }
        }
        return groups.stream().anyMatch(actor.userGroups()::contains);
    }

    /** The group id in a {@code <!subteam^S…>} mention. */
    static Optional<String> groupId(String mention) {
        Matcher m = GROUP_MENTION.matcher(mention);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
