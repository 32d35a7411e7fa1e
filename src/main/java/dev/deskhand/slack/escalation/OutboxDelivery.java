package dev.deskhand.slack.escalation;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.conversations.ConversationsHistoryResponse;
import dev.deskhand.escalation.AuditEvent;
import dev.deskhand.escalation.CardRef;
import dev.deskhand.escalation.Escalation;
import dev.deskhand.escalation.EscalationSettings;
import dev.deskhand.escalation.EscalationStore;
import dev.deskhand.escalation.OutboxEntry;
import dev.deskhand.escalation.ReminderKind;
import dev.deskhand.escalation.Status;
import dev.deskhand.escalation.Team;
import dev.deskhand.slack.MarkedMessages;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns one outbox message into Slack calls. A card is posted only while no {@code ts} is stored and the channel
 * does not already show it; afterwards it is only ever updated (or, after a move to another team, retired in place
 * and posted once in the new channel).
 */
final class OutboxDelivery {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxDelivery.class);
    /** Clocks differ a little between us and Slack. */
    private static final Duration HISTORY_SLACK = Duration.ofMinutes(1);

    /** The message cannot go yet (its card is not posted); try again soon without counting it as Slack's fault. */
    static final class NotYet extends RuntimeException {
        NotYet(String message) {
            super(message);
        }
    }

    private final EscalationStore store;
    private final EscalationSettings settings;
    private final EscalationCard card;
    private final ThreadNotes notes;
    private final MethodsClient slack;

    OutboxDelivery(EscalationStore store, EscalationSettings settings, MethodsClient slack) {
        this.store = store;
        this.settings = settings;
        this.card = new EscalationCard(settings);
        this.notes = new ThreadNotes(settings);
        this.slack = slack;
    }

    void deliver(OutboxEntry entry, Instant now) throws IOException, SlackApiException {
        Escalation escalation = store.find(entry.message().key())
                .orElseThrow(() -> new IllegalStateException("outbox message for unknown " + entry.message().key()));
        switch (entry.message().kind()) {
            case CARD -> deliverCard(escalation, now);
            case NOTE -> {
                AuditEvent event = store.event(entry.eventId())
                        .orElseThrow(() -> new IllegalStateException("no audit event " + entry.eventId()));
                postInThread(escalation, notes.note(event), false);
            }
            case REMINDER -> deliverReminder(escalation, ReminderKind.valueOf(entry.message().detail()), now);
        }
    }

    private void deliverCard(Escalation escalation, Instant now) throws IOException, SlackApiException {
        Team team = settings.team(escalation.team())
                .orElseThrow(() -> new IllegalStateException(escalation.key() + " belongs to unknown team "
                        + escalation.team()));
        String blocks = card.blocks(escalation, now).toString();
        CardRef current = escalation.card();
        if (current != null && current.channelId().equals(team.channelId())) {
            ok("chat.update", slack.chatUpdate(r -> r.channel(current.channelId()).ts(current.ts())
                    .text(card.text(escalation)).blocksAsString(blocks)));
            return;
        }
        if (current != null) {
            ok("chat.update", slack.chatUpdate(r -> r.channel(current.channelId()).ts(current.ts())
                    .text(escalation.key() + " moved to " + team.name())
                    .blocksAsString(card.moved(escalation).toString())));
        }
        Optional<String> unrecorded = postedButNotRecorded(team.channelId(), escalation);
        CardRef placed;
        if (unrecorded.isPresent()) {
            LOG.info("Card of {} was already posted as {} (its ts was never stored); updating it", escalation.key(),
                    unrecorded.get());
            ok("chat.update", slack.chatUpdate(r -> r.channel(team.channelId()).ts(unrecorded.get())
                    .text(card.text(escalation)).blocksAsString(blocks)));
            placed = new CardRef(team.channelId(), unrecorded.get());
        } else {
            ChatPostMessageResponse posted = ok("chat.postMessage", slack.chatPostMessage(r -> r
                    .channel(team.channelId()).text(card.text(escalation)).blocksAsString(blocks).unfurlLinks(false)));
            placed = new CardRef(posted.getChannel(), posted.getTs());
        }
        if (!store.recordCard(escalation.key(), current, placed)) {
            LOG.warn("Card of {} was recorded by someone else meanwhile; keeping theirs, ours is {}",
                    escalation.key(), placed);
        }
    }

    /**
     * A card Slack accepted while the process died before storing its ts would be posted twice on the retry; the
     * card's action block id names its escalation, so the channel's history since the escalation was opened tells.
     * Without the history scope the lookup is skipped (a warning), and the card is posted as before.
     */
    private Optional<String> postedButNotRecorded(String channelId, Escalation escalation)
            throws IOException, SlackApiException {
        String oldest = escalation.createdAt().minus(HISTORY_SLACK).getEpochSecond() + ".000000";
        try {
            return MarkedMessages.find(cursor -> {
                ConversationsHistoryResponse page = slack.conversationsHistory(r -> r.channel(channelId)
                        .oldest(oldest).limit(MarkedMessages.PAGE_SIZE).cursor(cursor));
                if (!page.isOk()) {
                    throw new HistoryRefused(page.getError());
                }
                return page;
            }, CardActionIds.blockId(escalation.key()));
        } catch (HistoryRefused e) {
            LOG.warn("Cannot read the history of {} to check for an unrecorded card of {} ({}); posting it",
                    channelId, escalation.key(), e.getMessage());
            return Optional.empty();
        }
    }

    private static final class HistoryRefused extends RuntimeException {
        HistoryRefused(String error) {
            super(error);
        }
    }

    private void deliverReminder(Escalation escalation, ReminderKind kind, Instant now)
            throws IOException, SlackApiException {
        boolean stale = !escalation.isUnresolved()
                || (kind.name().startsWith("ACK_") && escalation.status() != Status.OPEN);
        if (stale) {
            // Acknowledged or resolved since the reminder was queued: saying it now would be wrong.
            LOG.info("Dropping {} for {}: it is {} now", kind, escalation.key(), escalation.status().label());
            return;
        }
        postInThread(escalation, notes.reminder(escalation, kind, now), kind.alertsLeads());
    }

    private void postInThread(Escalation escalation, String text, boolean broadcast)
            throws IOException, SlackApiException {
        CardRef where = escalation.card();
        if (where == null) {
            throw new NotYet(escalation.key() + " has no card yet");
        }
        ok("chat.postMessage", slack.chatPostMessage(r -> r.channel(where.channelId()).threadTs(where.ts())
                .text(text).replyBroadcast(broadcast).unfurlLinks(false)));
    }

    private static <T extends SlackApiTextResponse> T ok(String method, T response) {
        if (!response.isOk()) {
            throw new SlackCallFailed(method, response.getError());
        }
        return response;
    }
}
