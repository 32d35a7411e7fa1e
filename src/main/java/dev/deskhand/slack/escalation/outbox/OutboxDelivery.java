package dev.deskhand.slack.escalation.outbox;

import dev.deskhand.slack.SlackCallFailed;
import dev.deskhand.slack.escalation.card.CardActionIds;
import dev.deskhand.slack.escalation.card.DeliveryProblems;
import dev.deskhand.slack.escalation.card.EscalationCard;
import dev.deskhand.slack.escalation.card.RelatedArticles;
import dev.deskhand.slack.escalation.card.ThreadNotes;
import dev.deskhand.slack.text.Voice;
import dev.deskhand.slack.text.Texts;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import dev.deskhand.escalation.AuditEvent;
import dev.deskhand.escalation.CardRef;
import dev.deskhand.escalation.Escalation;
import dev.deskhand.escalation.service.EscalationSettings;
import dev.deskhand.escalation.EscalationStore;
import dev.deskhand.escalation.outbox.OutboxEntry;
import dev.deskhand.escalation.ReminderKind;
import dev.deskhand.escalation.Status;
import dev.deskhand.escalation.Team;
import dev.deskhand.slack.MarkedMessages;
import dev.deskhand.slack.SlackErrors;
import dev.deskhand.slack.TicketText;
import dev.deskhand.slack.text.Voice;
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

    /**
     * The message cannot go before {@code until} (Slack's {@code Retry-After} for its method and channel); try again
     * then without counting it as a failure.
     */
    static final class Wait extends RuntimeException {
        private final transient Instant until;

        Wait(Instant until, String reason) {
            super(reason);
            this.until = until;
        }

        Instant until() {
            return until;
        }
    }

    /** One Web API call, made only while its method and channel are not rate-limited. */
    @FunctionalInterface
    private interface Call<T extends SlackApiTextResponse> {
        T run() throws IOException, SlackApiException;
    }

    private final EscalationStore store;
    private final EscalationSettings settings;
    private final EscalationCard card;
    private final ThreadNotes notes;
    private final MethodsClient slack;
    private final RateLimits limits = new RateLimits();
    private final Voice voice;
    /** The time of the delivery in progress; the sender is a single routine thread. */
    private Instant now;

    OutboxDelivery(EscalationStore store, EscalationSettings settings, MethodsClient slack, Voice voice,
                   RelatedArticles related, dev.deskhand.tickets.TicketStatuses statuses) {
        this.voice = voice;
        this.store = store;
        this.settings = settings;
        this.card = new EscalationCard(settings, related, statuses);
        this.notes = new ThreadNotes(settings);
        this.slack = slack;
    }

    void deliver(OutboxEntry entry, Instant now) throws IOException, SlackApiException {
        this.now = now;
        Escalation escalation = store.find(entry.message().key())
                .orElseThrow(() -> new IllegalStateException("outbox message for unknown " + entry.message().key()));
        switch (entry.message().kind()) {
            case CARD -> deliverCard(escalation, now);
            case NOTE -> {
                AuditEvent event = store.event(entry.eventId())
                        .orElseThrow(() -> new IllegalStateException("no audit event " + entry.eventId()));
                postInThread(escalation, notes.note(event, channelTexts(escalation)), false);
            }
            case REMINDER -> deliverReminder(escalation, ReminderKind.valueOf(entry.message().detail()), now);
            case NOTICE -> deliverNotice(escalation, entry.message().detail());
        }
    }

    /** The new escalation, announced in a routed channel, in that channel's language, pointing at the card. */
    private void deliverNotice(Escalation escalation, String channel) throws IOException, SlackApiException {
        Texts texts = voice.channel(channel);
        String cardChannel = escalation.card() == null ? settings.team(escalation.team()).map(Team::channelId)
                .orElse("") : escalation.card().channelId();
        String text = texts.get("workflow.notice", "mark", EscalationCard.severityEmoji(escalation.severity()),
                "key", escalation.key().toString(), "severity", escalation.severity().name(),
                "team", settings.team(escalation.team()).map(Team::name).orElse(escalation.team()),
                "summary", TicketText.render(escalation.summary(), 300, settings.tickets()),
                "channel", cardChannel);
        call("chat.postMessage", channel, () -> slack.chatPostMessage(r -> r.channel(channel).text(text)
                .unfurlLinks(false)));
    }

    /**
     * Tells the requester by DM that their card is still not posted; true when Slack took the DM. Best effort: the
     * same outage that holds the card may hold the DM, and then it is tried again on the card's next attempt.
     */
    boolean tellRequesterLate(OutboxEntry entry, Instant now) {
        try {
            Escalation escalation = store.find(entry.message().key()).orElseThrow();
            if (escalation.card() != null) {
                return true; // an update of a card that is in its channel: nothing to apologise for
            }
            Team team = settings.team(escalation.team()).orElseThrow();
            long minutes = Duration.between(entry.createdAt(), now).toMinutes();
            String text = voice.user(escalation.requester()).get("faults.late.requester",
                    "key", escalation.key().toString(), "severity", escalation.severity().name(),
                    "channel", team.channelId(), "minutes", minutes);
            boolean ok = slack.chatPostMessage(r -> r.channel(escalation.requester()).text(text)).isOk();
            if (ok) {
                LOG.info("Told {} that the card of {} is {} min late", escalation.requester(), escalation.key(),
                        minutes);
            }
            return ok;
        } catch (IOException | SlackApiException | RuntimeException e) {
            LOG.info("Could not tell the requester of {} that its card is late: {}", entry.message().key(),
                    e.toString());
            return false;
        }
    }

    private void deliverCard(Escalation escalation, Instant now) throws IOException, SlackApiException {
        Team team = settings.team(escalation.team())
                .orElseThrow(() -> new IllegalStateException(escalation.key() + " belongs to unknown team "
                        + escalation.team()));
        // Everyone in the team's channel reads the card, so it speaks the team's language.
        Texts texts = voice.channel(team.channelId());
        String blocks = card.blocks(escalation, now, texts).toString();
        CardRef current = escalation.card();
        // A card already in the fallback channel stays there: its team's channel was gone when it was posted.
        boolean inPlace = current != null && (current.channelId().equals(team.channelId())
                || current.channelId().equals(settings.fallbackChannel()));
        if (inPlace) {
            call("chat.update", current.channelId(), () -> slack.chatUpdate(r -> r.channel(current.channelId())
                    .ts(current.ts())
                    .text(card.text(escalation, texts)).blocksAsString(blocks)));
            return;
        }
        if (current != null) {
            // The old card stays in the old channel: its readers get the notice in their language.
            Texts old = voice.channel(current.channelId());
            call("chat.update", current.channelId(), () -> slack.chatUpdate(r -> r.channel(current.channelId())
                    .ts(current.ts())
                    .text(card.movedText(escalation, old))
                    .blocksAsString(card.moved(escalation, old).toString())));
        }
        Optional<String> unrecorded = postedButNotRecorded(team.channelId(), escalation);
        CardRef placed;
        if (unrecorded.isPresent()) {
            LOG.info("Card of {} was already posted as {} (its ts was never stored); updating it", escalation.key(),
                    unrecorded.get());
            call("chat.update", team.channelId(), () -> slack.chatUpdate(r -> r.channel(team.channelId())
                    .ts(unrecorded.get())
                    .text(card.text(escalation, texts)).blocksAsString(blocks)));
            placed = new CardRef(team.channelId(), unrecorded.get());
        } else {
            placed = postCard(escalation, team.channelId(), blocks, texts);
        }
        if (!store.recordCard(escalation.key(), current, placed)) {
            LOG.warn("Card of {} was recorded by someone else meanwhile; keeping theirs, ours is {}",
                    escalation.key(), placed);
        }
    }

    /**
     * Posts the card in the team's channel or, when that channel is gone or closed to the app and a fallback channel
     * is configured, there instead (a channel that cannot take it would otherwise hold the card forever).
     */
    private CardRef postCard(Escalation escalation, String channelId, String blocks, Texts texts)
            throws IOException, SlackApiException {
        try {
            ChatPostMessageResponse posted = call("chat.postMessage", channelId, () -> slack.chatPostMessage(r -> r
                    .channel(channelId).text(card.text(escalation, texts)).blocksAsString(blocks).unfurlLinks(false)));
            return new CardRef(posted.getChannel(), posted.getTs());
        } catch (SlackCallFailed e) {
            String fallback = settings.fallbackChannel();
            if (!SlackErrors.channelGone(e.error()) || fallback == null || fallback.equals(channelId)) {
                throw e;
            }
            LOG.error("Cannot post the card of {} in {} ({}); posting it in the fallback channel {}. Invite the app "
                    + "to the channel or fix the team's channel in the settings.", escalation.key(), channelId,
                    e.error(), fallback);
            ChatPostMessageResponse posted = call("chat.postMessage", fallback, () -> slack.chatPostMessage(r -> r
                    .channel(fallback).text(card.text(escalation, texts)).blocksAsString(blocks).unfurlLinks(false)));
            return new CardRef(posted.getChannel(), posted.getTs());
        }
    }

    /**
     * Tells the requester by DM that their card cannot be posted and what would fix it; best effort, once (the card
     * is given up, so this is not called again for it).
     */
    void tellRequesterUndeliverable(OutboxEntry entry, String error) {
        try {
            Escalation escalation = store.find(entry.message().key()).orElseThrow();
            String channel = settings.team(escalation.team()).map(Team::channelId).orElse(escalation.team());
            var texts = voice.user(escalation.requester());
            String text = texts.get("faults.undeliverable.requester", "key", escalation.key().toString(),
                    "channel", channel, "error", error) + " " + texts.get(DeliveryProblems.fixKey(error));
            var sent = slack.chatPostMessage(r -> r.channel(escalation.requester()).text(text));
            if (!sent.isOk()) {
                LOG.warn("Could not tell {} that the card of {} cannot be posted: {}", escalation.requester(),
                        escalation.key(), sent.getError());
            }
        } catch (IOException | SlackApiException | RuntimeException e) {
            LOG.warn("Could not tell the requester of {} that its card cannot be posted: {}", entry.message().key(),
                    e.toString());
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
            // Through call(): a 429 on the history is a wait for this channel, not a failure of the card.
            return MarkedMessages.find(cursor -> call("conversations.history", channelId,
                    () -> slack.conversationsHistory(r -> r.channel(channelId).oldest(oldest)
                            .limit(MarkedMessages.PAGE_SIZE).cursor(cursor))), CardActionIds.blockId(escalation.key()));
        } catch (SlackCallFailed e) {
            LOG.warn("Cannot read the history of {} to check for an unrecorded card of {} ({}); posting it",
                    channelId, escalation.key(), e.error());
            return Optional.empty();
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
        postInThread(escalation, notes.reminder(escalation, kind, now, channelTexts(escalation)), kind.alertsLeads());
    }

    /** Thread notes and reminders are read where the card is. */
    private Texts channelTexts(Escalation escalation) {
        return voice.channel(escalation.card() != null ? escalation.card().channelId()
                : settings.team(escalation.team()).map(Team::channelId).orElse(null));
    }

    private void postInThread(Escalation escalation, String text, boolean broadcast)
            throws IOException, SlackApiException {
        CardRef where = escalation.card();
        if (where == null) {
            // Messages of one escalation are handed out in order, so a reply without a card means the card itself
            // was given up: there is no thread to reply in.
            throw new SlackCallFailed("chat.postMessage", SlackErrors.CARD_NOT_POSTED);
        }
        try {
            call("chat.postMessage", where.channelId(), () -> slack.chatPostMessage(r -> r.channel(where.channelId())
                    .threadTs(where.ts()).text(text).replyBroadcast(broadcast).unfurlLinks(false)));
        } catch (SlackCallFailed e) {
            if (!SlackErrors.threadGone(e.error())) {
                throw e;
            }
            // The card was deleted: say it at the channel's top level rather than not at all (this message is
            // then sent, so it happens once).
            LOG.warn("The thread of {} in {} is gone ({}); posting at the channel's top level", escalation.key(),
                    where.channelId(), e.error());
            call("chat.postMessage", where.channelId(), () -> slack.chatPostMessage(r -> r.channel(where.channelId())
                    .text(text).unfurlLinks(false)));
        }
    }

    /**
     * Makes the call unless Slack asked us to wait for this method and channel; a 429 records how long, for this
     * channel only, and turns into a {@link Wait} rather than a failure.
     */
    private <T extends SlackApiTextResponse> T call(String method, String channel, Call<T> call)
            throws IOException, SlackApiException {
        Optional<Instant> blocked = limits.blockedUntil(method, channel, now);
        if (blocked.isPresent()) {
            throw new Wait(blocked.get(), method + " in " + channel + " is rate-limited");
        }
        T response;
        try {
            response = call.run();
        } catch (SlackApiException e) {
            if (e.getResponse().code() != 429) {
                throw e;
            }
            Duration retryAfter = retryAfter(e);
            Instant until = now.plus(retryAfter);
            limits.limit(method, channel, until);
            LOG.info("Slack rate-limited {} in {}; waiting {}s as asked", method, channel, retryAfter.toSeconds());
            throw new Wait(until, "HTTP 429, Retry-After " + retryAfter.toSeconds() + "s");
        }
        if (!response.isOk()) {
            throw new SlackCallFailed(method, response.getError());
        }
        return response;
    }

    static Duration retryAfter(SlackApiException e) {
        String header = e.getResponse().header("Retry-After");
        try {
            return Duration.ofSeconds(header == null ? 1 : Math.max(1, Long.parseLong(header.trim())));
        } catch (NumberFormatException notSeconds) {
            return Duration.ofSeconds(1);
        }
    }
}
