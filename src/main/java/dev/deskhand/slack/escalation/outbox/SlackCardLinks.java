package dev.deskhand.slack.escalation.outbox;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatGetPermalinkResponse;
import dev.deskhand.escalation.CardRef;
import dev.deskhand.paging.CardLinks;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Card permalinks from {@code chat.getPermalink}, for pages. Best effort: a page is worth more on time than with a
 * link, so any Slack trouble (429 included) just leaves the link out.
 */
public final class SlackCardLinks implements CardLinks {
    private static final Logger LOG = LoggerFactory.getLogger(SlackCardLinks.class);

    private final MethodsClient slack;

    public SlackCardLinks(MethodsClient slack) {
        this.slack = slack;
    }

    @Override
    public Optional<String> link(CardRef card) {
        try {
            ChatGetPermalinkResponse response = slack.chatGetPermalink(r -> r.channel(card.channelId())
                    .messageTs(card.ts()));
            if (response.isOk()) {
                return Optional.ofNullable(response.getPermalink());
            }
            LOG.info("No permalink for the card {} ({}); paging without it", card, response.getError());
        } catch (IOException | SlackApiException e) {
            LOG.info("No permalink for the card {} ({}); paging without it", card, e.toString());
        }
        return Optional.empty();
    }
}
