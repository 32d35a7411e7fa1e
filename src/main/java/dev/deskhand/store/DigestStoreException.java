package dev.deskhand.store;

/** A digest table could not be read or written; the message says what was being done, for which channel. */
public final class DigestStoreException extends RuntimeException {

    public DigestStoreException(String doing, Throwable cause) {
        super("Database failure while " + doing, cause);
    }
}
