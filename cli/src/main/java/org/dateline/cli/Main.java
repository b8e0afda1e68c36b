package org.dateline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dateline} command. */
@Command(name = "dateline", mixinStandardHelpOptions = true, version = "dateline 0.1.0",
    description = "Evidence-backed records of who did what, to whom, when and where - and who said so - from news text.",
    subcommands = {AnalyzeCommand.class, BenchCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}
