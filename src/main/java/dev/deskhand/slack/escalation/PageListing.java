package dev.deskhand.slack.escalation;

import dev.deskhand.escalation.EscalationKey;
import dev.deskhand.paging.PageLedger;
import dev.deskhand.paging.PageRecord;
import dev.deskhand.slack.Mrkdwn;
import dev.deskhand.slack.text.Texts;
import java.util.List;

/** The lines {@code /escalate show} adds for on-call pages: through which service, why, and what became of it. */
final class PageListing {
    private final PageLedger ledger;

    PageListing(PageLedger ledger) {
        this.ledger = ledger;
    }

    /** Empty when the escalation never paged anyone. */
    String describe(EscalationKey key, Texts texts) {
        List<PageRecord> pages = ledger.pages(key);
        if (pages.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("\n").append(texts.get("paging.show.head"));
        for (PageRecord page : pages) {
            out.append("\n• ").append(line(page, texts));
        }
        return out.toString();
    }

    private static String line(PageRecord page, Texts texts) {
        String service = page.service().label();
        String reason = "paging.reason." + page.reason();
        String why = texts.has(reason) ? texts.get(reason) : texts.get("paging.reason.other");
        if (page.failure() != null) {
            return texts.get("paging.show.failed", "service", service, "error", Mrkdwn.escape(page.failure()),
                    "when", page.failedAt());
        }
        if (page.triggeredAt() == null) {
            return texts.get(page.resolveRequestedAt() == null ? "paging.show.pending" : "paging.show.skipped",
                    "service", service, "reason", why);
        }
        String paged = texts.get("paging.show.triggered", "service", service, "reason", why,
                "when", page.triggeredAt());
        if (page.resolvedAt() != null) {
            return paged + texts.get("paging.show.resolved", "when", page.resolvedAt());
        }
        return paged + (page.resolveRequestedAt() == null ? "" : texts.get("paging.show.resolving"));
    }
}
