package dev.deskhand.slack.digest;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.block.LayoutBlock;
import dev.deskhand.digest.Digest;
import dev.deskhand.digest.posting.DigestPublisher;
import dev.deskhand.digest.schedule.DueSlot;
import dev.deskhand.slack.MarkedMessages;
import dev.deskhand.slack.text.Voice;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts scheduled digests with {@code chat.postMessage}, updates them with {@code chat.update}, and finds a digest
 * whose post was never recorded by its slot marker in {@code conversations.history}. Every response is checked; a
 * failure (rate limit included) is thrown, and the scheduler's claim lease brings the slot back for another try.
 */
public final class SlackDigestPublisher implements DigestPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(SlackDigestPublisher.class);

    private final MethodsClient methods;
    private final AtomicReference<Optional<String>> workspaceUrl = new AtomicReference<>();

    private final Voice voice;

    public SlackDigestPublisher(Slack slack, String botToken, Voice voice) {
        this.methods = slack.methods(botToken);
        this.voice = voice;
    }

    @Override
    public String post(Digest digest) {
        DigestBlocks renderer = blocks();
        List<LayoutBlock> blocks = renderer.render(digest);
        ChatPostMessageResponse response = call("chat.postMessage", digest.channelId(),
                () -> methods.chatPostMessage(r -> r.channel(digest.channelId()).text(renderer.fallbackText(digest))
                        .blocks(blocks).unfurlLinks(false).unfurlMedia(false)));
        return response.getTs();
    }

    @Override
    public void update(String messageTs, Digest digest) {
        DigestBlocks renderer = blocks();
        List<LayoutBlock> blocks = renderer.render(digest);
        call("chat.update", digest.channelId(), () -> methods.chatUpdate(r -> r.channel(digest.channelId())
                .ts(messageTs).text(renderer.fallbackText(digest)).blocks(blocks)));
    }

    @Override
    public Optional<String> findPosted(String channelId, Instant slotAt, Instant postedAfter) {
        String marker = DigestBlocks.marker(new DueSlot(slotAt, false));
        try {
            return MarkedMessages.find(cursor -> call("conversations.history", channelId,
                    () -> methods.conversationsHistory(r -> r.channel(channelId).limit(MarkedMessages.PAGE_SIZE)
                            .oldest(postedAfter.getEpochSecond() + ".000000").cursor(cursor))), marker);
        } catch (IOException | SlackApiException e) {
            throw new IllegalStateException("unreachable: call() wraps Slack failures", e);
        }
    }

    /** Links need the workspace's address: asked once and kept; without it the digest goes out unlinked. */
    private DigestBlocks blocks() {
        Optional<String> url = workspaceUrl.get();
        if (url == null) {
            try {
                url = Optional.ofNullable(call("auth.test", "-", () -> methods.authTest(r -> r)).getUrl());
                workspaceUrl.set(url);
            } catch (DigestPostingException e) {
                LOG.warn("Digest goes out without card links: {}", e.getMessage());
                url = Optional.empty();
            }
        }
        return new DigestBlocks(url, voice);
    }

    private interface SlackCall<T extends SlackApiTextResponse> {
        T run() throws IOException, SlackApiException;
    }

    private static <T extends SlackApiTextResponse> T call(String method, String channelId, SlackCall<T> call) {
        T response;
        try {
            response = call.run();
        } catch (SlackApiException e) {
            String retryAfter = e.getResponse().header("Retry-After");
            throw new DigestPostingException(method + " for " + channelId + " failed with HTTP "
                    + e.getResponse().code() + (retryAfter == null ? "" : ", retry after " + retryAfter + "s"), e);
        } catch (IOException e) {
            throw new DigestPostingException(method + " for " + channelId + " failed: " + e.getMessage(), e);
        }
        if (!response.isOk()) {
            throw new DigestPostingException(method + " for " + channelId + " was refused: " + response.getError(),
                    null);
        }
        return response;
    }
}
