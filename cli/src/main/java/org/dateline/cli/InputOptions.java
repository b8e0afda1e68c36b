package org.dateline.cli;

import java.io.PrintStream;
import java.time.DateTimeException;
import java.util.Locale;
import org.dateline.model.Published;
import org.dateline.pipeline.InputFormat;

/** Checks of the input options {@code analyze} and {@code ingest} share; null after a message on bad values. */
final class InputOptions {
    private InputOptions() {}

    static InputFormat format(String as, String command, PrintStream err) {
        try {
            return InputFormat.valueOf(as.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            err.println("dateline " + command + ": unknown --as value '" + as + "' (auto, page, body, html)");
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
