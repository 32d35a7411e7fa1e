package dev.deskhand.store;

import dev.deskhand.digest.Digest;
import dev.deskhand.digest.posting.DigestPublisher;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A channel that remembers every digest message, for scheduler tests. It can die right after a post reached Slack
 * (the run never learns the ts) or fail before anything was posted.
 */
final class RecordingDigestPublisher implements DigestPublisher {

    record Message(String channelId, Instant slotAt, String ts, boolean late, Instant postedAt) {
    }

    final List<Message> posts = new CopyOnWriteArrayList<>();
    final List<String> updates = new CopyOnWriteArrayList<>();
    final AtomicBoolean dieAfterNextPost = new AtomicBoolean();
    final AtomicBoolean failNextPost = new AtomicBoolean();
    private final AtomicLong ts = new AtomicLong(1_749_538_800_000_100L);
    private final Clock clock;

    RecordingDigestPublisher(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String post(Digest digest) {
        if (failNextPost.getAndSet(false)) {
            throw new IllegalStateException("simulated failure before posting");
        }
        long next = ts.incrementAndGet();
        String messageTs = next / 1_000_000 + "." + String.format("%06d", next % 1_000_000);
        posts.add(new Message(digest.channelId(), digest.slot().orElseThrow().slotAt(), messageTs, digest.late(),
                clock.instant()));
        if (dieAfterNextPost.getAndSet(false)) {
            throw new IllegalStateException("simulated crash after posting");
        }
        return messageTs;
    }

    @Override
    public void update(String messageTs, Digest digest) {
        updates.add(messageTs);
    }

    @Override
    public Optional<String> findPosted(String channelId, Instant slotAt, Instant postedAfter) {
        return posts.stream()
                .filter(m -> m.channelId().equals(channelId) && m.slotAt().equals(slotAt)
                        && !m.postedAt().isBefore(postedAfter))
                .map(Message::ts).findFirst();
    }
}
