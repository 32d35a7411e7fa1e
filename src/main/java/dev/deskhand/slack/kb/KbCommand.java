package dev.deskhand.slack.kb;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.LayoutBlock;
import dev.deskhand.kb.SearchResult;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** {@code /kb <query>}: answers ephemerally, in the acknowledgement itself, with the top results. */
final class KbCommand implements SlashCommandHandler {

    private final KbSearches searches;
    private final AnswerBlocks blocks;
    private final Clock clock;

    KbCommand(KbSearches searches, AnswerBlocks blocks, Clock clock) {
        this.searches = searches;
        this.blocks = blocks;
        this.clock = clock;
    }

    @Override
    public Response apply(SlashCommandRequest req, SlashCommandContext ctx) {
        String text = req.getPayload().getText() == null ? "" : req.getPayload().getText().strip();
        if (text.isEmpty() || text.equalsIgnoreCase("help")) {
            return ctx.ack(r -> r.responseType("ephemeral").text(KbUsage.TEXT).blocks(KbUsage.blocks()));
        }
        if (!searches.ready()) {
            return ctx.ack(r -> r.responseType("ephemeral")
                    .text(":hourglass: The knowledge base is still loading; try again in a few seconds."));
        }
        SearchResult result = searches.search(text, 0, req.getPayload().getChannelId(), req.getPayload().getUserId(),
                Surface.EPHEMERAL);
        List<LayoutBlock> answer = blocks.render(result, 0, Surface.EPHEMERAL, today(clock));
        return ctx.ack(r -> r.responseType("ephemeral").text(AnswerBlocks.fallback(result)).blocks(answer));
    }

    static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
