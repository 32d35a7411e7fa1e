package dev.deskhand.slack.owners;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.usergroups.UsergroupsListResponse;
import com.slack.api.model.Usergroup;
import dev.deskhand.owners.OwnerGroups;
import dev.deskhand.slack.SlackCalls;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * User groups and their members from {@code usergroups.list} ({@code include_users}), kept for ten minutes: the
 * owner digest asks every scheduler round, and groups change rarely. A failed call keeps the previous answer (or
 * none), so an owner is never DMed on a guess.
 */
public final class SlackOwnerGroups implements OwnerGroups {

    private static final Logger LOG = LoggerFactory.getLogger(SlackOwnerGroups.class);
    static final Duration TTL = Duration.ofMinutes(10);

    private record Cached(Map<String, List<String>> members, Instant until) {
    }

    private final MethodsClient methods;
    private final SlackCalls calls;
    private final Clock clock;
    private volatile Cached cached;

    public SlackOwnerGroups(MethodsClient methods, SlackCalls calls, Clock clock) {
        this.methods = methods;
        this.calls = calls;
        this.clock = clock;
    }

    @Override
    public Map<String, List<String>> members() {
        Cached now = cached;
        Instant at = clock.instant();
        if (now != null && at.isBefore(now.until())) {
            return now.members();
        }
        try {
            UsergroupsListResponse response = calls.call("usergroups.list",
                    () -> methods.usergroupsList(r -> r.includeUsers(true)));
            Map<String, List<String>> members = new HashMap<>();
            for (Usergroup group : response.getUsergroups() == null ? List.<Usergroup>of()
                    : response.getUsergroups()) {
                List<String> users = group.getUsers() == null ? List.of() : List.copyOf(group.getUsers());
                members.put(group.getId(), users);
                if (group.getHandle() != null) {
                    members.put(group.getHandle().strip().toLowerCase(Locale.ROOT), users);
                }
            }
            cached = new Cached(Map.copyOf(members), at.plus(TTL));
            return cached.members();
        } catch (SlackCalls.SlackCallException e) {
            LOG.info("Could not list user groups for article owners: {}", e.getMessage());
            return now == null ? Map.of() : now.members();
        }
    }
}
