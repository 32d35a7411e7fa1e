/**
 * What posts each channel's digest exactly once per slot, however many replicas run:
 * {@link dev.deskhand.digest.posting.DigestScheduler} (the routine), the slot ledger it claims in
 * ({@link dev.deskhand.digest.posting.DigestSlots}), the repair of claims whose owner died, and the
 * {@link dev.deskhand.digest.posting.DigestPublisher} port that puts a digest in front of a channel.
 *
 * <p>The top of the digest packages: may depend on {@code digest}, {@code digest.schedule} and {@code digest.gaps};
 * none of them depends on it. {@code store} implements the ledger, {@code slack.digest} the publisher, and the
 * composition root starts the routine.
 */
package dev.deskhand.digest.posting;
