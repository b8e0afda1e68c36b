package org.dateline.cli;

import java.io.PrintStream;

/**
 * Progress on stderr for long batches. On a terminal, a bar redrawn in place at most ten times a
 * second; otherwise (a log file, CI) a line every few seconds, so logs stay readable. Single inputs
 * print nothing: an archive or feed is one input however many records it holds, so the counts say
 * records too.
 */
class Progress {
    private static final long LINE_INTERVAL = 5_000_000_000L;
    private static final long BAR_INTERVAL = 100_000_000L;
    private static final int WIDTH = 30;

    private final PrintStream err;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private long lastPrinted = System.nanoTime();
    private boolean barShown;

    Progress(PrintStream err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    /** A bar when stderr is a terminal (no redirection of either stream), lines otherwise. */
    static Progress on(PrintStream err) {
        return new Progress(err, System.console() != null && System.getenv("TERM") != null
            && !"dumb".equals(System.getenv("TERM")));
    }

    void update(int done, int total, String path, int records) {
        long now = System.nanoTime();
        if (total <= 1 || path == null || now - lastPrinted < (terminal ? BAR_INTERVAL : LINE_INTERVAL)) {
            return;
        }
        lastPrinted = now;
        double seconds = (now - started) / 1e9;
        if (terminal) {
            int filled = (int) ((long) WIDTH * done / total);
            err.printf("\r[%s%s] %d/%d inputs, %d records, %.1f records/s ", "#".repeat(filled),
                " ".repeat(WIDTH - filled), done, total, records, records / seconds);
            barShown = true;
        } else {
            err.printf("dateline: %d/%d inputs, %d records, %.1f records/s, now %s%n", done, total, records,
                records / seconds, Terminal.safe(path));
        }
        err.flush();
    }

    /** Ends a bar line before other output, so messages never land in the middle of it. */
    void clear() {
        if (barShown) {
            err.print("\r" + " ".repeat(WIDTH + 70) + "\r");
            barShown = false;
        }
    }
}
