package dev.deskhand.slack.escalation.card;

import dev.deskhand.escalation.EscalationKey;
import dev.deskhand.paging.PageLedger;
import dev.deskhand.paging.PageRecord;
import dev.deskhand.slack.Mrkdwn;
import dev.deskhand.slack.text.Texts;
import java.util.List;

/**
 * The lines {@code /escalate show} adds for on-call pages: through which service, under which dedup key (the one an
 * on-call finds the incident by), why, and where the page stands.
 */
public final class PageListing {
    private final PageLedger ledger;

    public PageListing(PageLedger ledger) {
        this.ledger = ledger;
    }

    /** Empty when the escalation never paged anyone. */
    public String describe(EscalationKey key, Texts texts) {
        List<PageRecord> pages = ledger.pages(key);
        if (pages.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("\n").append(texts.get("paging.show.head"));
        for (PageRecord page : pages) {
            out.append("\n• ").append(texts.get("paging.show.line", "service", page.service().label(),
                    "dedup", page.key().toString(), "state", state(page, texts)));
        }
        return out.toString();
    }

    private static String state(PageRecord page, Texts texts) {
        String service = page.service().label();
        String reason = "paging.reason." + page.reason();
        String why = texts.has(reason) ? texts.get(reason) : texts.get("paging.reason.other");
        if (page.triggeredAt() == null) {
            if (page.failure() != null) {
                // The service's own words, escaped: they say what an admin must fix (never the key itself).
                return texts.get("paging.show.refused", "reason", why, "error", Mrkdwn.escape(page.failure()),
                        "when", Blocks.date(page.failedAt(), texts));
            }
            return texts.get(page.resolveRequestedAt() == null ? "paging.show.pending" : "paging.show.skipped",
                    "reason", why);
        }
        String paged = Blocks.date(page.triggeredAt(), texts);
        if (page.resolvedAt() != null) {
            return texts.get("paging.show.resolved", "reason", why, "when", paged,
                    "resolved", Blocks.date(page.resolvedAt(), texts));
        }
        if (page.failure() != null) {
            return texts.get("paging.show.resolveRefused", "reason", why, "when", paged, "service", service,
                    "error", Mrkdwn.escape(page.failure()));
        }
        return texts.get(page.resolveRequestedAt() == null ? "paging.show.open" : "paging.show.resolving",
                "reason", why, "when", paged);
    }
}
