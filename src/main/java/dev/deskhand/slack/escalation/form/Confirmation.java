package dev.deskhand.slack.escalation.form;

import dev.deskhand.slack.Mrkdwn;
import dev.deskhand.slack.text.Texts;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import dev.deskhand.escalation.Escalation;
import dev.deskhand.escalation.service.EscalationSettings;
import dev.deskhand.escalation.Team;
import dev.deskhand.slack.text.Voice;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells the requester their escalation is stored, with its key: ephemerally where they started, else by DM. */
final class Confirmation {
    private static final Logger LOG = LoggerFactory.getLogger(Confirmation.class);

    private final EscalationSettings settings;
    private final Voice voice;

    Confirmation(EscalationSettings settings, Voice voice) {
        this.settings = settings;
        this.voice = voice;
    }

    String text(Escalation escalation, Texts texts) {
        Team team = settings.team(escalation.team()).orElseThrow();
        if (escalation.card() == null) {
            // The outbox posts the card after this answer; while Slack is slow it may take a while, so promise no
            // more than is true.
            return texts.get("faults.confirmation.onItsWay",
                    "key", escalation.key().toString(), "severity", escalation.severity().name(),
                    "team", team.name(), "channel", team.channelId());
        }
        return texts.get("escalation.confirm", "key", Mrkdwn.bold(escalation.key().toString()),
                "severity", escalation.severity().name(), "team", Mrkdwn.bold(team.name()),
                "channel", "<#" + team.channelId() + ">");
    }

    void send(MethodsClient slack, String channel, String user, Escalation escalation, Texts texts)
            throws IOException, SlackApiException {
        String text = text(escalation, texts);
        if (channel != null && !channel.isBlank()) {
            var ephemeral = slack.chatPostEphemeral(r -> r.channel(channel).user(user).text(text));
            if (ephemeral.isOk()) {
                return;
            }
            LOG.info("Ephemeral confirmation of {} in {} failed ({}); sending a DM", escalation.key(), channel,
                    ephemeral.getError());
        }
        var direct = slack.chatPostMessage(r -> r.channel(user).text(text));
        if (!direct.isOk()) {
            LOG.warn("Could not confirm {} to {}: {}", escalation.key(), user, direct.getError());
        }
    }
}
