package dev.deskhand.playground;

/**
 * What the page is told about one of its requests: fine, or refused with a reason it shows.
 *
 * @param ok    the request went through
 * @param error why not, for a person to read
 */
record Outcome(boolean ok, String error) {

    static final Outcome OK = new Outcome(true, null);

    static Outcome refused(String error) {
        return new Outcome(false, error);
    }
}
