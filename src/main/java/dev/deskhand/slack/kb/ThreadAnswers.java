package dev.deskhand.slack.kb;

import dev.deskhand.slack.text.Texts;
import dev.deskhand.slack.text.Voice;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.block.LayoutBlock;
import dev.deskhand.kb.SearchResult;
import dev.deskhand.slack.Apologies;
import dev.deskhand.server.CorrelationIds;
import dev.deskhand.slack.SlackCalls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.io.IOException;
import java.time.Clock;
import java.util.List;

/** Answers a question asked by @-mention or DM, always in the question's thread, never top-level. */
final class ThreadAnswers {

    private static final Logger log = LoggerFactory.getLogger(ThreadAnswers.class);

    private final KbSearches searches;
    private final AnswerBlocks blocks;
    private final Clock clock;
    private final SlackCalls calls;
    private final Voice voice;

    ThreadAnswers(KbSearches searches, AnswerBlocks blocks, Clock clock, SlackCalls calls, Voice voice) {
        this.searches = searches;
        this.blocks = blocks;
        this.clock = clock;
        this.calls = calls;
        this.voice = voice;
    }

    /** Like {@link #answer}, but a failure is logged and apologised for in the thread instead of thrown. */
    void answerQuietly(MethodsClient client, String channel, String threadTs, String user, String rawText) {
        try {
            answer(client, channel, threadTs, user, rawText);
        } catch (IOException | SlackApiException | RuntimeException e) {
            String id = CorrelationIds.current();
            log.error("Could not answer a question in {} [cid={}]", channel, id, e);
            try {
                client.chatPostMessage(r -> r.channel(channel).threadTs(threadTs)
                        .text(Apologies.text(voice.user(user), id)));
            } catch (IOException | SlackApiException | RuntimeException again) {
                log.warn("Could not post the apology either [cid={}]: {}", id, again.toString());
            }
        }
    }

    void answer(MethodsClient client, String channel, String threadTs, String user, String rawText)
            throws IOException, SlackApiException {
        String question = MentionText.clean(rawText);
        // The thread answers whoever asked, in their language: they started it, and may well be asking privately.
        Texts texts = voice.user(user);
        List<LayoutBlock> answer;
        String fallback;
        if (question.isEmpty() || KbUsage.isHelp(question)) {
            answer = KbUsage.blocks(texts);
            fallback = texts.get("kb.fallback.help");
        } else if (!searches.ready()) {
            answer = List.of();
            fallback = texts.get("kb.loading.thread");
        } else {
            SearchResult result = searches.search(question, 0, channel, user, Surface.THREAD);
            answer = blocks.render(result, 0, Surface.THREAD, KbCommand.today(clock), texts);
            fallback = AnswerBlocks.fallback(result, texts);
        }
        List<LayoutBlock> finalBlocks = answer;
        String text = fallback;
        calls.call("chat.postMessage", () -> {
            ChatPostMessageResponse response = client.chatPostMessage(r -> r.channel(channel).threadTs(threadTs)
                    .text(text).blocks(finalBlocks.isEmpty() ? null : finalBlocks).unfurlLinks(false));
            return response;
        });
    }
}
