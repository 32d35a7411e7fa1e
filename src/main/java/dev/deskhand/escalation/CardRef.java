package dev.deskhand.escalation;

import java.util.Objects;

/** Where an escalation's card lives in Slack; once known, the card is only ever updated, never posted again. */
public record CardRef(String channelId, String ts) {
    public CardRef {
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(ts, "ts");
    }
}
