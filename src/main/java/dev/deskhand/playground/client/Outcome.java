package dev.deskhand.playground.client;

import java.util.List;

/**
 * What the page is told about one of its requests: fine, or refused with a reason. The reason is a key of the
 * {@code playground} bundle and its arguments (name/value pairs), put into words in the language the page asked in.
 *
 * @param ok        the request went through
 * @param errorKey  why not, as a {@code playground.error.*} message key
 * @param errorArgs that message's arguments as name/value pairs
 */
public record Outcome(boolean ok, String errorKey, List<Object> errorArgs) {

    public static final Outcome OK = new Outcome(true, null, List.of());

    public Outcome {
        errorArgs = List.copyOf(errorArgs);
    }

    public static Outcome refused(String errorKey, Object... nameValuePairs) {
        return new Outcome(false, errorKey, List.of(nameValuePairs));
    }
}
