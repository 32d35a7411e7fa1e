package dev.deskhand.slack.owners;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import dev.deskhand.owners.OwnerDigest;
import dev.deskhand.owners.OwnerDigestPublisher;
import dev.deskhand.slack.MarkedMessages;
import dev.deskhand.slack.text.Texts;
import dev.deskhand.slack.text.Voice;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

/**
 * Sends owner digests as DMs ({@code chat.postMessage} to the user id), in the owner's language and time zone
 * ({@code users.info}), and finds a DM whose send was never recorded by its slot marker ({@code conversations.open}
 * for the DM's id, then {@code conversations.history}). Every response is checked; a failure (rate limit included)
 * is thrown, and the scheduler's claim lease brings the slot back for another try.
 */
public final class SlackOwnerDigestPublisher implements OwnerDigestPublisher {

    private final MethodsClient methods;
    private final Voice voice;

    public SlackOwnerDigestPublisher(MethodsClient methods, Voice voice) {
        this.methods = methods;
        this.voice = voice;
    }

    @Override
    public String post(OwnerDigest digest) {
        Texts texts = voice.user(digest.userId());
        return call("chat.postMessage", digest.userId(), () -> methods.chatPostMessage(r -> r
                .channel(digest.userId()).text(OwnerDigestBlocks.fallbackText(digest, texts))
                .blocks(OwnerDigestBlocks.render(digest, texts)).unfurlLinks(false).unfurlMedia(false))).getTs();
    }

    @Override
    public Optional<String> findPosted(String userId, Instant slotAt, Instant postedAfter) {
        String dm = call("conversations.open", userId, () -> methods.conversationsOpen(r -> r
                .users(java.util.List.of(userId)))).getChannel().getId();
        try {
            return MarkedMessages.find(cursor -> call("conversations.history", userId, () -> methods
                    .conversationsHistory(r -> r.channel(dm).limit(MarkedMessages.PAGE_SIZE)
                            .oldest(postedAfter.getEpochSecond() + ".000000").cursor(cursor))),
                    OwnerDigestBlocks.marker(slotAt));
        } catch (IOException | SlackApiException e) {
            throw new IllegalStateException("unreachable: call() wraps Slack failures", e);
        }
    }

    private interface SlackCall<T extends SlackApiTextResponse> {
        T run() throws IOException, SlackApiException;
    }

    private static <T extends SlackApiTextResponse> T call(String method, String userId, SlackCall<T> call) {
        T response;
        try {
            response = call.run();
        } catch (SlackApiException e) {
            String retryAfter = e.getResponse().header("Retry-After");
            throw new IllegalStateException(method + " for owner " + userId + " failed with HTTP "
                    + e.getResponse().code() + (retryAfter == null ? "" : ", retry after " + retryAfter + "s"), e);
        } catch (IOException e) {
            throw new IllegalStateException(method + " for owner " + userId + " failed: " + e.getMessage(), e);
        }
        if (!response.isOk()) {
            throw new IllegalStateException(method + " for owner " + userId + " was refused: " + response.getError());
        }
        return response;
    }
}
