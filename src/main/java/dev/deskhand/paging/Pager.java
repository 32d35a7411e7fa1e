package dev.deskhand.paging;

/**
 * Pages on-call through a paging service. Implementations make one call with timeouts and never throw for what the
 * service or the network does: every outcome is a {@link PageResult}.
 */
public interface Pager {

    /** Sends {@code page} once. */
    PageResult send(Page page);
}
