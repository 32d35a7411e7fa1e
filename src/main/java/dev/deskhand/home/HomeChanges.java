package dev.deskhand.home;

import java.util.Set;

/**
 * Port: an escalation change was committed that shows in the homes of {@code users} (requester, claimers before and
 * after) and of whoever watches the queues of {@code teams}. Implementations must return at once: this is called on
 * the request path, right after the commit.
 */
@FunctionalInterface
public interface HomeChanges {

    void changed(Set<String> users, Set<String> teams);

    /** Nobody is told (tools and tests without an App Home). */
    HomeChanges NONE = (users, teams) -> { };
}
