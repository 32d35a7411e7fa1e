package dev.deskhand.digest.schedule;

import java.util.Set;

/**
 * Who may change a channel's digest schedule at run time: the admins named in the configuration, or anyone when
 * none are named (a small team should not need set-up for this).
 */
public record DigestAdmins(Set<String> userIds) {

    public DigestAdmins {
        userIds = Set.copyOf(userIds);
    }

    public boolean mayManage(String userId) {
        return userIds.isEmpty() || userIds.contains(userId);
    }
}
