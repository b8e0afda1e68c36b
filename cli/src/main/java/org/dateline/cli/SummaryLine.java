package org.dateline.cli;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * A run's summary line on stderr, printed exactly once however the run ends: at its end; when an
 * error ends it, with the counts so far, before the error's own message (the command's body runs
 * inside try-with-resources of this line); or, from a shutdown hook, when the JVM is asked to stop
 * (Ctrl-C, {@code kill}). Only {@code kill -9} leaves no line,
 * and then every record finished before it is out already.
 */
final class SummaryLine implements AutoCloseable {
    private final PrintStream err;
    private final Supplier<String> soFar;
    private final AtomicBoolean printed = new AtomicBoolean();
    private final Thread hook;

    /**
     * @param soFar the summary line of what the run has done so far, safe to call from any thread
     * @param beforeExit what a stopped run still does before its line (a store commits), or null
     */
    SummaryLine(PrintStream err, Supplier<String> soFar, Runnable beforeExit) {
        this.err = err;
        this.soFar = soFar;
        this.hook = new Thread(() -> {
            if (!printed.get() && beforeExit != null) {
                beforeExit.run();
            }
            print(soFar.get() + " (stopped before the end: the run was interrupted)");
        }, "dateline-summary");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** The line of a run that came to its end. */
    void print(String line) {
        if (printed.compareAndSet(false, true)) {
            err.println(line);
            err.flush();
        }
    }

    /**
     * The run is over in this JVM. If it did not come to its end (an error ended it, which the
     * command line reports next), the line says what was done before; the hook is removed either
     * way (tests run many commands in one JVM).
     */
    @Override
    public void close() {
        print(soFar.get() + " (stopped before the end by the error below)");
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook runs, and prints nothing if the line is out
        }
    }
}
