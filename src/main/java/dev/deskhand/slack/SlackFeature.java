package dev.deskhand.slack;

import com.slack.api.bolt.App;

/** One feature's Slack surface: registers its handlers (one handler per class) on the Bolt app. */
public interface SlackFeature {

    void register(App app);
}
