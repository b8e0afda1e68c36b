package org.dateline.cli;

import java.io.PrintStream;
import java.time.DateTimeException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.dateline.model.Published;
import org.dateline.pipeline.InputFormat;

/** Checks of the input options {@code analyze} and {@code ingest} share; null after a message on bad values. */
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
}
