package dev.deskhand.owners;

import java.time.Instant;
import java.util.Optional;

/**
 * Port: puts an owner's weekly digest in their DMs. Each message carries a marker for its slot, so a DM sent by a
 * replica that died before recording it is found again instead of sent twice.
 */
public interface OwnerDigestPublisher {

    /** Sends the digest; returns the message timestamp. */
    String post(OwnerDigest digest);

    /** The DM already sent for this slot, searched among messages sent to the user since {@code postedAfter}. */
    Optional<String> findPosted(String userId, Instant slotAt, Instant postedAfter);
}
