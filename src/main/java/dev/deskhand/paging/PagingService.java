package dev.deskhand.paging;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The paging services Deskhand can page through. */
public enum PagingService {
    PAGERDUTY("pagerduty", "PagerDuty"),
    OPSGENIE("opsgenie", "Opsgenie");

    private final String id;
    private final String label;

    PagingService(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The id used in {@code deskhand.yml}, in the outbox and in the page ledger. */
    public String id() {
        return id;
    }

    /** The product's name, as people read it ("PagerDuty"). */
    public String label() {
        return label;
    }

    /** The service with this id ({@code pagerduty}, {@code opsgenie}). */
    public static Optional<PagingService> parse(String id) {
        String wanted = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(service -> service.id.equals(wanted)).findFirst();
    }
}
