package org.dateline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dateline} command. */
@Command(name = "dateline", mixinStandardHelpOptions = true, version = "dateline 0.1.0",
    description = "Evidence-backed records of who did what, to whom, when and where - and who said so - from news text.",
    subcommands = {AnalyzeCommand.class, ExtractCommand.class, IngestCommand.class, SearchCommand.class, ExportCommand.class,
        ServeCommand.class, DemoCommand.class, BenchCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        return new CommandLine(new Main())
            .setExecutionExceptionHandler((e, cmd, parsed) -> {
                // A missing store or a busy one is the user's to fix: say what, not where in the code.
                if (e instanceof java.io.IOException) {
                    cmd.getErr().println("dateline " + cmd.getCommandName() + ": " + Terminal.safe(e.getMessage()));
                    return 1;
                }
                throw e;
            })
            .execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}
