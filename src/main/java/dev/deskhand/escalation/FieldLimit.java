package dev.deskhand.escalation;

import java.util.Optional;

/**
 * The longest text each escalation field may hold: the same numbers as the columns of {@code escalations} (V3),
 * the form's {@code max_length} and the one-line parser's check, so an over-long value is refused with its field
 * and limit before it reaches the database instead of failing there.
 */
public enum FieldLimit {
    CUSTOMER("customer", 300),
    TICKET("ticket", 1000),
    SUMMARY("summary", 3000),
    TRIED("tried", 3000),
    ARTICLE("article", 200),
    NOTE("note", 3000);

    private final String field;
    private final int max;

    FieldLimit(String field, int max) {
        this.field = field;
        this.max = max;
    }

    /** The field's name, also its block id in the forms. */
    public String field() {
        return field;
    }

    /** The most characters allowed. */
    public int max() {
        return max;
    }

    /** True when {@code text} is longer than allowed; {@code null} never is. */
    public boolean exceededBy(String text) {
        // UTF-16 units are never fewer than characters, so this never lets through what a column would refuse.
        return text != null && text.length() > max;
    }

    /** The first field of a new escalation that is too long, in form order. */
    public static Optional<FieldLimit> firstExceeded(NewEscalation draft) {
        if (CUSTOMER.exceededBy(draft.customer())) {
            return Optional.of(CUSTOMER);
        }
        if (TICKET.exceededBy(draft.ticket())) {
            return Optional.of(TICKET);
        }
        if (SUMMARY.exceededBy(draft.summary())) {
            return Optional.of(SUMMARY);
        }
        if (TRIED.exceededBy(draft.tried())) {
            return Optional.of(TRIED);
        }
        return ARTICLE.exceededBy(draft.relatedArticle()) ? Optional.of(ARTICLE) : Optional.empty();
    }
}
