package dev.deskhand.slack.escalation.card;

import dev.deskhand.escalation.EscalationKey;
import dev.deskhand.escalation.outbox.Outbox;
import dev.deskhand.escalation.outbox.OutboxFailure;
import dev.deskhand.slack.SlackErrors;
import dev.deskhand.slack.text.Texts;
import java.util.Locale;

/** The lines {@code /escalate show} adds for posts Slack could never accept: what, why, and who can fix it. */
public final class DeliveryProblems {
    private final Outbox outbox;

    public DeliveryProblems(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Empty when everything was delivered (or is still on its way); else one line per message given up. */
    public String describe(EscalationKey key, Texts texts) {
        StringBuilder out = new StringBuilder();
        for (OutboxFailure failure : outbox.failures(key)) {
            out.append('\n').append(texts.get("faults.notDelivered",
                    "what", texts.get("faults.kind." + failure.kind().name().toLowerCase(Locale.ROOT)),
                    "error", failure.error(), "when", failure.failedAt()))
                    .append(' ').append(texts.get(fixKey(failure.error())));
        }
        return out.toString();
    }

    /** The bundle key of the sentence saying who can fix {@code error} and how. */
    public static String fixKey(String error) {
        return "faults.fix." + SlackErrors.remedy(error).name().toLowerCase(Locale.ROOT);
    }
}
