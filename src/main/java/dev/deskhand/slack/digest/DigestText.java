package dev.deskhand.slack.digest;

import dev.deskhand.digest.Digest;
import dev.deskhand.slack.text.Texts;
import dev.deskhand.slack.text.Voice;
import java.util.Optional;

/** The digest as plain text (Slack mrkdwn left as is), for the terminal preview and logs. */
final class DigestText {

    private DigestText() {
    }

    static String render(Digest digest, Voice voice) {
        Texts texts = DigestBlocks.texts(digest, voice);
        DigestFormat format = new DigestFormat(digest.generatedAt(), texts);
        StringBuilder text = new StringBuilder(texts.get("digest.title", "day", format.day(digest.generatedAt())))
                .append(" · ").append(digest.zone().getId()).append('\n');
        for (String section : new DigestSections(digest, Optional.empty(), texts).texts()) {
            text.append('\n').append(section).append('\n');
        }
        return text.toString();
    }
}
