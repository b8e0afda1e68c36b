package org.dateline.cli;

import java.io.PrintStream;
import java.time.DateTimeException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.dateline.model.Published;
import org.dateline.pipeline.InputFormat;
import picocli.CommandLine.Option;

/**
 * The input options {@code analyze}, {@code extract} and {@code ingest} share, declared once as a
 * picocli mixin so their names, help and checks cannot drift apart between commands.
 */
final class InputOptions {
    /** Every {@code --as} value, as the user types it. */
    static final String FORMATS = Arrays.stream(InputFormat.values())
        .map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));

    // A string, not an InputFormat, so an unknown value gets this command's own message listing FORMATS.
    @Option(names = "--as", paramLabel = "FORMAT", defaultValue = "auto",
        description = "How to read each input: auto, page, body, html, rss, atom, warc or jsonl. auto: by content;"
            + " page: scraped page text with bylines and timestamps; body: the file is the article body, verbatim"
            + " (offsets refer to its own text); warc: WARC or ARC; jsonl: news-please JSON Lines."
            + " Default: ${DEFAULT-VALUE}.")
    String as;

    @Option(names = "--published", paramLabel = "DATE",
        description = "Publication time to resolve relative dates against, e.g. 2023-03-01 or"
            + " 2023-03-01T14:07:00+04:00; overrides the page's.")
    String published;

    @Option(names = "--threads", paramLabel = "N",
        description = "Articles processed at once (default: the number of processors). Records are output, or"
            + " stored, in input order whatever N is.")
    Integer threads;

    /** The options once checked: a format, the override time (null: the page's own), a thread count. */
    record Checked(InputFormat format, Published published, int threads) {}

    /** The checked options, or null after a message on {@code err} naming the bad value (a usage error). */
    Checked check(String command, PrintStream err) {
        InputFormat format = format(command, err);
        if (format == null) {
            return null;
        }
        Published override;
        try {
            override = published == null ? null : Published.parse(published);
        } catch (DateTimeException e) {
            err.println("dateline " + command + ": bad --published value '" + published + "': " + e.getMessage());
            return null;
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            err.println("dateline " + command + ": --threads must be at least 1");
            return null;
        }
        return new Checked(format, override, n);
    }

    private InputFormat format(String command, PrintStream err) {
        try {
            return InputFormat.valueOf(as.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            err.println("dateline " + command + ": unknown --as value '" + as + "' (" + FORMATS + ")");
            return null;
        }
    }
}
