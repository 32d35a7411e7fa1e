package dev.deskhand.slack;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.conversations.ConversationsHistoryResponse;
import com.slack.api.model.Message;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Finds a message we posted by a block id only that message carries (a digest's slot, an escalation's card): how a
 * retry after a crash tells "Slack has it, we never stored its ts" from "never posted".
 */
public final class MarkedMessages {

    /** The history page after {@code cursor} (null for the first); how errors surface is the caller's choice. */
    public interface Pages {
        ConversationsHistoryResponse page(String cursor) throws IOException, SlackApiException;
    }

    /** Pages of 200 messages; a busy channel is searched this far back and no further. */
    public static final int PAGE_SIZE = 200;
    private static final int MAX_PAGES = 5;

    private MarkedMessages() {
    }

    /** The ts of the newest message with a block whose id is {@code blockId}, if one is in the pages. */
    public static Optional<String> find(Pages pages, String blockId) throws IOException, SlackApiException {
        String cursor = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            ConversationsHistoryResponse history = pages.page(cursor);
            for (Message message : history.getMessages() == null ? List.<Message>of() : history.getMessages()) {
                if (message.getBlocks() != null
                        && message.getBlocks().stream().anyMatch(block -> blockId.equals(block.getBlockId()))) {
                    return Optional.of(message.getTs());
                }
            }
            cursor = history.getResponseMetadata() == null ? null : history.getResponseMetadata().getNextCursor();
            if (cursor == null || cursor.isEmpty()) {
                break;
            }
        }
        return Optional.empty();
    }
}
