package dev.deskhand.owners;

import java.util.List;
import java.util.Map;

/**
 * Port: the workspace's user groups and their members, so an article owned by a team handle ({@code @billing-team},
 * the starter knowledge's habit) reaches the people in that Slack user group without any mapping.
 */
public interface OwnerGroups {

    /** Nobody: for tools and tests without Slack. */
    OwnerGroups NONE = Map::of;

    /** Members by lower-case handle without the {@code @} ({@code billing-team}) and by group id ({@code S0…}). */
    Map<String, List<String>> members();
}
