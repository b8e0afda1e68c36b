package org.dateline.cli;

import java.io.PrintStream;
import java.time.DateTimeException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.dateline.model.Published;
import org.dateline.pipeline.InputFormat;

/** Checks of the input options {@code analyze} and {@code ingest} share, each with a message on a bad value. */
final class InputOptions {
    /** Every {@code --as} value, as the user types it. */
    static final String FORMATS = Arrays.stream(InputFormat.values())
        .map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));

    private InputOptions() {}

    static InputFormat format(String as, String command, PrintStream err) {
        try {
            return InputFormat.valueOf(as.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            err.println("dateline " + command + ": unknown --as value '" + as + "' (" + FORMATS + ")");
            return null;
        }
    }

    /** The parsed time, null when none was given; throws after a message when it does not parse. */
    static Published published(String value, String command, PrintStream err) {
        if (value == null) {
            return null;
        }
        try {
            return Published.parse(value);
        } catch (DateTimeException e) {
            err.println("dateline " + command + ": bad --published value '" + value + "': " + e.getMessage());
            throw e;
        }
    }

    /** The thread count ({@code null}: one per processor); 0 after a message when it is below one. */
    static int threads(Integer threads, String command, PrintStream err) {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            err.println("dateline " + command + ": --threads must be at least 1");
            return 0;
        }
        return n;
    }
}
