package dev.deskhand.slack.escalation.form;

import java.util.Optional;

/**
 * Where the escalation form was opened, kept in its {@code private_metadata}: the channel (for the confirmation)
 * and, from a knowledge-base miss, the question, after a newline (channel ids never contain one). A bare channel
 * id, as older forms carry, is read as before.
 */
record Origin(String channel, Optional<String> gap) {

    /** Slack caps {@code private_metadata} at 3,000 characters. */
    private static final int MAX_GAP = 2_000;

    static String encode(String channel, String gap) {
        String where = channel == null ? "" : channel;
        return gap == null || gap.isBlank() ? where : where + "\n" + (gap.length() <= MAX_GAP ? gap
                : gap.substring(0, MAX_GAP));
    }

    static Origin decode(String metadata) {
        if (metadata == null) {
            return new Origin("", Optional.empty());
        }
        int newline = metadata.indexOf('\n');
        return newline < 0 ? new Origin(metadata, Optional.empty())
                : new Origin(metadata.substring(0, newline), Optional.of(metadata.substring(newline + 1)));
    }
}
