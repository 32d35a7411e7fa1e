package dev.deskhand.kb.importing;

import java.util.Locale;
import java.util.Optional;

/** What happens to an imported file whose article is gone at the source. */
public enum DeletedPolicy {
    /** Delete the file. */
    REMOVE,
    /** Move it to {@code _archived/} beside it, which the knowledge base does not read but git keeps. */
    ARCHIVE,
    /** Leave it where it is. */
    KEEP;

    public static Optional<DeletedPolicy> parse(String value) {
        for (DeletedPolicy policy : values()) {
            if (policy.name().toLowerCase(Locale.ROOT).equals(value.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(policy);
            }
        }
        return Optional.empty();
    }
}
