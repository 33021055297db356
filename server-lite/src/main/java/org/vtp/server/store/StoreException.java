package org.vtp.server.store;

/** The database cannot be opened or used; the message says what an operator can do. */
public final class StoreException extends Exception {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
