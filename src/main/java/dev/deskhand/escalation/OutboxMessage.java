package dev.deskhand.escalation;

import java.util.Objects;

/**
 * A Slack post the app owes, written in the same transaction as the change that caused it. Messages name what to
 * say, not the final text: the sender renders the card from the escalation's state at send time.
 *
 * @param detail for {@link Kind#REMINDER} the {@link ReminderKind} name, for {@link Kind#NOTICE} the channel id,
 *               for {@link Kind#PAGE_TRIGGER} and {@link Kind#PAGE_RESOLVE} the paging service's id
 *               ({@code pagerduty}, {@code opsgenie}); otherwise {@code null}
 */
public record OutboxMessage(Kind kind, EscalationKey key, String detail) {
    public OutboxMessage {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
    }

    /** What to send. */
    public enum Kind {
        /** Post the card to the team channel, or update it in place once its ts is known (moving it if needed). */
        CARD,
        /** A note in the card's thread describing the audit event written with this message. */
        NOTE,
        /** An SLA reminder in the card's thread. */
        REMINDER,
        /** A new escalation announced in another channel (routing by severity or tier), pointing at the card. */
        NOTICE,
        /**
         * Page the team's on-call through a paging service (not Slack): sent by the paging sender, in a lane of its
         * own, so a paging outage never holds back a card and a Slack outage never holds back a page.
         */
        PAGE_TRIGGER,
        /** Resolve the page this escalation opened with that paging service. */
        PAGE_RESOLVE;

        /** Whether a paging service, not Slack, receives this message. */
        public boolean isPage() {
            return this == PAGE_TRIGGER || this == PAGE_RESOLVE;
        }
    }

    /** Post or update the card. */
    public static OutboxMessage card(EscalationKey key) {
        return new OutboxMessage(Kind.CARD, key, null);
    }

    /** Note the transition's audit event in the thread. */
    public static OutboxMessage note(EscalationKey key) {
        return new OutboxMessage(Kind.NOTE, key, null);
    }

    /** Announce the new escalation in {@code channelId}. */
    public static OutboxMessage notice(EscalationKey key, String channelId) {
        return new OutboxMessage(Kind.NOTICE, key, channelId);
    }

    /** Send an SLA reminder. */
    public static OutboxMessage reminder(EscalationKey key, ReminderKind reminder) {
        return new OutboxMessage(Kind.REMINDER, key, reminder.name());
    }

    /** Page on-call through the paging service {@code service} (e.g. {@code pagerduty}). */
    public static OutboxMessage pageTrigger(EscalationKey key, String service) {
        return new OutboxMessage(Kind.PAGE_TRIGGER, key, Objects.requireNonNull(service, "service"));
    }

    /** Resolve the page opened through {@code service}; stores enqueue it only while such a page is open. */
    public static OutboxMessage pageResolve(EscalationKey key, String service) {
        return new OutboxMessage(Kind.PAGE_RESOLVE, key, Objects.requireNonNull(service, "service"));
    }
}
