package org.dateline.cli;

import java.io.PrintStream;

/**
 * Progress on stderr for long batches: a line every few seconds, so logs stay readable whether or
 * not stderr is a terminal. Single inputs print nothing.
 */
final class Progress {
    private static final long INTERVAL_NANOS = 5_000_000_000L;

    private final PrintStream err;
    private final long started = System.nanoTime();
    private long lastPrinted = System.nanoTime();

    Progress(PrintStream err) {
        this.err = err;
    }

    void update(int done, int total, String path) {
        long now = System.nanoTime();
        if (total > 1 && path != null && now - lastPrinted >= INTERVAL_NANOS) {
            double seconds = (now - started) / 1e9;
            err.printf("dateline: %d/%d inputs, %.1f/s, now %s%n", done, total, done / seconds, path);
            lastPrinted = now;
        }
    }
}
