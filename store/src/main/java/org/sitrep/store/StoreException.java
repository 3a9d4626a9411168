package org.sitrep.store;

/** A store operation failed; the transaction it ran in was rolled back. */
public class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
