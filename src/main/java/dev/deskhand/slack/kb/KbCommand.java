package dev.deskhand.slack.kb;

import dev.deskhand.slack.text.Texts;
import dev.deskhand.slack.text.Voice;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.LayoutBlock;
import dev.deskhand.kb.SearchGate;
import dev.deskhand.kb.SearchResult;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * {@code /kb <query>}: answers ephemerally, in the acknowledgement itself, with the top results. The search passes
 * the {@link SearchGate}: under a burst a refused one is told "busy, try again" at once, rather than answered after
 * Slack has stopped waiting (it is not logged as a search: it did not run, and is no knowledge gap).
 */
final class KbCommand implements SlashCommandHandler {

    private final KbSearches searches;
    private final AnswerBlocks blocks;
    private final Clock clock;
    private final Voice voice;
    private final SearchGate gate;

    KbCommand(KbSearches searches, AnswerBlocks blocks, Clock clock, Voice voice, SearchGate gate) {
        this.searches = searches;
        this.gate = gate;
        this.blocks = blocks;
        this.clock = clock;
        this.voice = voice;
    }

    @Override
    public Response apply(SlashCommandRequest req, SlashCommandContext ctx) {
        String text = req.getPayload().getText() == null ? "" : req.getPayload().getText().strip();
        Texts texts = voice.user(req.getPayload().getUserId());
        if (text.isEmpty() || KbUsage.isHelp(text)) {
            return ctx.ack(r -> r.responseType("ephemeral").text(texts.get("kb.help")).blocks(KbUsage.blocks(texts)));
        }
        if (!searches.ready()) {
            return ctx.ack(r -> r.responseType("ephemeral").text(texts.get("kb.loading")));
        }
        SearchGate.Outcome<SearchResult> outcome = gate.run(() -> searches.search(text, 0,
                req.getPayload().getChannelId(), req.getPayload().getUserId(), Surface.EPHEMERAL));
        if (!(outcome instanceof SearchGate.Ran<SearchResult> ran)) {
            return ctx.ack(r -> r.responseType("ephemeral").text(texts.get("kb.busy")));
        }
        SearchResult result = ran.result();
        List<LayoutBlock> answer = blocks.render(result, 0, Surface.EPHEMERAL, today(clock), texts);
        return ctx.ack(r -> r.responseType("ephemeral").text(AnswerBlocks.fallback(result, texts)).blocks(answer));
    }

    static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
