package org.dateline.ingest;

import java.io.EOFException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
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
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason(); // the operating system's word for it, without the path said twice
        }
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
