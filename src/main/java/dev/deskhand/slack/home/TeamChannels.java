package dev.deskhand.slack.home;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.users.UsersConversationsResponse;
import com.slack.api.model.Conversation;
import com.slack.api.model.ConversationType;
import dev.deskhand.escalation.Team;
import dev.deskhand.slack.SlackCalls;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which teams a person works in, as the App Home shows their queues: the teams whose channel they are a member of
 * ({@code users.conversations}), and the teams that name them as a lead. Deskhand has no team roster of its own, and
 * a team channel is where a team's people already are.
 */
final class TeamChannels {
    private static final Logger LOG = LoggerFactory.getLogger(TeamChannels.class);
    /** A person in thousands of channels still answers in a few calls; team channels are rarely past the first. */
    static final int MAX_PAGES = 5;

    private final List<Team> teams;
    private final MethodsClient methods;
    private final SlackCalls calls;

    TeamChannels(List<Team> teams, MethodsClient methods, SlackCalls calls) {
        this.teams = List.copyOf(teams);
        this.methods = methods;
        this.calls = calls;
    }

    /** The person's teams; empty when Slack cannot say (then the caller keeps what it remembered). */
    Optional<Set<String>> teamsOf(String userId) {
        Set<String> channels = new LinkedHashSet<>();
        String cursor = null;
        try {
            for (int page = 0; page < MAX_PAGES; page++) {
                String from = cursor;
                UsersConversationsResponse response = calls.call("users.conversations", () -> methods.usersConversations(
                        r -> r.user(userId).types(List.of(ConversationType.PUBLIC_CHANNEL, ConversationType.PRIVATE_CHANNEL))
                                .excludeArchived(true).limit(200).cursor(from)));
                if (response.getChannels() != null) {
                    response.getChannels().stream().map(Conversation::getId).forEach(channels::add);
                }
                cursor = response.getResponseMetadata() == null ? null : response.getResponseMetadata().getNextCursor();
                if (cursor == null || cursor.isBlank()) {
                    break;
                }
            }
        } catch (SlackCalls.SlackCallException e) {
            LOG.info("Could not list the channels of {} for their home: {}", userId, e.getMessage());
            return Optional.empty();
        }
        Set<String> mine = new LinkedHashSet<>();
        for (Team team : teams) {
            if (channels.contains(team.channelId()) || team.leads().contains("<@" + userId + ">")) {
                mine.add(team.id());
            }
        }
        return Optional.of(mine);
    }
}
