package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The shared --as, --published and --threads options: one help, one check, exit 2 on a bad value. */
class InputOptionsTest {
    private static final String[] COMMANDS = {"analyze", "extract", "ingest"};

    @Test
    void everyInputCommandOffersTheSameOptions() {
        for (String command : COMMANDS) {
            String help = CliRun.run(command, "--help").out().replaceAll("\\s+", " ");
            assertThat(help).as(command).contains(
                "--as=FORMAT How to read each input: auto, page, body, html, rss, atom, warc or jsonl.",
                "--published=DATE Publication time to resolve relative dates against",
                "--threads=N Articles processed at once (default: the number of processors).");
        }
    }

    @Test
    void badValuesAreUsageErrorsBeforeAnyWork() {
        for (String command : COMMANDS) {
            CliRun threads = CliRun.run(command, "--threads", "0", "x");
            assertThat(threads.exit()).as(command).isEqualTo(2);
            assertThat(threads.err()).as(command).contains("dateline " + command + ": --threads must be at least 1");
            CliRun published = CliRun.run(command, "--published", "yesterday", "x");
            assertThat(published.exit()).as(command).isEqualTo(2);
            assertThat(published.err()).as(command).contains("dateline " + command + ": bad --published value 'yesterday'");
        }
    }
}
