package dev.deskhand.slack.digest;

import com.slack.api.bolt.App;
import dev.deskhand.digest.schedule.DigestAdmins;
import dev.deskhand.digest.DigestBuilder;
import dev.deskhand.digest.schedule.DigestSubscriptions;
import dev.deskhand.digest.schedule.ScheduleBook;
import dev.deskhand.slack.SlackFeature;
import dev.deskhand.slack.text.Voice;
import java.time.Clock;
import java.util.Set;

/** Registers the digest's Slack handlers: the {@code /digest} command. Scheduled posting is a routine, not here. */
public final class DigestFeature implements SlackFeature {

    private final DigestCommand command;

    /** @param knownTeams team ids a subscription may name (empty: not checked) */
    public DigestFeature(DigestBuilder builder, ScheduleBook schedules, DigestSubscriptions subscriptions,
                         DigestAdmins admins, Set<String> knownTeams, Clock clock, Voice voice) {
        this.command = new DigestCommand(builder, schedules, subscriptions, admins, knownTeams, clock, voice);
    }

    @Override
    public void register(App app) {
        app.command("/digest", command);
    }
}
