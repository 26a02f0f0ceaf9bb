package org.rgo.ledger;

/** The ledger database could not be read or written. */
public final class LedgerException extends RuntimeException {

    LedgerException(String message, Throwable cause) {
        super(message, cause);
    }
}
