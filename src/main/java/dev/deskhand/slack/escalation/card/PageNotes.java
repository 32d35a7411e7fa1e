package dev.deskhand.slack.escalation.card;

import dev.deskhand.escalation.Action;
import dev.deskhand.escalation.AuditEvent;
import dev.deskhand.paging.PagingService;
import dev.deskhand.slack.Mrkdwn;
import dev.deskhand.slack.text.Texts;

/** Thread notes and timeline lines for on-call pages, from the {@code paging} bundle. */
final class PageNotes {
    private PageNotes() {
    }

    /** "Paged on-call (PagerDuty): not acknowledged in time." and its resolution and failure. */
    static String note(AuditEvent event, Texts texts) {
        String service = PagingService.parse(event.to()).map(PagingService::label).orElse(event.to());
        if (event.action() == Action.PAGE_TRIGGERED) {
            String reason = "paging.reason." + event.from();
            return texts.get("paging.note.triggered", "service", service,
                    "reason", texts.has(reason) ? texts.get(reason) : texts.get("paging.reason.other"));
        }
        if (event.action() == Action.PAGE_RESOLVED) {
            return texts.get("paging.note.resolved", "service", service);
        }
        // The error is the paging service's own words: shown as they are, escaped.
        return texts.get("RESOLVE".equals(event.from()) ? "paging.note.failed.resolve" : "paging.note.failed.trigger",
                "service", service, "error", Mrkdwn.escape(String.valueOf(event.note())));
    }
}
