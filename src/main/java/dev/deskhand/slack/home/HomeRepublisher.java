package dev.deskhand.slack.home;

import dev.deskhand.home.HomeChanges;
import dev.deskhand.home.HomeViewers;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Republishes the homes an escalation change touched, off the request path and debounced: changes arriving within
 * {@link #DEBOUNCE} of each other (a claim and the severity change after it, a burst of reminders) become one
 * publish per person. Only people who opened their home before get one ({@link HomeViewers}); a home that fails to
 * publish is shown fresh the next time its owner opens it, so failures are logged, not retried.
 */
final class HomeRepublisher implements HomeChanges {
    private static final Logger LOG = LoggerFactory.getLogger(HomeRepublisher.class);
    static final Duration DEBOUNCE = Duration.ofMillis(300);

    private final ScheduledExecutorService scheduler;
    private final HomeViewers viewers;
    private final HomePublisher publisher;
    private final Set<String> users = ConcurrentHashMap.newKeySet();
    private final Set<String> teams = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean scheduled = new AtomicBoolean();

    HomeRepublisher(ScheduledExecutorService scheduler, HomeViewers viewers, HomePublisher publisher) {
        this.scheduler = scheduler;
        this.viewers = viewers;
        this.publisher = publisher;
    }

    @Override
    public void changed(Set<String> changedUsers, Set<String> changedTeams) {
        users.addAll(changedUsers);
        teams.addAll(changedTeams);
        if (scheduled.compareAndSet(false, true)) {
            try {
                scheduler.schedule(this::flush, DEBOUNCE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                scheduled.set(false);
                LOG.info("Home refresh not scheduled (shutting down?): {}", e.toString());
            }
        }
    }

    private void flush() {
        // Cleared before draining: a change that lands while this runs schedules the next round instead of being lost.
        scheduled.set(false);
        Set<String> who = drain(users);
        Set<String> which = drain(teams);
        try {
            for (String viewer : viewers.watching(who, which)) {
                try {
                    publisher.republish(viewer);
                } catch (RuntimeException e) {
                    LOG.warn("Could not republish the home of {}: {}", viewer, e.toString());
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not find the homes to republish: {}", e.toString());
        }
    }

    private static Set<String> drain(Set<String> pending) {
        Set<String> out = new HashSet<>();
        for (String value : pending) {
            if (pending.remove(value)) {
                out.add(value);
            }
        }
        return out;
    }
}
