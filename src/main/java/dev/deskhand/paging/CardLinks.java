package dev.deskhand.paging;

import dev.deskhand.escalation.CardRef;
import java.util.Optional;

/** Links to posted cards, so the on-call opens the thread from the page. */
public interface CardLinks {

    /** No links (tests, and when Slack cannot be asked). */
    CardLinks NONE = card -> Optional.empty();

    /** The permalink of {@code card}, or empty when it cannot be had right now (the page goes out without it). */
    Optional<String> link(CardRef card);
}
