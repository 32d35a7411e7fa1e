package dev.deskhand.playground;

import dev.deskhand.playground.client.Outcome;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The page's "post the digest for this channel now" control. It stays hidden until the composition root hands
 * over what posts a digest, since a build without the digest feature has nothing to call.
 */
public final class DigestButton {

    /** Posts one channel's digest at once, as the scheduler would at its time. */
    @FunctionalInterface
    public interface Poster {
        void postNow(String channelId) throws Exception;
    }

    private final AtomicReference<Poster> poster = new AtomicReference<>();

    /** Shows the control and makes it call {@code digestPoster}. */
    public void connect(Poster digestPoster) {
        poster.set(digestPoster);
    }

    boolean available() {
        return poster.get() != null;
    }

    Outcome press(String channelId) throws Exception {
        Poster current = poster.get();
        if (current == null) {
            return Outcome.refused("playground.error.noDigest");
        }
        current.postNow(channelId);
        return Outcome.OK;
    }
}
