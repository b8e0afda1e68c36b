package org.dateline.ingest;

/** Raised for one bad input; the batch catches it, reports it and goes on. */
public class InputException extends Exception {
    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
