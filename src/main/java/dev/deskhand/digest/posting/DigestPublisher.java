package dev.deskhand.digest.posting;

import dev.deskhand.digest.Digest;
import java.time.Instant;
import java.util.Optional;

/**
 * Puts a digest in front of a channel. Every posted digest carries a marker for its slot so that a message posted by
 * a run that died before recording it can be found again and updated instead of posted twice.
 */
public interface DigestPublisher {

    /** Posts the digest for its slot; returns the message timestamp. */
    String post(Digest digest);

    /** Replaces the content of an earlier digest message. */
    void update(String messageTs, Digest digest);

    /** The message already posted for this slot, searched among messages posted since {@code postedAfter}. */
    Optional<String> findPosted(String channelId, Instant slotAt, Instant postedAfter);
}
