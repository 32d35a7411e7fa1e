package dev.deskhand.slack.digest;

import dev.deskhand.digest.Digest;
import java.util.Optional;

/** The digest as plain text (Slack mrkdwn left as is), for the terminal preview and logs. */
final class DigestText {

    private DigestText() {
    }

    static String render(Digest digest) {
        DigestFormat format = new DigestFormat(digest.generatedAt(), digest.zone());
        StringBuilder text = new StringBuilder("Queue digest · ").append(format.day(digest.generatedAt()))
                .append(" · ").append(digest.zone().getId()).append('\n');
        for (String section : new DigestSections(digest, Optional.empty()).texts()) {
            text.append('\n').append(section).append('\n');
        }
        return text.toString();
    }
}
