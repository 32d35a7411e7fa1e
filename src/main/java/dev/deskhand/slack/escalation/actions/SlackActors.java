package dev.deskhand.slack.escalation.actions;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.usergroups.users.UsergroupsUsersListResponse;
import dev.deskhand.escalation.Action;
import dev.deskhand.escalation.Actor;
import dev.deskhand.escalation.Permissions;
import dev.deskhand.escalation.Team;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the {@link Actor} for a Slack user: when permissions or team leads name user groups, asks Slack which of
 * them the user is in. If Slack cannot say, the user counts as in none of them (a restricted action is refused, never allowed).
 */
final class SlackActors {
    private static final Logger LOG = LoggerFactory.getLogger(SlackActors.class);

    private final Set<String> groups;

    private final Permissions permissions;

    SlackActors(Permissions permissions, List<Team> teams) {
        this.permissions = permissions;
        this.groups = Set.copyOf(permissions.groupsToCheck(teams));
    }

    /** The user, with the groups that matter for {@code action}: none are looked up for an unrestricted one. */
    Actor actor(String userId, Action action, MethodsClient slack) {
        if (groups.isEmpty() || !permissions.restricts(action)) {
            return Actor.of(userId);
        }
        Set<String> memberOf = new HashSet<>();
        for (String group : groups) {
            try {
                UsergroupsUsersListResponse members = slack.usergroupsUsersList(r -> r.usergroup(group));
                if (members.isOk() && members.getUsers() != null && members.getUsers().contains(userId)) {
                    memberOf.add(group);
                } else if (!members.isOk()) {
                    LOG.warn("usergroups.users.list for {} failed: {}", group, members.getError());
                }
            } catch (IOException | SlackApiException e) {
                LOG.warn("usergroups.users.list for {} failed: {}", group, e.toString());
            }
        }
        return new Actor(userId, memberOf);
    }
}
