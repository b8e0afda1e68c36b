package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The help a user reads first: `dateline --help` lists every command with a whole sentence (the
 * list shows one line per command, which cut descriptions mid-sentence: "one dateline/1 record
 * per"), and a command's own help wraps its paragraphs, not lines broken at fixed places.
 */
class HelpTextTest {
    private static final List<String> COMMANDS = List.of("analyze", "extract", "ingest", "search", "export", "serve",
        "demo", "bench");

    @Test
    void theCommandListGivesEachCommandAWholeSentence() {
        String help = CliRun.run("--help").out();
        List<String> lines = Arrays.asList(help.split("\\R"));
        int at = lines.indexOf("Commands:");
        assertThat(at).as(help).isGreaterThan(0);
        for (String command : COMMANDS) {
            String line = lines.stream().skip(at).filter(l -> l.startsWith("  " + command + " ")).findFirst().orElseThrow();
            int next = lines.indexOf(line) + 1;
            // a summary picocli had to wrap goes on indented; it must still end as a sentence
            StringBuilder summary = new StringBuilder(line.strip());
            while (next < lines.size() && lines.get(next).startsWith("      ")) {
                summary.append(' ').append(lines.get(next++).strip());
            }
            assertThat(summary.toString()).as(command).endsWith(".");
        }
    }

    @Test
    void aCommandsHelpWrapsItsParagraphs() {
        for (String command : COMMANDS) {
            String help = CliRun.run(command, "--help").out();
            List<String> lines = Arrays.asList(help.split("\\R"));
            int at = lines.indexOf(lines.stream().filter(l -> l.startsWith("Usage:")).findFirst().orElseThrow()) + 1;
            while (lines.get(at).startsWith(" ")) {
                at++; // the usage's own continuation lines
            }
            for (; at < lines.size() && !lines.get(at).isBlank() && !lines.get(at).startsWith(" "); at++) {
                String line = lines.get(at);
                // a line broken where the source broke it, not where the width ends: "record per"
                assertThat(line.length() < 40 && !line.endsWith("."))
                    .as(command + ": a short line that ends no paragraph: '" + line + "'\n" + help).isFalse();
            }
        }
    }
}
