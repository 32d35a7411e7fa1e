package dev.deskhand.slack;

import dev.deskhand.Routine;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forgets handled event ids once Slack can no longer retry them (it gives up within the hour), so the receipts
 * table stays small however busy the workspace is.
 */
public final class EventReceiptCleanup implements Routine {

    private static final Logger log = LoggerFactory.getLogger(EventReceiptCleanup.class);
    static final Duration KEEP = Duration.ofDays(1);

    private final EventReceipts receipts;
    private final Clock clock;

    public EventReceiptCleanup(EventReceipts receipts, Clock clock) {
        this.receipts = receipts;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "event-receipt-cleanup";
    }

    @Override
    public Duration interval() {
        return Duration.ofHours(1);
    }

    @Override
    public void runOnce() {
        int forgotten = receipts.forgetBefore(clock.instant().minus(KEEP));
        if (forgotten > 0) {
            log.info("Forgot {} handled event id(s) older than {}", forgotten, KEEP);
        }
    }
}
