package dev.deskhand.slack.kb;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.model.block.LayoutBlock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Private follow-ups through an action's {@code response_url}. */
final class Replies {

    private Replies() {
    }

    /** A new ephemeral message; the answer the user clicked on stays as it was. */
    static void ephemeral(ActionContext ctx, String text) {
        send(ctx, text, null, false);
    }

    /** A new ephemeral message with blocks. */
    static void ephemeralBlocks(ActionContext ctx, String text, List<LayoutBlock> blocks) {
        send(ctx, text, blocks, false);
    }

    /** Replaces the (ephemeral) message the button was on. */
    static void replace(ActionContext ctx, String text, List<LayoutBlock> blocks) {
        send(ctx, text, blocks, true);
    }

    private static void send(ActionContext ctx, String text, List<LayoutBlock> blocks, boolean replace) {
        try {
            var response = ctx.respond(r -> r.responseType("ephemeral").replaceOriginal(replace).text(text)
                    .blocks(blocks));
            if (response.getCode() >= 300) {
                throw new IOException("response_url answered " + response.getCode());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
