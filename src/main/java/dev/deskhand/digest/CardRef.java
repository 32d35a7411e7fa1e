package dev.deskhand.digest;

/** Where an escalation's card was posted, so a digest line can link to it. */
public record CardRef(String channelId, String messageTs) {
}
