package org.dateline.ingest;

import java.io.EOFException;
import java.util.zip.ZipException;

/** Exceptions from reading libraries to reasons a person can act on. */
final class Failures {
    private Failures() {}

    static String reason(Throwable e) {
        if (e instanceof EOFException) {
            return "truncated data (unexpected end of stream)";
        }
        if (e instanceof ZipException) {
            return "corrupt gzip data: " + e.getMessage();
        }
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
