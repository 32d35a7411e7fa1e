package dev.deskhand.slack.home;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.usergroups.UsergroupsListResponse;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.Usergroup;
import dev.deskhand.slack.SlackCalls;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether an article's {@code owner:} names a Slack user. The front matter holds what writers type: a user group's
 * handle ({@code "@billing-team"}, the common case), a person's handle ({@code "@jane"}), or a mention
 * ({@code <@U…>}, {@code <!subteam^S…>}). Handles and members of user groups come from {@code usergroups.list},
 * kept for a few minutes; a person's own handle and display name from {@code users.info}.
 */
final class Owners {
    private static final Logger LOG = LoggerFactory.getLogger(Owners.class);
    static final Duration GROUPS_TTL = Duration.ofMinutes(10);
    private static final Pattern USER = Pattern.compile("^<@([UW][A-Z0-9]+)(?:\\|[^>]*)?>$|^([UW][A-Z0-9]{4,})$");
    private static final Pattern GROUP = Pattern.compile("^<!subteam\\^([A-Z0-9]+)(?:\\|[^>]*)?>$");

    private record Groups(List<Usergroup> list, Instant until) {
    }

    private final MethodsClient methods;
    private final SlackCalls calls;
    private final Clock clock;
    private volatile Groups groups;

    Owners(MethodsClient methods, SlackCalls calls, Clock clock) {
        this.methods = methods;
        this.calls = calls;
        this.clock = clock;
    }

    /** A test for owner values that name {@code userId}, directly or through a user group they are in. */
    Predicate<String> of(String userId) {
        Set<String> names = new HashSet<>();
        try {
            UsersInfoResponse info = calls.call("users.info", () -> methods.usersInfo(r -> r.user(userId)));
            if (info.getUser() != null) {
                names.add(lower(info.getUser().getName()));
                if (info.getUser().getProfile() != null) {
                    names.add(lower(info.getUser().getProfile().getDisplayName()));
                }
            }
        } catch (SlackCalls.SlackCallException e) {
            LOG.info("Could not read the handle of {}: {}", userId, e.getMessage());
        }
        names.remove("");
        Set<String> groupIds = new HashSet<>();
        Set<String> groupHandles = new HashSet<>();
        for (Usergroup group : groups()) {
            if (group.getUsers() != null && group.getUsers().contains(userId)) {
                groupIds.add(group.getId());
                groupHandles.add(lower(group.getHandle()));
            }
        }
        return owner -> {
            String value = owner.strip();
            Matcher user = USER.matcher(value);
            if (user.matches()) {
                return userId.equals(user.group(1) != null ? user.group(1) : user.group(2));
            }
            Matcher group = GROUP.matcher(value);
            if (group.matches()) {
                return groupIds.contains(group.group(1));
            }
            String handle = lower(value.startsWith("@") ? value.substring(1) : value);
            return !handle.isEmpty() && (groupHandles.contains(handle) || names.contains(handle));
        };
    }

    private List<Usergroup> groups() {
        Groups cached = groups;
        Instant now = clock.instant();
        if (cached != null && now.isBefore(cached.until())) {
            return cached.list();
        }
        try {
            UsergroupsListResponse response = calls.call("usergroups.list",
                    () -> methods.usergroupsList(r -> r.includeUsers(true)));
            List<Usergroup> list = response.getUsergroups() == null ? List.of() : List.copyOf(response.getUsergroups());
            groups = new Groups(list, now.plus(GROUPS_TTL));
            return list;
        } catch (SlackCalls.SlackCallException e) {
            // Not remembered: the next home asks again, and this one shows the articles owned by the person alone.
            LOG.info("Could not list user groups for article owners: {}", e.getMessage());
            return cached == null ? List.of() : cached.list();
        }
    }

    private static String lower(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }
}
