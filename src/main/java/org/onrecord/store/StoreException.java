package org.onrecord.store;

/** A storage failure, worded for the researcher; the cause keeps the technical detail. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
