package dev.deskhand.slack.home;

import com.slack.api.methods.MethodsClient;
import dev.deskhand.home.Home;
import dev.deskhand.home.HomeQueries;
import dev.deskhand.home.HomeViewers;
import dev.deskhand.slack.SlackCalls;
import dev.deskhand.slack.text.Voice;
import java.time.Clock;
import java.util.Set;

/**
 * Publishes a person's App Home ({@code views.publish}): when they open it (their teams are looked up again and
 * remembered), and when something in it changed (with the remembered teams, so no lookup per change).
 */
final class HomePublisher {

    private final HomeQueries queries;
    private final HomeViewers viewers;
    private final TeamChannels teams;
    private final Owners owners;
    private final HomeView view;
    private final Voice voice;
    private final MethodsClient methods;
    private final SlackCalls calls;
    private final Clock clock;

    HomePublisher(HomeQueries queries, HomeViewers viewers, TeamChannels teams, Owners owners, HomeView view,
                  Voice voice, MethodsClient methods, SlackCalls calls, Clock clock) {
        this.queries = queries;
        this.viewers = viewers;
        this.teams = teams;
        this.owners = owners;
        this.view = view;
        this.voice = voice;
        this.methods = methods;
        this.calls = calls;
        this.clock = clock;
    }

    /** The person opened the Home tab: find their teams, remember them as a viewer, publish. */
    void opened(String userId) {
        Set<String> theirs = teams.teamsOf(userId).or(() -> viewers.teamsOf(userId)).orElse(Set.of());
        viewers.opened(userId, theirs, clock.instant());
        publish(userId, theirs);
    }

    /** Something in the home of someone who opened it before changed; nothing for anyone else. */
    void republish(String userId) {
        viewers.teamsOf(userId).ifPresent(theirs -> publish(userId, theirs));
    }

    private void publish(String userId, Set<String> theirs) {
        Home home = queries.home(userId, theirs, owners.of(userId));
        String json = view.view(home, voice.user(userId)).toString();
        calls.call("views.publish", () -> methods.viewsPublish(r -> r.userId(userId).viewAsString(json)));
    }
}
