package dev.deskhand.digest.schedule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The schedules in force: the configuration file's defaults, overridden channel by channel by run-time
 * subscriptions (which survive restarts because they are stored).
 */
public final class ScheduleBook {

    private final List<DigestSchedule> defaults;
    private final DigestSubscriptions subscriptions;

    public ScheduleBook(List<DigestSchedule> defaults, DigestSubscriptions subscriptions) {
        this.defaults = List.copyOf(defaults);
        this.subscriptions = subscriptions;
    }

    public List<ScheduledChannel> inForce() {
        Map<String, ScheduledChannel> byChannel = new LinkedHashMap<>();
        defaults.forEach(s -> byChannel.put(s.channelId(), new ScheduledChannel(s, Optional.empty())));
        for (Subscription subscription : subscriptions.all()) {
            byChannel.remove(subscription.channelId());
            subscription.schedule().ifPresent(s -> byChannel.put(s.channelId(),
                    new ScheduledChannel(s, Optional.of(subscription.updatedAt()))));
        }
        return new ArrayList<>(byChannel.values());
    }

    /** The channel's schedule in force, if it has one. */
    public Optional<DigestSchedule> forChannel(String channelId) {
        Optional<Subscription> subscription = subscriptions.find(channelId);
        if (subscription.isPresent()) {
            return subscription.get().schedule();
        }
        return defaults.stream().filter(s -> s.channelId().equals(channelId)).findFirst();
    }
}
