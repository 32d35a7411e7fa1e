package dev.deskhand.metrics;

import dev.deskhand.digest.posting.DigestSlots;
import dev.deskhand.digest.posting.SlotClaim;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Counts digests posted, posted late and skipped, as the slot table records them (so once per slot). */
public final class MeteredDigestSlots implements DigestSlots {

    private final DigestSlots delegate;
    private final Counter posted;
    private final Counter late;
    private final Counter skipped;

    public MeteredDigestSlots(DigestSlots delegate, MeterRegistry registry) {
        this.delegate = delegate;
        this.posted = Counter.builder("deskhand.digests.posted").description("Digests posted").register(registry);
        this.late = Counter.builder("deskhand.digests.late").description("Digests posted late after downtime")
                .register(registry);
        this.skipped = Counter.builder("deskhand.digests.skipped").description("Digest slots missed beyond the grace")
                .register(registry);
    }

    @Override
    public Optional<Instant> lastSettled(String channelId) {
        return delegate.lastSettled(channelId);
    }

    @Override
    public Optional<SlotClaim> claim(String channelId, Instant slotAt, boolean isLate, String owner, Instant now) {
        Optional<SlotClaim> claim = delegate.claim(channelId, slotAt, isLate, owner, now);
        if (claim.isPresent() && isLate) {
            late.increment();
        }
        return claim;
    }

    @Override
    public boolean skip(String channelId, Instant slotAt, String owner, Instant now) {
        boolean done = delegate.skip(channelId, slotAt, owner, now);
        if (done) {
            skipped.increment();
        }
        return done;
    }

    @Override
    public boolean recordPosted(SlotClaim claim, String messageTs, Instant postedAt, Map<String, Integer> openBySeverity) {
        boolean done = delegate.recordPosted(claim, messageTs, postedAt, openBySeverity);
        if (done) {
            posted.increment();
        }
        return done;
    }

    @Override
    public boolean abandon(SlotClaim claim) {
        return delegate.abandon(claim);
    }

    @Override
    public List<SlotClaim> stale(Instant claimedBefore) {
        return delegate.stale(claimedBefore);
    }

    @Override
    public Optional<SlotClaim> takeOver(SlotClaim stale, String owner, Instant now) {
        return delegate.takeOver(stale, owner, now);
    }

    @Override
    public Optional<SlotClaim> renew(SlotClaim claim, Instant now) {
        return delegate.renew(claim, now);
    }
}
