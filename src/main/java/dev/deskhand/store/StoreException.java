package dev.deskhand.store;

/** A database operation failed; the message names the operation, the cause has the driver's detail. */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
