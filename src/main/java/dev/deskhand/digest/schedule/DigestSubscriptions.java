package dev.deskhand.digest.schedule;

import java.util.List;
import java.util.Optional;

/** Run-time digest schedules per channel, as set by {@code /digest subscribe} and {@code /digest unsubscribe}. */
public interface DigestSubscriptions {

    /** Creates or replaces the channel's setting. */
    void save(Subscription subscription);

    Optional<Subscription> find(String channelId);

    List<Subscription> all();
}
